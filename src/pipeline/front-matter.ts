/**
 * The one front-matter reader: the pipeline (read-article.ts) and the l10n tools both call it, so they agree
 * with each other and with the renderer on where the front matter ends, and on what its YAML means.
 *
 *   find the fences as the renderer does (front-matter-fence.ts) → refuse control characters and odd
 *   spaces after a key → read the YAML: the plain shape nearly every article has (front-matter-simple.ts),
 *   anything else with `yaml` and its limits (front-matter-yaml.ts) → refuse a known key spelled with an
 *   odd space
 *
 * Every key keeps its line in the author's file. This module says where the keys are and what they hold;
 * front-matter-schema.ts says what they mean.
 */
import type { Diagnostic } from './diagnostics.ts';
import { findFence } from './front-matter-fence.ts';
import { FRONT_MATTER_KEYS } from './front-matter-schema.ts';
import { readSimpleYaml } from './front-matter-simple.ts';
import { readYamlDocument } from './front-matter-yaml.ts';
import { messages } from './messages.ts';

export { MAX_ALIASES, MAX_DEPTH } from './front-matter-yaml.ts';

export interface FrontMatter {
  /** Every key as written, unknown ones (`ms.reviwer`) included. */
  data: Record<string, unknown>;
  /** The line of each top-level key in the author's file. */
  keyLines: ReadonlyMap<string, number>;
  /** Where the Markdown after the closing fence starts: an offset in the text, and its line. */
  bodyOffset: number;
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter } | { ok: false; diagnostics: Diagnostic[] };

/** The YAML between the fences starts on line 2 of the file. */
const FIRST_LINE = 2;

/** YAML's non-printable characters (YAML 1.2, 5.1): C0 controls but tab and line breaks, DEL, C1 but NEL. */
const NON_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** Spaces and invisible characters that look like nothing or like a space, but are not YAML's space. */
const ODD_SPACE = /[\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const ODD_SPACES = new RegExp(ODD_SPACE.source, 'g');
const ODD_SPACE_AFTER_KEY = new RegExp(`^([^\\s:#'"][^:\\n]*):(${ODD_SPACE.source})`, 'm');

/** `text` is the whole file, BOM removed; `file` is how messages name it. */
export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const fence = findFence(text);
  switch (fence.kind) {
    case 'none':
      return fail(messages.noFrontMatter({ file, line: 1 }));
    case 'not-a-fence':
      return fail(messages.fenceNotExact({ file, line: fence.at.line }, fence.at.text, fence.opening));
    case 'unclosed':
      return fail(messages.fenceNotClosed({ file, line: 1 }, fence.lastKeyLine));
    case 'late':
      return fail(messages.fenceNotOnFirstLine({ file, line: fence.at.line }));
  }
  // A lone CR ends a line for the renderer; `yaml` wants LF. Same length, so offsets stay right.
  const yaml = fence.yaml.includes('\r') ? fence.yaml.replace(/\r(?!\n)/g, '\n') : fence.yaml;
  const bad = NON_PRINTABLE.exec(yaml);
  if (bad) return fail(messages.controlCharacter({ file, ...position(yaml, bad.index) }, yaml.charCodeAt(bad.index)));
  const odd = oddSpaceAfterKey(yaml);
  if (odd) return fail(messages.oddSpaceAfterColon({ file, ...position(yaml, odd.offset) }, odd.key, odd.code));

  const read = readSimpleYaml(yaml, FIRST_LINE) ?? readYamlDocument(yaml, file, FIRST_LINE);
  if ('rule' in read) return fail(read);
  for (const [key, line] of read.keyLines) {
    // `title\u00a0:` is a key of its own to YAML: the title would be "missing" with no word about why.
    const space = ODD_SPACE.exec(key);
    const meant = key.replace(ODD_SPACES, '').trim();
    if (space && FRONT_MATTER_KEYS.has(meant)) return fail(messages.oddSpaceInKey({ file, line }, key, key.charCodeAt(space.index), meant));
  }
  return { ok: true, frontMatter: { ...read, bodyOffset: fence.bodyOffset, bodyLine: fence.bodyLine } };
}

function fail(diagnostic: Diagnostic): FrontMatterResult {
  return { ok: false, diagnostics: [diagnostic] };
}

/** Line and column in the author's file of an offset in the YAML text. */
function position(yaml: string, offset: number): { line: number; column: number } {
  let line = FIRST_LINE;
  for (let i = yaml.indexOf('\n'); i !== -1 && i < offset; i = yaml.indexOf('\n', i + 1)) line++;
  return { line, column: offset - (yaml.lastIndexOf('\n', offset - 1) + 1) + 1 };
}

/**
 * `title:` followed by a no-break space is not a key to YAML (it wants a space or a tab after the colon):
 * the whole line becomes text and the error would be about something else. Found at the start of a line.
 */
function oddSpaceAfterKey(yaml: string): { key: string; code: number; offset: number } | undefined {
  const match = ODD_SPACE_AFTER_KEY.exec(yaml);
  if (!match) return undefined;
  return { key: match[1]!, code: match[2]!.charCodeAt(0), offset: match.index + match[1]!.length + 1 };
}
