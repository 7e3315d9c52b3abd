/**
 * What the render plugins share through `file.data`: the article being rendered, how to resolve its links,
 * and what they collect (headings, ids, links, excerpt, problems). Collect now, check later: cross-file
 * checks (links, anchors) run once every article is known.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { JobPartial } from '../includes.ts';

export interface RenderContext {
  /** Locale folder of the article: `nl-nl`. */
  locale: string;
  /** Path inside the content folder: `nl-nl/declined-credit-card.md`. */
  path: string;
  /**
   * Turns an href found in the article into the site URL it should point to; `from` is the logical path of
   * the partial the href is written in (`nl-nl/includes/part.md`), when it is not the article's own.
   */
  resolveLink: (href: string, from?: string) => ResolvedLink;
  /** Title of another article, by content path (`nl-nl/payment-past-due.md`), for links without text. */
  titleOf?: (contentPath: string) => string | undefined;
  /**
   * A file of the content folder (an image), matched case-insensitively: its real content path and, when it
   * may not be published (publish-policy.ts), why. Undefined when there is no such file.
   */
  findFile?: (contentPath: string) => FoundFile | undefined;
  /** UI text in the article's language (alert labels, "link to this section"). */
  label?: (key: RenderLabel) => string;
  /** The locale partials fall back to (`en-us`). */
  sourceLocale?: string;
  /** The partials this article may include (src/pipeline/includes.ts), by lowercased logical path. */
  partials?: ReadonlyMap<string, JobPartial>;
  /** For include paths that lead to no partial: the closest existing one. */
  nearPartials?: ReadonlyMap<string, string>;
}

export interface FoundFile {
  path: string;
  refused: string | undefined;
}

export type RenderLabel = 'alertNote' | 'alertTip' | 'alertImportant' | 'alertWarning' | 'alertCaution' | 'linkToSection' | 'playVideo' | 'onThisPage';

/** What rendering did to the author's text, counted for the corpus report. */
export interface RenderStats {
  legacyAnchors: number;
  placeholders: number;
  alerts: number;
  videos: number;
  emptyLinksRepaired: number;
  removed: number;
  missingImages: number;
}

export type ResolvedLink =
  | { kind: 'fragment'; fragment: string }
  | { kind: 'external'; href: string }
  /** Another article of this site (or this one); `found` is false when no such file exists. */
  | { kind: 'article'; href: string; target: string; fragment: string | undefined; found: boolean; otherLocale: boolean }
  /** A Microsoft short link (go.microsoft.com/fwlink); registered ones point at this site's own short link. */
  | { kind: 'short-link'; href: string; id: string | undefined; registered: boolean; malformed: string | undefined }
  | { kind: 'other'; href: string };

export interface CollectedHeading {
  depth: number;
  id: string;
  text: string;
}

export interface CollectedLink {
  /** The href as the author wrote it. */
  original: string;
  /** The href on the built page. */
  href: string;
  kind: ResolvedLink['kind'];
  /** For site links: content path of the target (`nl-nl/payment-past-due.md`) and fragment. */
  target?: string | undefined;
  fragment?: string | undefined;
  found?: boolean | undefined;
  /** For Microsoft short links: the linkid. */
  shortLinkId?: string | undefined;
  text: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Where the link ends in the source (0-based offset), to spot a link glued to the next word. */
  endOffset?: number | undefined;
  /** The partial the link is written in (its content path), when it is not the article's own text; line, column and offset are the partial's. */
  source?: string | undefined;
}

export interface Collected {
  headings: CollectedHeading[];
  /** Every id on the page, in document order. */
  ids: string[];
  /** Names of docfx legacy anchors (`<a name="…">`): chosen by authors, the same in every locale. */
  anchors: string[];
  links: CollectedLink[];
  /** Content paths of the pictures this article shows: the files the build publishes. */
  assets: string[];
  excerpt: string;
  hasH1: boolean;
  stats: RenderStats;
  diagnostics: RenderDiagnostic[];
}

/** A problem found while rendering: in the article, or (with `source`, the partial's content path) in a partial it includes. */
export type RenderDiagnostic = Omit<Diagnostic, 'file'> & { source?: string };

/** A message from ../messages.ts as a render diagnostic: the pipeline adds the file once rendering is done. */
export function rendered(diagnostic: Diagnostic): RenderDiagnostic {
  const { file: _file, ...rest } = diagnostic;
  return rest;
}

declare module 'vfile' {
  interface DataMap {
    context: RenderContext;
    collected: Collected;
  }
}

/** English labels for rendering without a locale (tests, scripts). */
export const ENGLISH_LABELS: Record<RenderLabel, string> = {
  alertNote: 'Note',
  alertTip: 'Tip',
  alertImportant: 'Important',
  alertWarning: 'Warning',
  alertCaution: 'Caution',
  linkToSection: 'Link to this section',
  playVideo: 'Play video',
  onThisPage: 'On this page',
};

export function label(data: { context?: RenderContext }, key: RenderLabel): string {
  return data.context?.label?.(key) ?? ENGLISH_LABELS[key];
}

/** Where a node starts in the author's file, for diagnostics. */
export function at(node: { position?: { start: { line: number; column: number } } | undefined }): { line?: number; column?: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** Nothing collected yet: the start of every render, and all a shard knows of articles it does not render. */
export function emptyCollected(): Collected {
  return {
    headings: [],
    ids: [],
    anchors: [],
    links: [],
    assets: [],
    excerpt: '',
    hasH1: false,
    stats: { legacyAnchors: 0, placeholders: 0, alerts: 0, videos: 0, emptyLinksRepaired: 0, removed: 0, missingImages: 0 },
    diagnostics: [],
  };
}

export function collected(data: { collected?: Collected }): Collected {
  data.collected ??= emptyCollected();
  return data.collected;
}
