/**
 * Every setting of the site, declared once: its environment variable, its default and a sentence of
 * documentation. The Astro config, the pages, the build integration and the scripts read settings only
 * through `siteOptions()`; the README's table of options is checked against this schema
 * (test/unit/site-options.test.ts). A bad value stops with the variable, the value and how to fix it.
 *
 * Plain TypeScript with no Astro imports: astro.config.mjs, scripts and tests all load it.
 */
import { z } from 'zod';
import { PROTOCOL_LIMITS } from './pipeline/sitemap/split-sitemap.ts';

const LOCALE_FOLDER = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

const flag = (doc: string, fallback: '0' | '1') =>
  z
    .enum(['0', '1'], { error: 'must be 0 or 1' })
    .default(fallback)
    .transform((v) => v === '1')
    .describe(doc);

/** Each key is an environment variable; `.describe()` is its documentation, as the README shows it. */
export const siteOptionsSchema = z.object({
  CONTENT_DIR: z.string().min(1, 'must not be empty').default('content').describe('The content folder: one folder per locale (`content/en-us/…`), plus `fwlinks.yml` and `redirects.yml`.'),
  OUT_DIR: z.string().min(1, 'must not be empty').default('./dist').describe('Where the built site is written.'),
  ASTRO_CACHE_DIR: z.string().min(1, 'must not be empty').default('./node_modules/.astro').describe("Astro's cache folder, where rebuilds find what did not change (rendered articles, search bundles, the last build's records)."),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL such as https://help.example.com' })
    .default('https://help.example.com')
    .describe('The public address of the site, for canonical links, hreflang and the sitemap.'),
  SOURCE_LOCALE: z.string().regex(LOCALE_FOLDER, 'must be a locale folder name such as en-us').default('en-us').describe('The locale translations are made from: fallback pages, notices and x-default point at it.'),
  LOCALES: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const list = [...new Set(value.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean))];
      const bad = list.filter((l) => !LOCALE_FOLDER.test(l));
      if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `names ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length > 1 ? 'are not locale folder names' : 'is not a locale folder name'}` });
      if (value.trim() !== '' && list.length === 0) ctx.addIssue({ code: 'custom', message: 'names no locale' });
      return list.length > 0 ? list : undefined;
    })
    .describe('A shard build: write the pages and search of these locales only, comma-separated (`nl-nl,de-de`); empty builds all.'),
  SEARCH: flag('`0` builds without a search index (quicker while working on something else).', '1'),
  HELP_VERBOSE: flag('`1` lists every finding of the content check in the build log, not only a summary by rule.', '0'),
  HELP_BUILD_STOP_AT: z.string().default('').describe('Test-only: stop the build at a named phase (`test/interrupted-build.test.ts`, `src/astro/stop-at.ts`).'),
  HELP_SITEMAP_LIMITS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      if (value === '') return undefined;
      const match = /^(\d+),(\d+)$/.exec(value.trim());
      const urls = Number(match?.[1]);
      const bytes = Number(match?.[2]);
      if (!(urls >= 1 && urls <= PROTOCOL_LIMITS.urls && bytes >= 1 && bytes <= PROTOCOL_LIMITS.bytes)) {
        ctx.addIssue({ code: 'custom', message: `must be <urls>,<bytes>, each at least 1 and at most the protocol's ${PROTOCOL_LIMITS.urls},${PROTOCOL_LIMITS.bytes}` });
        return undefined;
      }
      return { urls, bytes };
    })
    .describe("Test-only: split sitemap files at `<urls>,<bytes>` instead of the protocol's 50,000 URLs and 52,428,800 bytes, so a small site splits (`test/sitemaps.test.ts`)."),
});

export type SiteOptions = z.output<typeof siteOptionsSchema>;
export type SiteOptionName = keyof typeof siteOptionsSchema.shape;

export class SiteOptionsError extends Error {}

/** Reads and checks the settings; throws one error naming every bad variable, its value and the fix. */
export function readSiteOptions(env: Record<string, string | undefined> = process.env): SiteOptions {
  const input: Record<string, string> = {};
  for (const name of Object.keys(siteOptionsSchema.shape)) {
    const value = env[name];
    // An empty variable (`SITE_URL= npm run build`) means "not set", as in most tools.
    if (value !== undefined && value !== '') input[name] = value;
  }
  const parsed = siteOptionsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]) as SiteOptionName;
    const shape = siteOptionsSchema.shape[name];
    return `${name}=${JSON.stringify(input[name] ?? '')} ${issue.message}. ${shape.description ?? ''} Fix it, or unset ${name} for the default.`;
  });
  throw new SiteOptionsError(`Bad setting${lines.length > 1 ? 's' : ''}:\n  ${lines.join('\n  ')}`);
}

let cached: SiteOptions | undefined;

/** The settings of this process, read once. */
export function siteOptions(): SiteOptions {
  cached ??= readSiteOptions();
  return cached;
}

/** Each option with its default and documentation, as the README's table shows them. */
export function optionDocs(): { name: SiteOptionName; default: string; description: string }[] {
  const schema = z.toJSONSchema(siteOptionsSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { default?: unknown; description?: string }> };
  return Object.entries(schema.properties).map(([name, p]) => ({ name: name as SiteOptionName, default: String(p.default ?? ''), description: p.description ?? '' }));
}
