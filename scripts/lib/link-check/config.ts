/**
 * `linkcheck.config.json` at the project root (optional): severities per rule, findings to ignore, and
 * settings for `--external`. Validated by zod; a bad config is a clear error, not a silent default.
 *
 *   {
 *     "severities": { "link/glued": "off", "short-link/unregistered": "error" },
 *     "ignore": [{ "rule": "built/missing-page", "value": "/microsoft-365/" }, { "file": "content/ar-sa/" }],
 *     "external": { "timeout": 10000, "concurrency": 8, "retries": 3, "cacheHours": 24, "skip": ["^https://admin\\.microsoft\\.com"] }
 *   }
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';

export const linkCheckConfigSchema = z.strictObject({
  severities: z.record(z.string(), z.enum(['error', 'warning', 'off'])).default({}),
  ignore: z
    .array(
      z.strictObject({
        rule: z.string().optional(),
        /** A path prefix, as findings show it: `content/ar-sa/`. */
        file: z.string().optional(),
        /** Text the finding's message contains (the bad value, usually). */
        value: z.string().optional(),
      }),
    )
    .default([]),
  external: z
    .strictObject({
      timeout: z.number().int().positive().default(10_000),
      concurrency: z.number().int().positive().default(8),
      retries: z.number().int().min(0).default(3),
      cacheHours: z.number().min(0).default(24),
      /** Regular expressions of URLs not to check. */
      skip: z.array(z.string()).default([]),
    })
    .prefault({}),
});
export type LinkCheckConfig = z.infer<typeof linkCheckConfigSchema>;

export function readLinkCheckConfig(file: string): LinkCheckConfig {
  if (!existsSync(file)) return linkCheckConfigSchema.parse({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file}: not valid JSON (${(cause as Error).message}); fix the syntax`);
  }
  const parsed = linkCheckConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}; see the comment in scripts/lib/link-check/config.ts for the shape`);
  }
  return parsed.data;
}

/** Applies severities and ignores: what remains is what the run reports. */
export function applyConfig(findings: Diagnostic[], config: LinkCheckConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = config.severities[f.rule];
    if (severity === 'off') continue;
    if (config.ignore.some((i) => (!i.rule || i.rule === f.rule) && (!i.file || f.file.startsWith(i.file)) && (!i.value || f.message.includes(i.value)))) continue;
    out.push(severity ? { ...f, severity } : f);
  }
  return out;
}
