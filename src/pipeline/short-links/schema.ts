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

/** A destination: a path on this site (`/{locale}/slug/#anchor`) or an absolute https URL. Nothing else. */
export const targetSchema = z.string().superRefine((value, ctx) => {
  const target = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^https:\/\//i.test(target)) {
    const scheme = target.split(':')[0]?.toLowerCase();
    ctx.addIssue({ code: 'custom', message: scheme === 'http' ? 'is not https; use an https:// URL' : `uses the ${scheme}: scheme; a target is a site path (/{locale}/slug/) or an https:// URL` });
  } else if (target.startsWith('//') || target.startsWith('/\\')) {
    ctx.addIssue({ code: 'custom', message: 'starts with //, which browsers read as another host; write a site path (/{locale}/slug/) or an https:// URL' });
  } else if (!target.startsWith('/') && !/^https:\/\//i.test(target)) {
    ctx.addIssue({ code: 'custom', message: 'is neither a site path nor an https URL; start it with / or https://' });
  } else if (/[\s<>"'`$\\]/.test(target)) {
    ctx.addIssue({ code: 'custom', message: 'contains a space, quote, $ or backslash; percent-encode it' });
  }
});

export const shortLinkSchema = z.strictObject({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'is not a number')]).transform(String),
  title: z.string().min(1),
  target: targetSchema,
  locales: z.record(z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'is not a lowercase locale folder name'), targetSchema).optional(),
});
export type ShortLinkInput = z.input<typeof shortLinkSchema>;
export type ShortLink = z.output<typeof shortLinkSchema>;

export const redirectSchema = z.strictObject({
  from: z.string().regex(/^\/(?:\{locale\}|[a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/.+\/$/, 'must be a site path such as /{locale}/old-name/ or /nl-nl/old-name/, ending in /'),
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
