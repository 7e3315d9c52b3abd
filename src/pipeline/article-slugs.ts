/**
 * Which URL each article gets, and who may not have it. Every URL is known before anything is rendered, so
 * links resolve against the whole site while each article renders on its own.
 *
 *   nl-nl/Declined Credit Card.md          → /nl-nl/declined-credit-card/ (slug.ts)
 *   nl-nl/‍.md                             → no letters or digits: no URL of its own
 *   nl-nl/search.md                        → the locale's search page: taken
 *   nl-nl/a.md and nl-nl/A.md              → one URL for two files: both refused
 *   nl-nl/card.png next to nl-nl/card.png.md → a picture where a page is written: refused
 */
import { reject, type ContentRecord } from './content-record.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LocaleInfo } from './locales.ts';
import { messages } from './messages.ts';
import { SITE_PAGES } from './site-pages.ts';
import { articleUrl, slugFromPath } from './slug.ts';

/** What these checks need of an article. */
export interface Slugged {
  file: { path: string };
  locale: LocaleInfo;
  slug: string;
  /** The file as messages show it. */
  display: string;
}

/** The slug of an article file, or why it cannot have one of its own. */
export function articleSlug(path: string, locale: LocaleInfo, display: string): { ok: true; slug: string } | { ok: false; diagnostic: Diagnostic } {
  const slug = slugFromPath(path.slice(locale.folder.length + 1));
  // `'.md` or `nl-nl/‍.md` slugify to nothing: the page would be written over the locale's home.
  if (slug === '') return { ok: false, diagnostic: messages.slugEmpty({ file: display }) };
  if (SITE_PAGES.has(slug)) return { ok: false, diagnostic: messages.slugTaken({ file: display }, articleUrl(locale.folder, slug)) };
  return { ok: true, slug };
}

/** Two files, one URL: report both, publish neither (which one wins would be an accident of file order). */
export function refuseSlugCollisions<A extends Slugged>(articles: A[], record: ContentRecord): A[] {
  const bySlug = new Map<string, A[]>();
  for (const a of articles) bySlug.set(`${a.locale.folder}/${a.slug}`, [...(bySlug.get(`${a.locale.folder}/${a.slug}`) ?? []), a]);
  return articles.filter((a) => {
    const group = bySlug.get(`${a.locale.folder}/${a.slug}`) ?? [];
    if (group.length === 1) return true;
    const others = group.filter((o) => o !== a).map((o) => o.display).join(', ');
    reject(record, record.manifest.get(a.file.path)!, [messages.slugCollision({ file: a.display }, articleUrl(a.locale.folder, a.slug), others)]);
    return false;
  });
}

/**
 * A picture may not take the place of a page: `nl-nl/card.png` next to `nl-nl/card.png.md` (page folder
 * `/nl-nl/card.png/`), or of the fallback page a source article gets in every locale. Both are named.
 */
export function refuseCollidingPictures(pictures: string[], articles: Slugged[], sourceLocale: string, record: ContentRecord): void {
  if (pictures.length === 0) return;
  const pages = new Map<string, string>();
  for (const a of articles) pages.set(`${a.locale.folder}/${a.slug}`, a.display);
  for (const slug of SITE_PAGES) pages.set(`*/${slug}`, `the site's ${slug} page`);
  for (const picture of pictures) {
    const lower = picture.toLowerCase();
    const [locale = '', ...rest] = lower.split('/');
    const owner = pages.get(lower) ?? pages.get(`*/${rest.join('/')}`) ?? pages.get(`${sourceLocale}/${rest.join('/')}`);
    if (owner === undefined) continue;
    const diagnostic = messages.assetCollision({ file: record.show(picture) }, `/${locale}/${rest.join('/')}/`, owner);
    const entry = record.manifest.get(picture)!;
    delete entry.url;
    reject(record, entry, [diagnostic]);
  }
}
