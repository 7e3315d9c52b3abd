/**
 * Which non-Markdown files of a content folder are published, and why the others are not. The one place
 * that decides it; the manifest carries the reason for every file.
 *
 * Content is hostile input: a file published on the site's origin must not be able to run script there
 * (`en-us/evil.html`, `media/evil.svg` with `<script>`, a `.js` under `_astro/`), nor replace a file the site
 * writes. So only pictures are published, and only:
 * - inside a locale folder (`nl-nl/media/card.png` → `/nl-nl/media/card.png`), never at the top or in a
 *   folder of the site's own (`_astro/`, `pagefind/`, `fwlink/`);
 * - with an allowlisted extension whose bytes are that format (a page renamed `card.png` is not a PNG);
 * - SVG only when svg-check.ts finds nothing in it that could run (an SVG opened at its own URL is a
 *   document on our origin);
 * - and only where an article shows it (rehype-images.ts records which; the build copies those).
 *
 *   nl-nl/media/card.png     → published where an article shows it
 *   nl-nl/evil.html          → never: HTML runs script on the site's origin
 *   _astro/search.js         → never: not in a locale folder
 */
import { SITEMAP_FILE_NAME } from './sitemap/split-sitemap.ts';
import { checkSvg } from './svg-check.ts';

/** Largest picture published; a bigger one is almost surely a mistake (a video, a scan) and slows every reader. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Extension → how the file must start. */
const RASTER: Record<string, (bytes: Uint8Array) => boolean> = {
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  gif: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61,
  webp: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

export const IMAGE_EXTENSIONS = [...Object.keys(RASTER), 'svg'] as const;

export type AssetVerdict = { publish: true } | { publish: false; reason: string };

/**
 * What the site itself writes at the top of dist/ (pages, search, host rules, public/), besides the locales'
 * sitemaps (isSiteRootName). A content file at one of these paths is trying to replace it;
 * test/site-build.test.ts checks this list against a real build.
 */
export const SITE_ROOT = new Set([
  '404.html', '_astro', '_headers', '_nginx', '_redirects', 'about', 'article-shell', 'content-manifest.json', 'favicon.svg', 'fwlink',
  'index.html', 'l10n', 'pagefind', 'redirect-rules.json', 'robots.txt', 'sitemap.xml', 'video-embed.js',
]);

/** A name at the top of dist/ that the site writes: one of SITE_ROOT, or a sitemap (`sitemap-nl-nl-2.xml`). */
export function isSiteRootName(name: string): boolean {
  return SITE_ROOT.has(name) || SITEMAP_FILE_NAME.test(name);
}

/**
 * The file of the site a content file would replace if it were copied into dist/, or undefined:
 * `_astro/search.js`, `fwlink/index.html`, `robots.txt`, and any `index.html` (every page of the site is one).
 */
export function siteFileAt(path: string): string | undefined {
  const segments = path.toLowerCase().split('/');
  if (isSiteRootName(segments[0]!)) return `dist/${path}`;
  if (segments.at(-1) === 'index.html') return `dist/${path}`;
  return undefined;
}

/** `inLocale`: the file is inside a real locale folder (locales.ts said so). */
export function judgeAsset(path: string, inLocale: boolean, bytes: Uint8Array): AssetVerdict {
  if (!inLocale) return refuse('it is not inside a locale folder; only pictures next to articles (content/<locale>/…) are published');
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (extension !== 'svg' && !(extension in RASTER)) {
    const what = extension ? `a .${extension} file` : 'a file without an extension';
    return refuse(`${what} is not a picture; only ${IMAGE_EXTENSIONS.join(', ')} files are published, since anything else (HTML, scripts, style sheets, XML) could run on the site's origin`);
  }
  if (bytes.byteLength > MAX_IMAGE_BYTES) return refuse(`the picture is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMAGE_BYTES / 1024 / 1024} MB limit`);
  if (extension === 'svg') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return refuse('the SVG is not UTF-8 text');
    }
    const verdict = checkSvg(text);
    return verdict.ok ? { publish: true } : refuse(`the SVG is not published because ${verdict.reason}; export it as PNG, or remove that part`);
  }
  if (!RASTER[extension]!(bytes)) return refuse(`the file is named .${extension} but is not a ${extension.toUpperCase()} picture`);
  return { publish: true };
}

function refuse(reason: string): AssetVerdict {
  return { publish: false, reason };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
