/**
 * The short-link registry (`content/fwlinks.yml`) and the redirect list (`content/redirects.yml`): the
 * zod schemas are the one source of their types. Redirects and short links are data; code turns them into
 * pages and host rules.
 *
 *   # content/fwlinks.yml
 *   - id: 842054
 *     title: Your products
 *     target: /{locale}/update-payment-method/#update-a-credit-card
 *     locales:                      # optional, per-locale targets
 *       ja-jp: https://example.com/ja/products
 *
 *   # content/redirects.yml
 *   - from: /{locale}/old-name/     # every locale, or one: /nl-nl/old-name/
 *     to: /{locale}/new-name/
 */
import { z } from 'zod';
import { judgeSitePath } from './site-path.ts';
import { judgeTarget } from './target.ts';

/** A destination: a path on this site (`/{locale}/slug/#anchor`) or an absolute https URL (./target.ts). */
export const targetSchema = z.string().superRefine((value, ctx) => {
  const verdict = judgeTarget(value);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.reason });
});

/** Past 2^53 YAML reads a number inexactly (12345678901234567890 → 12345678901234567000): another id. */
function checkIdNumber(value: number, ctx: z.RefinementCtx) {
  if (!Number.isInteger(value) || value <= 0) ctx.addIssue({ code: 'custom', message: 'is not a short link id; write the linkid, a positive whole number' });
  else if (!Number.isSafeInteger(value)) ctx.addIssue({ code: 'custom', message: 'is too long to be read exactly as a number; write it in quotes' });
}

export const shortLinkSchema = z.strictObject({
  id: z.union([z.number().superRefine(checkIdNumber), z.string().regex(/^\d+$/, 'is not a number')]).transform(String),
  title: z.string().min(1),
  target: targetSchema,
  locales: z.record(z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'is not a lowercase locale folder name'), targetSchema).optional(),
});
export type ShortLinkInput = z.input<typeof shortLinkSchema>;
export type ShortLink = z.output<typeof shortLinkSchema>;

export const redirectSchema = z.strictObject({
  /** The old URL: `/{locale}/old-name/` (every locale) or `/nl-nl/old-name/`; rules in ./site-path.ts. */
  from: z.string().superRefine((value, ctx) => {
    const verdict = judgeSitePath(value, 'from');
    if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.reason });
  }),
  to: targetSchema,
});
export type Redirect = z.output<typeof redirectSchema>;

/** A short link as the site publishes it: one destination per locale, all validated. */
export const resolvedShortLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Locale folder → destination URL. */
  targets: z.record(z.string(), z.string()),
  /** Where the link goes when no locale is known. */
  defaultTarget: z.string(),
});
export type ResolvedShortLink = z.infer<typeof resolvedShortLinkSchema>;

export const resolvedRedirectSchema = z.object({ from: z.string(), to: z.string() });
export type ResolvedRedirect = z.infer<typeof resolvedRedirectSchema>;
