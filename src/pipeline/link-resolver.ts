/**
 * Resolves an href written in an article to the site URL it means, from the set of article paths alone
 * (no rendering of other articles needed, so each article renders independently).
 *
 *   from nl-nl/a.md:  "payment-past-due.md#x"            → /nl-nl/payment-past-due/#x
 *                     "../en-us/Payment-Past-Due.md"      → /en-us/payment-past-due/   (another locale)
 *                     "/AlchemyInsights/payment%20due"     → /nl-nl/payment-due/        (docs root, any case)
 *                     "request-a-refund.md" (no nl-nl)     → /nl-nl/request-a-refund/   (fallback page, source text)
 *                     "https://go.microsoft.com/fwlink/p/?linkid=842054" (registered) → /fwlink/842054/nl-nl/
 *                     "https://…", "mailto:", "ms-settings:" → unchanged, external
 */
import { posix } from 'node:path';
import type { ResolvedLink } from './render/context.ts';
import { parseFwlink, shortLinkPath } from './short-links/fwlink-url.ts';
import { articleUrl, slugFromPath } from './slug.ts';
import { asBrowserReadsIt } from './url-safety.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export interface SiteIndex {
  /** `locale/slug` of every article. */
  has(localeFolder: string, slug: string): boolean;
  sourceLocale: string;
  /** Root-relative prefixes that mean "the docs root" in legacy content, lowercase: `/alchemyinsights/`. */
  docRoots: readonly string[];
  /** Ids of the short links this site registers (content/fwlinks.yml). */
  shortLinkIds: ReadonlySet<string>;
}

export function createSiteIndex(
  keys: Iterable<string>,
  sourceLocale: string,
  shortLinkIds: ReadonlySet<string> = new Set(),
  docRoots: readonly string[] = ['/alchemyinsights/'],
): SiteIndex & { keys: Set<string> } {
  const set = new Set(keys);
  return { keys: set, sourceLocale, docRoots, shortLinkIds, has: (locale, slug) => set.has(`${locale}/${slug}`) };
}

export function resolveLink(href: string, fromPath: string, index: SiteIndex): ResolvedLink {
  // Only what a browser strips (ASCII spaces and controls): a JavaScript trim() would also remove
  // U+00A0 or U+3000 and turn "\u00A0javascript:" into a live script link.
  const trimmed = asBrowserReadsIt(href);
  if (trimmed.startsWith('#')) return { kind: 'fragment', fragment: safeDecode(trimmed.slice(1)) };
  const fromLocale = fromPath.split('/')[0] ?? '';
  const fwlink = parseFwlink(trimmed);
  if (fwlink) {
    if ('malformed' in fwlink) return { kind: 'short-link', href: trimmed, id: undefined, registered: false, malformed: fwlink.malformed };
    const registered = index.shortLinkIds.has(fwlink.id);
    return { kind: 'short-link', href: registered ? shortLinkPath(fwlink.id, fromLocale) : trimmed, id: fwlink.id, registered, malformed: undefined };
  }
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external', href: trimmed };

  const hashAt = trimmed.indexOf('#');
  const pathPart = safeDecode((hashAt === -1 ? trimmed : trimmed.slice(0, hashAt)).replace(/\?.*$/, ''));
  const fragment = hashAt === -1 ? undefined : safeDecode(trimmed.slice(hashAt + 1));

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
  // Not translated yet: the locale's fallback page shows the source article, with a notice.
  if (index.has(index.sourceLocale, slug)) {
    return { kind: 'article', href: articleUrl(locale, slug) + suffix, target, fragment, found: true, otherLocale };
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
