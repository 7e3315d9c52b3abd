/**
 * Resolves an href written in an article to the site URL it means, from the set of article paths alone
 * (no rendering of other articles needed, so each article renders independently).
 *
 *   from nl-nl/a.md:  "payment-past-due.md#x"            → /nl-nl/payment-past-due/#x
 *                     "../en-us/Payment-Past-Due.md"      → /en-us/payment-past-due/   (another locale)
 *                     "/AlchemyInsights/payment%20due"     → /nl-nl/payment-due/        (docs root, any case)
 *                     "request-a-refund.md" (no nl-nl)     → /en-us/request-a-refund/   (the source's page)
 *                     "https://…", "mailto:", "ms-settings:" → unchanged, external
 */
import { posix } from 'node:path';
import type { ResolvedLink } from './render/context.ts';
import { articleUrl, slugFromPath } from './slug.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export interface SiteIndex {
  /** `locale/slug` of every article. */
  has(localeFolder: string, slug: string): boolean;
  sourceLocale: string;
  /** Root-relative prefixes that mean "the docs root" in legacy content, lowercase: `/alchemyinsights/`. */
  docRoots: readonly string[];
}

export function createSiteIndex(keys: Iterable<string>, sourceLocale: string, docRoots: readonly string[] = ['/alchemyinsights/']): SiteIndex & { keys: Set<string> } {
  const set = new Set(keys);
  return { keys: set, sourceLocale, docRoots, has: (locale, slug) => set.has(`${locale}/${slug}`) };
}

export function resolveLink(href: string, fromPath: string, index: SiteIndex): ResolvedLink {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return { kind: 'fragment', fragment: safeDecode(trimmed.slice(1)) };
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external', href: trimmed };

  const hashAt = trimmed.indexOf('#');
  const pathPart = safeDecode((hashAt === -1 ? trimmed : trimmed.slice(0, hashAt)).replace(/\?.*$/, ''));
  const fragment = hashAt === -1 ? undefined : safeDecode(trimmed.slice(hashAt + 1));
  const fromLocale = fromPath.split('/')[0] ?? '';

  let target: string | undefined;
  if (pathPart.startsWith('/')) {
    const root = index.docRoots.find((prefix) => pathPart.toLowerCase().startsWith(prefix));
    if (root) target = `${fromLocale}/${stripMd(pathPart.slice(root.length))}.md`;
  } else if (/\.md$/i.test(pathPart)) {
    target = posix.normalize(posix.join(posix.dirname(fromPath), pathPart));
  }
  if (target === undefined || target.startsWith('..')) return { kind: 'other', href: trimmed };

  const [locale = '', ...rest] = target.split('/');
  const slug = slugFromPath(rest.join('/'));
  const suffix = fragment === undefined ? '' : `#${encodeURIComponent(fragment).replace(/%2F/g, '/')}`;
  const otherLocale = locale !== fromLocale;
  if (index.has(locale, slug)) return { kind: 'article', href: articleUrl(locale, slug) + suffix, target, fragment, found: true, otherLocale };
  // Not translated yet: send the reader to the source article rather than to a 404.
  if (index.has(index.sourceLocale, slug)) {
    return { kind: 'article', href: articleUrl(index.sourceLocale, slug) + suffix, target, fragment, found: true, otherLocale: true };
  }
  return { kind: 'article', href: trimmed, target, fragment, found: false, otherLocale };
}

function stripMd(path: string): string {
  return path.replace(/\/+$/, '').replace(/\.md$/i, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
