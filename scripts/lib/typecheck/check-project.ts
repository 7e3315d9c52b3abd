/**
 * The project's typecheck, templates included. Every `.astro` file under src/ becomes TypeScript
 * (template-tsx.ts) in a folder of its own under `.astro/` (Astro's generated folder, ignored by git), and one
 * `tsc` run checks those files together with everything tsconfig.json includes, under the same settings.
 * `rootDirs` lets a generated file import the project's modules by the template's own relative paths; an error
 * in a generated file is reported at the template's line and column.
 *
 * TypeScript 7 has no stable JavaScript API, so this reads what the `tsc` command prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { templateToTsx, type TemplatePiece } from './template-tsx.ts';
import { TextPositions } from './text-position.ts';
import { formatDiagnostic, readTscOutput, type TscDiagnostic } from './tsc-output.ts';

export interface CheckOptions {
  root: string;
  /** Templates to check in place of the file at that path, or beside the others (path from root → text): for tests. */
  overlay?: Readonly<Record<string, string>>;
  /** Check the templates and what they import, not every file tsconfig.json includes: for tests, faster. */
  templatesOnly?: boolean;
}

export interface CheckResult {
  /** What to print: `tsc`'s format, paths from root, template errors at the template. */
  lines: string[];
  errors: number;
  templates: number;
  ok: boolean;
}

interface Generated {
  template: string;
  positions: TextPositions;
  piece: TemplatePiece;
  piecePositions: TextPositions;
}

/**
 * "Declared but never used" where no template code is: the converter's own helper types (`ASTRO__MergeUnion`
 * is unused in a page that declares its Props). The same codes at a template's line are reported.
 */
const UNUSED = new Set(['TS6133', 'TS6138', 'TS6192', 'TS6196', 'TS6198', 'TS6199', 'TS6205']);

export function checkProject({ root: rootIn, overlay = {}, templatesOnly = false }: CheckOptions): CheckResult {
  const root = resolve(rootIn);
  const sources = templateSources(root, overlay);
  const dotAstro = join(root, '.astro');
  mkdirSync(dotAstro, { recursive: true });
  // A folder per run: tests check broken copies of templates while another run checks the real ones.
  const out = mkdtempSync(join(dotAstro, 'typecheck-'));
  try {
    const lines: string[] = [];
    let errors = 0;
    const generated = new Map<string, Generated>();
    for (const [template, source] of sources) {
      const positions = new TextPositions(source);
      const { pieces, problems } = templateToTsx(source, template);
      for (const p of problems) {
        const { line, column } = positions.positionOf(p.offset);
        lines.push(`${template}(${line},${column}): ${p.severity} astro: ${p.message}`);
        if (p.severity === 'error') errors++;
      }
      for (const piece of pieces) {
        const file = join(out, template + piece.suffix);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, piece.code);
        generated.set(relative(root, file), { template, positions, piece, piecePositions: new TextPositions(piece.code) });
      }
    }
    const tsconfig = join(out, 'tsconfig.json');
    const files = [...generated.keys()].map((file) => join(root, file));
    // Templates only: Astro's generated types (`astro:content`) and the templates, which bring what they import.
    const only = templatesOnly ? { include: [join(root, '.astro', 'types.d.ts')] } : {};
    writeFileSync(tsconfig, JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { rootDirs: [root, out] }, files, ...only }, null, 2));

    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig, '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
    if (tsc.error) throw tsc.error;
    const output = readTscOutput(`${tsc.stdout}\n${tsc.stderr}`);
    const cleanText = (text: string) => cleanPaths(text, root, out);
    for (const entry of output) {
      if ('text' in entry) {
        lines.push(cleanText(entry.text));
        if (/\berror\b/i.test(entry.text)) errors++;
        continue;
      }
      const shown = atTemplate(entry.diagnostic, generated);
      if (shown === undefined) continue;
      lines.push(cleanText(formatDiagnostic(shown)));
      if (shown.category === 'error') errors++;
    }
    // tsc failed yet said nothing this code understood: never report that as a pass.
    if (tsc.status !== 0 && output.length === 0) errors++;
    return { lines, errors, templates: sources.size, ok: errors === 0 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every `src/**\/*.astro` (path from root, `/`-separated) with its text, the overlay's in place of the file's. */
function templateSources(root: string, overlay: Readonly<Record<string, string>>): Map<string, string> {
  const sources = new Map<string, string>();
  const src = join(root, 'src');
  const found = existsSync(src) ? readdirSync(src, { recursive: true, encoding: 'utf8' }) : [];
  for (const file of found.filter((f) => f.endsWith('.astro')).sort()) {
    const path = `src/${file.split(sep).join('/')}`;
    sources.set(path, readFileSync(join(root, path), 'utf8'));
  }
  for (const [path, text] of Object.entries(overlay)) sources.set(path, text);
  return sources;
}

/**
 * A diagnostic in a generated file, moved to the template it came from; undefined for an unused helper
 * (see UNUSED). Code the converter made up has no place in the template: that is reported at the template's
 * first line, quoting the generated line, rather than dropped.
 */
function atTemplate(d: TscDiagnostic, generated: Map<string, Generated>): TscDiagnostic | undefined {
  const g = generated.get(d.file.split('/').join(sep));
  if (g === undefined) return d;
  const offset = g.piecePositions.offsetOf(d.line, d.column);
  const original = g.piece.toTemplate(offset);
  if (original !== undefined) {
    const message = original.note === undefined ? d.message : `${original.note}\n  ${d.message}`;
    return { ...d, file: g.template, ...g.positions.positionOf(original.offset), message };
  }
  if (UNUSED.has(d.code)) return undefined;
  const generatedLine = g.piece.code.split(/\r\n|[\n\r\u2028\u2029]/)[d.line - 1]?.trim() ?? '';
  return { ...d, file: g.template, line: 1, column: 1, message: `${d.message}\n  (in the code Astro generates for this template: ${generatedLine})` };
}

/** Generated paths in a message (`…/.astro/typecheck-x/src/a.astro.tsx`) → the template's (`src/a.astro`). */
function cleanPaths(text: string, root: string, out: string): string {
  return text
    .split(out + sep)
    .join(root + sep)
    .split(relative(root, out) + sep)
    .join('')
    .replace(/\.astro\.(?:tsx|script-\d+\.ts)\b/g, '.astro');
}
