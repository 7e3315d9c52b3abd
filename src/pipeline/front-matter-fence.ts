/**
 * Where the front matter is, found by the rule of the renderer's parser (micromark-extension-frontmatter 2,
 * under remark-frontmatter), so that what the reader reads as front matter is exactly what the renderer
 * skips, and nothing else:
 *
 *   - the opening fence is line 1, exactly `---` (then only spaces or tabs), followed by a line ending;
 *   - the closing fence is the next line that is exactly `---` (then only spaces or tabs), followed by a
 *     line ending or the end of the file;
 *   - a line ending is CRLF, LF or a lone CR (micromark's rule); a BOM is removed before this runs.
 *
 * Where micromark quietly disagrees with what an author meant, we say so instead of guessing: a fence line
 * with more after the dashes (`----`, `--- # end`, `--- title: x`) is reported, because micromark would not
 * see it and would take (or publish) text the author did not mean, and so is a front matter never closed.
 */

/** A fence line: three dashes, then only spaces or tabs (micromark's `markdownSpace`). */
const FENCE = /^---[ \t]*$/;

export interface FenceLine {
  /** 1-based line number. */
  line: number;
  /** The line as written, without its line ending. */
  text: string;
}

export type FenceResult =
  /** No front matter: the first line that is not blank does not start with `---`. */
  | { kind: 'none' }
  /** `yaml` is the text between the fences (its first line is line 2); the body starts at `bodyOffset`. */
  | { kind: 'ok'; yaml: string; closeLine: number; bodyOffset: number; bodyLine: number }
  /** A line that starts with `---` but is not a fence: line 1 (`opening`), or before any closing fence. */
  | { kind: 'not-a-fence'; at: FenceLine; opening: boolean }
  /** The first line is a fence but no later line is; `lastKeyLine` guesses where the front matter ends. */
  | { kind: 'unclosed'; lastKeyLine: number }
  /** The front matter starts below line 1 (blank lines above it), so the renderer shows it as text. */
  | { kind: 'late'; at: FenceLine };

/**
 * A copy of a part of the text that does not keep the whole text alive. V8 makes a substring a view of the
 * string it is cut from, and so is every value cut from it: a title read from the front matter kept its
 * whole article's text in memory for the rest of the build (67 MB at 110,000 articles).
 */
function detached(part: string): string {
  // Joined, the two are a pair of pointers; cut, V8 first copies them into one new string, and the cut is a
  // view of that copy: the same text, exactly, holding only the copy.
  return ` ${part}`.slice(1);
}

export function findFence(text: string): FenceResult {
  const lines = linesOf(text);
  const first = lines.next();
  if (first.done) return { kind: 'none' };
  if (!FENCE.test(first.value.text)) return beforeFrontMatter(first.value, lines);
  if (first.value.end === text.length) return { kind: 'unclosed', lastKeyLine: 1 };

  const yamlStart = first.value.next;
  const seen: FenceLine[] = [];
  for (const line of lines) {
    if (FENCE.test(line.text)) {
      return { kind: 'ok', yaml: detached(text.slice(yamlStart, line.start)), closeLine: line.line, bodyOffset: line.next, bodyLine: line.line + 1 };
    }
    if (line.text.startsWith('---')) return { kind: 'not-a-fence', at: line, opening: false };
    seen.push(line);
  }
  return { kind: 'unclosed', lastKeyLine: lastKeyLine(seen) };
}

/** Line 1 is not a fence: a near miss (`----`, ` ---`, blank lines first) is reported, anything else has none. */
function beforeFrontMatter(first: Line, rest: Iterator<Line>): FenceResult {
  if (first.text.trimStart().startsWith('---')) return { kind: 'not-a-fence', at: first, opening: true };
  if (first.text.trim() !== '') return { kind: 'none' };
  for (let line = rest.next(); !line.done; line = rest.next()) {
    if (line.value.text.trim() === '') continue;
    return line.value.text.trimStart().startsWith('---') ? { kind: 'late', at: line.value } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/**
 * For an unclosed front matter, the line after which `---` most likely belongs: the last line of the first
 * run of YAML-looking lines (`key: value`, `- item`, an indented line), which ends at a blank line or a
 * Markdown heading (`# …`, which YAML would read as a comment).
 */
function lastKeyLine(lines: FenceLine[]): number {
  let last = 1;
  for (const { line, text } of lines) {
    if (text.trim() === '' || text.startsWith('#')) break;
    last = line;
  }
  return last;
}

interface Line extends FenceLine {
  start: number;
  /** Offset of the line ending (or of the end of the text). */
  end: number;
  /** Offset of the next line. */
  next: number;
}

function* linesOf(text: string): Generator<Line> {
  for (let line = 1, start = 0; start < text.length; line++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end === text.length ? end : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    yield { line, text: text.slice(start, end), start, end, next };
    start = next;
  }
}
