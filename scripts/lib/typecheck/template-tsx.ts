/**
 * One `.astro` template as TypeScript that `tsc` can check: the TSX Astro's own editor tooling checks (made by
 * `@astrojs/astro2tsx`, the converter `@astrojs/language-server` uses), and each `<script>` Astro bundles as a
 * module of its own. Every piece keeps a way back from its offsets to the template's, so an error is reported
 * where the author wrote the code.
 *
 * Not checked: `is:inline` scripts and event-handler attributes (plain JavaScript Astro leaves alone, as the
 * language server leaves them), styles.
 */
import { convertToTsx, DiagnosticSeverity, ExtractedScriptType, type ConvertToTsxResult } from '@astrojs/astro2tsx';

export interface TemplatePiece {
  /** Appended to the template's path to name the generated file: `Base.astro.tsx`, `Base.astro.script-0.ts`. */
  suffix: string;
  code: string;
  /**
   * An offset in `code` → the offset in the template it came from, with a note when the code there is a check
   * added here; undefined in code the converter made up.
   */
  toTemplate(offset: number): { offset: number; note?: string } | undefined;
}

export interface TemplateProblem {
  /** Offset in the template. */
  offset: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface TemplateTsx {
  pieces: TemplatePiece[];
  /** What the converter could not read (an unclosed tag, a broken expression). */
  problems: TemplateProblem[];
}

export function templateToTsx(source: string, fileName: string): TemplateTsx {
  // ambientTypes: `Astro` and `Fragment` declared in each file rather than as globals, which every .ts file
  // of the project would then see too.
  const result = convertToTsx(source, { filename: fileName, ambientTypes: true });
  const pieces: TemplatePiece[] = [withPropsCheck(source, result.code, spanMap(result.mappings))];
  result.scripts.forEach((script, i) => {
    if (script.type !== ExtractedScriptType.ProcessedModule) return;
    // Astro bundles each such script as an ES module; without the export, two scripts that both declare
    // `const q` would clash as globals.
    const code = `${script.content}\nexport {};\n`;
    const start = script.position.start;
    pieces.push({ suffix: `.script-${i}.ts`, code, toTemplate: (offset) => (offset <= script.content.length ? { offset: start + offset } : undefined) });
  });
  const problems = result.diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
    .map((d): TemplateProblem => ({ offset: d.position.start, severity: d.severity === DiagnosticSeverity.Error ? 'error' : 'warning', message: d.message }));
  return { pieces, problems };
}

const PROPS_NOTE = "getStaticPaths() gives this page props that are not its Props: Astro.props is what getStaticPaths gives.";

/**
 * A page with `getStaticPaths` and its own `Props` gets in `Astro.props` what getStaticPaths returns, while the
 * TSX types `Astro.props` as `Props` (as `astro check` does): the two could drift apart, and a renamed prop
 * would read `undefined` with no error. So the TSX of such a page ends with a line that only compiles if every
 * props object getStaticPaths returns is a `Props`; its errors are reported at `getStaticPaths`.
 */
function withPropsCheck(source: string, code: string, spans: (offset: number) => number | undefined): TemplatePiece {
  const mapped = (offset: number) => {
    const original = spans(offset);
    return original === undefined ? undefined : { offset: original };
  };
  const typedPage = /^export default function \w+\(_props: Props\)/m.test(code) && code.includes('type ASTRO__InferredGetStaticPath ');
  const at = /export\s+(?:async\s+)?(?:function|const)\s+(getStaticPaths)\b/d.exec(source)?.indices?.[1]?.[0];
  if (!typedPage || at === undefined) return { suffix: '.tsx', code, toTemplate: mapped };
  const checkStart = code.length;
  return {
    suffix: '.tsx',
    code: `${code}\n((props: ASTRO__Get<ASTRO__InferredGetStaticPath, 'props'>): Props => props);\n`,
    toTemplate: (offset) => (offset > checkStart ? { offset: at, note: PROPS_NOTE } : mapped(offset)),
  };
}

/**
 * The converter's spans are copied text (same length on both sides) or made-up code (no source length).
 * An offset inside a copied span, or at its end (where "expected ;" errors point), maps back one to one.
 */
export function spanMap(mappings: ConvertToTsxResult['mappings']): (offset: number) => number | undefined {
  const spans = mappings
    .map(([generated, generatedLength, original, originalLength]) => ({ generated, original, length: Math.min(generatedLength, originalLength) }))
    .filter((s) => s.length > 0)
    .sort((a, b) => a.generated - b.generated);
  return (offset) => {
    // The last span that starts at or before the offset.
    let low = 0;
    let high = spans.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (spans[mid]!.generated <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const span = spans[found];
    if (span === undefined || offset > span.generated + span.length) return undefined;
    return span.original + (offset - span.generated);
  };
}
