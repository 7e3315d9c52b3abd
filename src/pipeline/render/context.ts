/**
 * What the render plugins share through `file.data`: the article being rendered, how to resolve its links,
 * and what they collect (headings, ids, links, excerpt, problems). Collect now, check later: cross-file
 * checks (links, anchors) run once every article is known.
 */
import type { Diagnostic } from '../diagnostics.ts';

export interface RenderContext {
  /** Locale folder of the article: `nl-nl`. */
  locale: string;
  /** Path inside the content folder: `nl-nl/declined-credit-card.md`. */
  path: string;
  /** Turns an href found in the article into the site URL it should point to. */
  resolveLink: (href: string) => ResolvedLink;
}

export type ResolvedLink =
  | { kind: 'fragment'; fragment: string }
  | { kind: 'external'; href: string }
  /** Another article of this site (or this one); `found` is false when no such file exists. */
  | { kind: 'article'; href: string; target: string; fragment: string | undefined; found: boolean; otherLocale: boolean }
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
  text: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface Collected {
  headings: CollectedHeading[];
  /** Every id on the page, in document order. */
  ids: string[];
  links: CollectedLink[];
  excerpt: string;
  hasH1: boolean;
  diagnostics: Omit<Diagnostic, 'file'>[];
}

declare module 'vfile' {
  interface DataMap {
    context: RenderContext;
    collected: Collected;
  }
}

export function collected(data: { collected?: Collected }): Collected {
  data.collected ??= { headings: [], ids: [], links: [], excerpt: '', hasH1: false, diagnostics: [] };
  return data.collected;
}
