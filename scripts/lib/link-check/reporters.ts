/**
 * How findings are shown: a terminal summary grouped by file with counts per rule, JSON for tools, or
 * GitHub Actions annotations (`::error file=…,line=…::…`), which CI shows on the pull request's diff.
 */
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { formatDiagnostic } from '../../../src/pipeline/diagnostics.ts';

export type Format = 'terminal' | 'json' | 'github';

export function report(findings: Diagnostic[], format: Format, summary: Record<string, number | string>): string {
  if (format === 'json') return JSON.stringify({ summary, counts: countByRule(findings), findings }, null, 1);
  if (format === 'github') return [...findings.map(annotation), terminalSummary(findings, summary)].join('\n');
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    lines.push(`\n${file}`);
    for (const f of list) lines.push(`  ${formatDiagnostic(f).replace(`${file}`, '').replace(/^:/, '')}`);
  }
  lines.push(terminalSummary(findings, summary));
  return lines.join('\n');
}

export function countByRule(findings: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

function terminalSummary(findings: Diagnostic[], summary: Record<string, number | string>): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const rows = Object.entries(countByRule(findings)).map(([rule, n]) => `  ${rule.padEnd(32)} ${n}`);
  const facts = Object.entries(summary).map(([k, v]) => `${k}: ${v}`).join(', ');
  return [`\n${facts}`, ...rows, `${errors} error(s), ${findings.length - errors} warning(s)`].join('\n');
}

/** GitHub's workflow command; newlines and commas in values are escaped as its docs require. */
function annotation(f: Diagnostic): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = [`file=${prop(f.file)}`, f.line ? `line=${f.line}` : '', f.column ? `col=${f.column}` : '', `title=${prop(f.rule)}`].filter(Boolean).join(',');
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${where}::${esc(f.message + (f.fix ? ` (fix: ${f.fix})` : ''))}`;
}
