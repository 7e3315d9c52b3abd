/**
 * The parts of an article page that differ from article to article: head tags, the language picker and
 * the main column. `ArticleShell.astro` lays them out; in a build the shell is rendered once per locale and
 * these parts are stamped into it (stamp-article-page.ts), so 12,000 pages cost 12,000 string joins
 * instead of 12,000 Astro renders.
 *
 * Everything comes from the article itself (translations were linked once by the pipeline): constant work
 * per page. Search sees only real articles (`data-pagefind-body`): a fallback page puts no source-language
 * text into the reader's locale's index. Fallbacks are canonical to the source and have no hreflang
 * alternates.
 */
import type { ArticleShown } from '../pipeline/article-schema.ts';
import { describeLocale, languageName, type LocaleInfo } from '../pipeline/locales.ts';
import { absolute, alternatePages, canonicalFor, type PageRef } from '../pipeline/seo.ts';
import { fill } from '../i18n/fill.ts';
import { formatDate } from '../i18n/format-date.ts';
import { messageHtml } from '../i18n/message-html.ts';
import { t, type TextKey } from '../i18n/ui-strings.ts';
import { escapeAttr, escapeText, scriptString } from './html-escape.ts';

export interface ArticleParts {
  /** The reader's locale folder, tag and direction (a fallback page's reader is not the article's). */
  locale: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Tags after `<title>`: description, robots, canonical, alternates, the "always original" redirect. */
  head: string;
  /** The header's language picker (empty when the article exists in one locale only). */
  picker: string;
  /** Everything inside `<main>`. */
  main: string;
}

interface Link {
  locale: string;
  tag: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
  url: string;
}

export interface PartsOptions {
  site: string;
  sourceLocale: string;
}

export type MakeParts = (a: ArticleShown, html: string, fallbackFor?: LocaleInfo | undefined) => ArticleParts;

/**
 * Makes each page's parts. A translation's link object is shared by every list it is in
 * (link-translations.ts), so its picker item and its hreflang tag are made once and kept with it: at 36
 * locales a page lists 35 translations twice and has 36 alternates, and making them again for every page was
 * a quarter of the page writer's time.
 */
export function articlePartsMaker({ site, sourceLocale }: PartsOptions): MakeParts {
  // Maps, not WeakMaps, and flat strings: the links live as long as the build's articles anyway, and joining
  // 35 kept template strings (ropes) per page took longer than making them had.
  const items = new Map<Link, string>();
  const alternateTags = new Map<PageRef, string>();
  const itemOf = (link: Link) => {
    let item = items.get(link);
    if (item === undefined) items.set(link, (item = flat(linkItem(link))));
    return item;
  };
  const alternateTag = (hreflang: string, href: string) => `<link rel="alternate" hreflang="${escapeAttr(hreflang)}" href="${escapeAttr(absolute(site, href))}">`;
  const alternateOf = (hreflang: string, page: PageRef, own: PageRef) => {
    // The page's own entry and x-default are made here; every other one is a shared link object.
    if (page === own || hreflang === 'x-default') return alternateTag(hreflang, page.url);
    let tag = alternateTags.get(page);
    if (tag === undefined) alternateTags.set(page, (tag = flat(alternateTag(hreflang, page.url))));
    return tag;
  };
  return (a, html, fallbackFor) => {
    const reader = fallbackFor ? { locale: fallbackFor.folder, lang: fallbackFor.tag, dir: fallbackFor.dir } : { locale: a.locale, lang: a.lang, dir: a.dir };
    const ui = (key: TextKey) => t(reader.locale, key);
    const source = a.locale === sourceLocale ? undefined : a.translations.find((tr) => tr.locale === sourceLocale);
    // On a fallback page the picker offers the source itself and its real translations.
    const shown: Link | undefined = fallbackFor && { locale: a.locale, tag: a.lang, nativeName: nativeName(a.locale), dir: a.dir, url: a.url };
    const picker: Link[] = shown ? [shown, ...a.translations] : a.translations;
    const others = picker.filter((tr) => tr.locale !== reader.locale);
    // "Always show me the original": only where an original exists, so no reader is ever sent to a missing page.
    const original = !fallbackFor && a.translationType === 'MT' && source ? source : undefined;

    const robots = [a.noindex && 'noindex', a.nofollow && 'nofollow'].filter(Boolean).join(', ');
    const canonical = canonicalFor(fallbackFor ? { url: `/${fallbackFor.folder}/${a.slug}/` } : a, site, fallbackFor ? a : undefined);
    const own: PageRef = { locale: a.locale, tag: a.lang, url: a.url };
    const alternates = fallbackFor ? [] : alternatePages(own, a.translations, sourceLocale).map(({ hreflang, page }) => alternateOf(hreflang, page, own));
    const head = [
      a.excerpt && `<meta name="description" content="${escapeAttr(a.excerpt)}">`,
      robots && `<meta name="robots" content="${robots}">`,
      `<link rel="canonical" href="${escapeAttr(canonical)}">`,
      ...alternates,
      original && `<script>try{if(localStorage.getItem('help.original')==='1')location.replace(${scriptString(original.url)}+location.hash)}catch(e){}</script>`,
    ];

    // Values in messages sit in <bdi> (message-html.ts): a date or a language name keeps its place in any direction.
    const notices = [
      fallbackFor &&
        `<p class="notice" role="note"><span>${messageHtml(ui('fallbackNotice'), {
          language: languageName(fallbackFor.language, fallbackFor.tag),
          source: languageName(a.lang.split('-')[0]!, fallbackFor.tag),
        })}</span></p>`,
      original &&
        `<p class="notice" role="note">${escapeText(ui('machineTranslated'))} ${originalLink(original, ui('readOriginal'))} <button type="button" data-original="${escapeAttr(original.url)}">${escapeText(ui('alwaysOriginal'))}</button></p>`,
      a.sourceChangedOn && source && `<p class="notice outdated" role="note">${messageHtml(ui('outdatedNotice'), { date: formatDate(a.sourceChangedOn, reader.lang) })} ${originalLink(source, ui('readOriginal'))}</p>`,
      a.locale === sourceLocale && !fallbackFor && a.translations.length > 0 && `<p id="showing-originals" class="notice" role="status" hidden>${escapeText(ui('showingOriginals'))} <button type="button">${escapeText(ui('showTranslations'))}</button></p>`,
    ];
    const h1 = a.hasH1 ? '' : `<h1>${escapeText(a.title)}</h1>`;
    const article = fallbackFor ? `<article lang="${escapeAttr(a.lang)}" dir="${a.dir}">${h1}${html}</article>` : `<article data-pagefind-body>${h1}${html}</article>`;
    // The click-to-play script ships only with pages that have a video.
    const video = html.includes('class="video-link"') ? '<script src="/video-embed.js" defer></script>' : '';
    const updated = a.date ?? a.lastHandoff;
    const meta = updated ? `<p class="meta">${messageHtml(ui('lastUpdated'), { date: { html: `<time datetime="${escapeAttr(updated)}">${escapeText(formatDate(updated, reader.lang))}</time>` } })}</p>` : '';
    // The picker and the list at the end hold the same links.
    // Only shared links are kept: the shown article's link made above is new for each fallback page, and keeping it
    // would keep one entry per fallback page until the build ends.
    const list = others.length > 0 ? `<ul>${others.map((link) => (link === shown ? linkItem(link) : itemOf(link))).join('')}</ul>` : '';
    const languages = list && `<nav class="languages" aria-label="${escapeAttr(ui('otherLanguages'))}"><h2>${escapeText(ui('otherLanguages'))}</h2>${list}</nav>`;

    return {
      ...reader,
      title: a.title,
      head: head.filter(Boolean).join(''),
      picker:
        others.length > 0
          ? `<details class="locale-picker"><summary aria-label="${escapeAttr(fill(ui('languagePicker'), { language: nativeName(reader.locale) }))}">${escapeText(nativeName(reader.locale))}</summary>${list}</details>`
          : '',
      main: `${notices.filter(Boolean).join('')}${article}${video}${meta}${languages}`,
    };
  };
}

/** One page's parts (`astro dev` renders one page per request). */
export function articleParts(a: ArticleShown, html: string, options: PartsOptions & { fallbackFor?: LocaleInfo | undefined }): ArticleParts {
  return articlePartsMaker(options)(a, html, options.fallbackFor);
}

/** The same text as one flat string (a join of two parts always makes one), not a tree of joined pieces. */
function flat(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

function nativeName(folder: string): string {
  const info = describeLocale(folder);
  return info.ok ? info.locale.nativeName : folder;
}

function originalLink(source: { url: string; tag: string }, text: string): string {
  return `<a href="${escapeAttr(source.url)}" hreflang="${escapeAttr(source.tag)}" lang="${escapeAttr(source.tag)}">${escapeText(text)}</a>`;
}

/** Another locale's page; each link keeps the reader's section (see reader-prefs.ts). */
function linkItem(tr: Link): string {
  return `<li><a href="${escapeAttr(tr.url)}" hreflang="${escapeAttr(tr.tag)}" lang="${escapeAttr(tr.tag)}" dir="${tr.dir}" data-locale="${escapeAttr(tr.locale)}">${escapeText(tr.nativeName)}</a></li>`;
}
