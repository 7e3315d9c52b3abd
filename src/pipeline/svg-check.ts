/**
 * Decides whether an SVG file from content may be published as it is. An SVG shown with `<img>` never runs
 * script, but the same file opened at its own URL is a document on the site's origin, where `<script>`,
 * `onload`, `<foreignObject>` with HTML, SMIL `<animate … to="javascript:">` and `<?xml-stylesheet?>` all
 * run. So the file is read by a conforming XML parser (saxes), as the browser reads `image/svg+xml`, and
 * published byte for byte only when everything in it is on an allowlist of drawing elements and attributes.
 * Nothing is rewritten: a picture that fails is refused with the first reason, never half-cleaned.
 *
 * Does not: sanitize or repair a refused file (the author converts it to PNG or removes the part named).
 */
import { SaxesParser } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Editor metadata (Inkscape, Sodipodi, RDF/Dublin Core): browsers ignore these elements, nothing in them runs. */
const METADATA_NS = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
]);

/** Drawing elements. Left out on purpose: script, foreignObject, a (links), animate/set/animate* (SMIL can set an href), iframe, any HTML. */
const ELEMENTS = new Set(
  (
    'svg g defs symbol use title desc metadata switch style path rect circle ellipse line polyline polygon text tspan textPath ' +
    'clipPath mask pattern marker linearGradient radialGradient stop image filter feBlend feColorMatrix feComponentTransfer ' +
    'feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB ' +
    'feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'
  ).split(' '),
);

/** A reference inside the picture (`#gradient`), or for `<image>` an inline raster picture. */
const LOCAL_REF = /^#[^\s]*$/;
const INLINE_RASTER = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

export type SvgVerdict = { ok: true } | { ok: false; reason: string };

export function checkSvg(text: string): SvgVerdict {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let refusal: string | undefined;
  let inStyle = false;
  let root = true;
  const refuse = (reason: string) => {
    refusal ??= `${reason} (line ${parser.line})`;
  };
  parser.on('doctype', () => refuse('it has a DOCTYPE, which can declare entities'));
  parser.on('processinginstruction', (pi) => refuse(`it has the processing instruction <?${pi.target}?>, which can load a style sheet or transform`));
  parser.on('opentag', (tag) => {
    const where = tag.uri ?? '';
    if (root && (where !== SVG_NS || tag.local !== 'svg')) refuse(`its root element is <${tag.name}>, not an SVG <svg>`);
    root = false;
    if (where === SVG_NS) {
      if (!ELEMENTS.has(tag.local)) refuse(`it has a <${tag.local}> element, which can run script or load a document`);
    } else if (!METADATA_NS.has(where)) {
      refuse(`it has the element <${tag.name}> from ${where ? `the namespace ${where}` : 'no namespace'}`);
    }
    inStyle = tag.local === 'style';
    for (const attribute of Object.values(tag.attributes)) {
      const problem = attributeProblem(tag.local, attribute.uri, attribute.local, attribute.value);
      if (problem) refuse(problem);
    }
  });
  parser.on('closetag', () => {
    inStyle = false;
  });
  const onText = (text: string) => {
    if (inStyle) {
      const problem = cssProblem(text);
      if (problem) refuse(`its <style> ${problem}`);
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (error) {
    return { ok: false, reason: `it is not well-formed XML: ${String((error as Error).message).split('\n')[0]}` };
  }
  if (root) return { ok: false, reason: 'it has no <svg> element' };
  return refusal ? { ok: false, reason: refusal } : { ok: true };
}

function attributeProblem(element: string, uri: string, name: string, value: string): string | undefined {
  if (uri === XMLNS_NS || (uri === '' && name === 'xmlns')) return undefined;
  if (/^on/i.test(name)) return `it has the event handler ${name} on <${element}>`;
  if (uri === XML_NS && name === 'base') return 'it has xml:base, which changes where links go';
  if (name === 'href' && (uri === '' || uri === XLINK_NS)) {
    if (LOCAL_REF.test(value) || (element === 'image' && INLINE_RASTER.test(value))) return undefined;
    return `<${element}> points to ${JSON.stringify(value.slice(0, 60))}; only #references inside the picture are allowed`;
  }
  if (uri !== '' && uri !== XLINK_NS && !METADATA_NS.has(uri)) return `it has the attribute ${name} from the namespace ${uri}`;
  // Whatever the attribute, a script URL or an outside resource in it is never part of a drawing.
  const problem = cssProblem(value);
  return problem ? `the attribute ${name} on <${element}> ${problem}` : undefined;
}

/** CSS may only refer inside the picture: no `@import`, no `url()` other than `url(#…)`, no escapes hiding either. */
function cssProblem(css: string): string | undefined {
  const plain = css.replace(/[\p{White_Space}\p{Cc}\p{Cf}]/gu, '').toLowerCase();
  if (plain.includes('\\')) return 'uses a CSS escape';
  if (plain.includes('javascript:') || plain.includes('vbscript:')) return 'has a script URL';
  if (plain.includes('@import')) return 'imports a style sheet';
  if (plain.includes('expression(')) return 'has a CSS expression';
  for (const match of plain.matchAll(/url\(([^)]*)\)/g)) {
    if (!/^['"]?#/.test(match[1] ?? '')) return `loads ${JSON.stringify((match[1] ?? '').slice(0, 60))}`;
  }
  return undefined;
}
