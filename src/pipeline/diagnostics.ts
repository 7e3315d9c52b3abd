/**
 * Content problems are data: collected while loading, reported together, never thrown one at a time.
 * Every rule id and message text lives in `messages.ts` so the wording stays consistent.
 */
import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning']);

export const diagnosticSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  /** Path as the author knows it, relative to the project (or the content folder given on the command line). */
  file: z.string(),
  /** 1-based line in the author's file, front matter counted. */
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  message: z.string(),
  /** How to fix it, in one sentence. */
  fix: z.string().optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** `content/nl-nl/a.md:3:1 error front-matter/type ms.date: … Fix: …` — the shape editors and CI parse. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line ? d.column : undefined].filter((part) => part !== undefined).join(':');
  const fix = d.fix ? `\n    fix: ${d.fix}` : '';
  return `${where} ${d.severity} [${d.rule}] ${d.message}${fix}`;
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}

/** Sorted by file, then line: the order an author works through them. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
