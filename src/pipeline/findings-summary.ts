/**
 * The build log's account of the content check, for a person: every error (a build with errors publishes
 * nothing, so each one must be fixed), and the warnings grouped by rule with a count and a few examples,
 * most frequent first. The full list goes to a JSON report (and to the log with the verbose switch).
 *
 *   content/nl-nl/a.md:3 error [front-matter/yaml] …
 *   warnings: 529 in 3 rules (full list: node_modules/.astro/help-build-report.json, or HELP_VERBOSE=1)
 *     412 link/empty-text   content/nl-nl/a.md:60:177, content/de-de/b.md:12:3, … and 409 more
 */
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';

export interface SummaryOptions {
  /** Where the full list is, for the reader of the log. */
  reportPath: string;
  /** Examples shown per rule. */
  examples?: number;
  /** Errors listed in full before the rest are counted. */
  maxErrors?: number;
}

const where = (d: Diagnostic) => [d.file, d.line, d.line ? d.column : undefined].filter((p) => p !== undefined).join(':');

export function summarizeFindings(diagnostics: readonly Diagnostic[], options: SummaryOptions): string[] {
  const { reportPath, examples = 3, maxErrors = 50 } = options;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  const lines = errors.slice(0, maxErrors).map(formatDiagnostic);
  if (errors.length > maxErrors) lines.push(`… and ${errors.length - maxErrors} more errors (full list: ${reportPath})`);
  if (warnings.length === 0) return lines;
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of warnings) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const rules = [...byRule].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const width = Math.max(...rules.map(([rule]) => rule.length));
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  lines.push(`${count(warnings.length, 'warning')} in ${count(rules.length, 'rule')} (full list: ${reportPath}, or HELP_VERBOSE=1 in the log)`);
  for (const [rule, found] of rules) {
    const shown = found.slice(0, examples).map(where).join(', ');
    const more = found.length > examples ? `, … and ${found.length - examples} more` : '';
    lines.push(`  ${String(found.length).padStart(6)} ${rule.padEnd(width)}  ${shown}${more}`);
  }
  return lines;
}
