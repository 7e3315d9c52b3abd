/**
 * The pipeline's cache, kept between builds so a rebuild after one article changed reads and renders one
 * article:
 * - rendered HTML, keyed by content hash and the set of articles (see render-plan.ts);
 * - typed front matter, keyed by locale and content hash (YAML and schema checks were a third of a
 *   rebuild's reading time).
 *
 * One facts file per locale folder (`help-pipeline-cache/nl-nl.v8`: front matter, what rendering collected)
 * and one HTML file beside it (render-cache-html.ts): a change in one locale rewrites that locale's files
 * only, and a run that used exactly what it found writes nothing. Entries a run did not use are pruned.
 * The files are V8's serialization (node:v8): twice as fast as JSON here.
 *
 * A build sets each locale aside (LoadOptions.setAside): `getFacts` reads no HTML, `finishLocale` writes a
 * locale's files as soon as the locale is rendered and lets go of them, and `readHtml` reads one locale's
 * HTML back, so no more than a locale's HTML is ever held. Other callers `get` renders whole.
 *
 * The writer tools read the build's cache without its HTML (`facts`) or its renders (`reads`): at 108,000
 * articles the HTML alone is 170 MB they never show. Such a cache is read-only: it records nothing and is
 * never saved.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedRead, RenderCache } from './loaded-content.ts';
import { htmlFileThere, pruneHtmlFiles, readHtmlFile, writeHtmlFile, type HtmlFileRef } from './render-cache-html.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

/** The cache's folder inside Astro's cache folder. */
export function renderCachePath(cacheDir: string): string {
  return join(cacheDir, 'help-pipeline-cache');
}

export interface FileRenderCache extends Required<RenderCache> {
  /** Writes what this run used, once, at its end; after it, `readHtml` still reads each locale's HTML. */
  save(): void;
  /**
   * `astro dev`: writes the front matter this load read and keeps every render as the last run left it
   * (dev renders on request, so `save` would drop a build's renders). May be called after every load.
   */
  saveReads(): void;
  hits: number;
  misses: number;
}

/** Bump when the files' layout changes: older files are not read (their articles render again, once). */
const LAYOUT = 3;

/** What only the writer tools check of a render: links, headings and legacy anchors. */
type ToolFacts = Pick<RenderedMarkdown, 'links' | 'headings' | 'anchors'>;

/**
 * A render as its facts file keeps it: without its HTML (in the part's HTML file), and with the tools'
 * facts as one JSON string. A build never looks at those (`getFacts`), and at 110,000 articles reading
 * them back as objects was a third of reading the cache, and most of its garbage.
 */
type StoredRender = Omit<RenderedMarkdown, keyof ToolFacts | 'html'> & { tools: string };

function stored({ html: _html, links, headings, anchors, ...rest }: RenderedMarkdown): StoredRender {
  return { ...rest, tools: JSON.stringify({ links, headings, anchors } satisfies ToolFacts) };
}

function whole({ tools, ...rest }: StoredRender, html: string): RenderedMarkdown {
  return { ...rest, ...(JSON.parse(tools) as ToolFacts), html };
}

/** A facts file. */
interface Part {
  layout: typeof LAYOUT;
  renders: Map<string, StoredRender>;
  reads: Map<string, CachedRead>;
  html: HtmlFileRef | undefined;
}

/** What this run used of a part, and the HTML it holds in memory (renders set whole, or got whole). */
interface Used {
  renders: Map<string, StoredRender>;
  reads: Map<string, CachedRead>;
  html: Map<string, string>;
  /** The HTML file `finishLocale` wrote in this run. */
  written: HtmlFileRef | undefined;
}

/**
 * What a reader keeps of the cache: everything (the build, which saves it), the renders without their HTML
 * (the link check and l10n:check, which check what rendering collected), or the typed front matter only
 * (l10n:status).
 */
export type CacheUse = 'all' | 'facts' | 'reads';

/**
 * Keys start with what decides their file: reads with `<locale>:`, renders with `<site key>:<locale>/…`.
 * Anything else (a file outside a locale folder) shares one file.
 */
function partOf(key: string, kind: 'renders' | 'reads'): string {
  const rest = kind === 'reads' ? key : key.slice(key.indexOf(':') + 1);
  const name = /^[a-z0-9-]+(?=[:/])/.exec(rest)?.[0];
  return name ?? '_';
}

function readPart(folder: string, file: string, use: CacheUse): Part | undefined {
  try {
    const part = deserialize(readFileSync(join(folder, file))) as Part;
    if (part.layout !== LAYOUT || !(part.renders instanceof Map && part.reads instanceof Map)) return undefined;
    // Dropped part by part: l10n:status needs the front matter only.
    if (use === 'reads') return { ...part, renders: new Map(), html: undefined };
    // An HTML file gone or cut short: the front matter is still good, the renders are not.
    if (part.renders.size > 0 && !(part.html && htmlFileThere(folder, part.html))) return { ...part, renders: new Map(), html: undefined };
    return part;
  } catch {
    // An unreadable part: its articles are read and rendered again, it only costs time.
    return undefined;
  }
}

export function openRenderCache(folder: string, use: CacheUse = 'all'): FileRenderCache {
  const previous = new Map<string, Part>();
  const readOnly = use !== 'all';
  let files: string[] = [];
  try {
    files = readdirSync(folder);
  } catch {
    // No cache yet.
  }
  for (const file of files) {
    if (!file.endsWith('.v8') || file.endsWith('.html.v8')) continue;
    const part = readPart(folder, file, use);
    if (part) previous.set(file.slice(0, -3), part);
  }
  /** The last run's HTML of a part, read once when renders are got whole (null: unreadable). */
  const previousHtml = new Map<string, Map<string, string> | null>();
  const htmlBefore = (name: string) => {
    if (!previousHtml.has(name)) {
      const ref = previous.get(name)?.html;
      previousHtml.set(name, (ref && readHtmlFile(folder, ref)) ?? null);
    }
    return previousHtml.get(name) ?? undefined;
  };
  /** Each part's HTML file as it is now: the last run's, until this run writes its own. */
  const htmlRefs = new Map([...previous].flatMap(([name, part]) => (part.html ? [[name, part.html] as const] : [])));
  const used = new Map<string, Used>();
  const changed = new Set<string>();
  /** Locales whose files were written when they were complete (finishLocale). */
  const finished = new Set<string>();
  let saved = false;
  const usedPart = (name: string) => {
    let part = used.get(name);
    if (!part) used.set(name, (part = { renders: new Map(), reads: new Map(), html: new Map(), written: undefined }));
    return part;
  };
  const count = <T>(value: T | undefined): T | undefined => {
    if (value) cache.hits++;
    else cache.misses++;
    return value;
  };
  const cache: FileRenderCache = {
    hits: 0,
    misses: 0,
    get(key) {
      const name = partOf(key, 'renders');
      const facts = previous.get(name)?.renders.get(key);
      // The tools check what rendering collected: the HTML file is never read for them.
      if (use === 'facts') return count(facts && whole(facts, ''));
      const html = facts && htmlBefore(name)?.get(key);
      if (!facts || html === undefined) return count(undefined);
      const part = usedPart(name);
      part.renders.set(key, facts);
      part.html.set(key, html);
      return count(whole(facts, html));
    },
    getFacts(key) {
      const name = partOf(key, 'renders');
      const facts = previous.get(name)?.renders.get(key);
      if (facts && !readOnly) usedPart(name).renders.set(key, facts);
      if (!facts) return count(undefined);
      // Without the tools' facts, which stay in the file as they are (the build lets them go at once).
      const { tools: _tools, ...rest } = facts;
      return count({ ...rest, links: [], headings: [], anchors: [], html: '' });
    },
    set(key, rendered) {
      // A read-only cache keeps nothing new: the tools' renders would otherwise all stay in memory.
      if (readOnly) return;
      const name = partOf(key, 'renders');
      changed.add(name);
      const part = usedPart(name);
      part.renders.set(key, stored(rendered));
      part.html.set(key, rendered.html);
    },
    setFacts(key, rendered) {
      if (readOnly) return;
      const name = partOf(key, 'renders');
      changed.add(name);
      usedPart(name).renders.set(key, stored(rendered));
    },
    finishLocale(locale, html) {
      if (readOnly) return;
      mkdirSync(folder, { recursive: true });
      const part = usedPart(locale);
      if (html) {
        part.written = writeHtmlFile(folder, locale, html);
        htmlRefs.set(locale, part.written);
        changed.add(locale);
      }
      savePart(locale);
      // Nothing of the locale changes after this; what it is read for now is its HTML (htmlRefs).
      finished.add(locale);
      previous.delete(locale);
      previousHtml.delete(locale);
      part.renders = new Map();
      part.reads = new Map();
    },
    readHtml(locale) {
      const ref = htmlRefs.get(locale);
      const out = (ref && readHtmlFile(folder, ref)) ?? new Map<string, string>();
      for (const [key, html] of used.get(locale)?.html ?? []) out.set(key, html);
      return out;
    },
    getRead(key) {
      const name = partOf(key, 'reads');
      const value = previous.get(name)?.reads.get(key);
      if (value && !readOnly) usedPart(name).reads.set(key, value);
      return value;
    },
    setRead(key, value) {
      if (readOnly) return;
      const name = partOf(key, 'reads');
      changed.add(name);
      usedPart(name).reads.set(key, value);
    },
    save() {
      if (readOnly) throw new Error(`the render cache in ${folder} was opened for ${use} only; saving it would lose what it dropped`);
      // Once, at the end of a run: it lets go of the last run's facts.
      if (saved) return;
      saved = true;
      mkdirSync(folder, { recursive: true });
      for (const name of new Set([...previous.keys(), ...used.keys()])) if (!finished.has(name)) savePart(name);
      pruneHtmlFiles(folder, new Set([...htmlRefs.values()].map((ref) => ref.file)));
      // What is read after this is HTML (readHtml, for the page writer): the facts can go.
      previous.clear();
      previousHtml.clear();
      for (const part of used.values()) {
        part.renders = new Map();
        part.reads = new Map();
      }
    },
    saveReads() {
      if (readOnly) throw new Error(`the render cache in ${folder} was opened for ${use} only; saving it would lose what it dropped`);
      mkdirSync(folder, { recursive: true });
      for (const name of new Set([...previous.keys(), ...used.keys()])) {
        const before = previous.get(name);
        const reads = used.get(name)?.reads ?? new Map<string, CachedRead>();
        if (before && !changed.has(name) && before.reads.size === reads.size) continue;
        const part: Part = { layout: LAYOUT, renders: before?.renders ?? new Map(), reads, html: before?.html };
        writePart(name, part);
        previous.set(name, part);
      }
      // The next load (a saved file) starts again from what was just written.
      changed.clear();
      used.clear();
    },
  };

  /** Writes a part's facts file (and HTML file) when this run changed it, or deletes it when unused. */
  function savePart(name: string) {
    const before = previous.get(name);
    const now = used.get(name);
    const file = join(folder, `${name}.v8`);
    if (!now) {
      rmSync(file, { force: true });
      htmlRefs.delete(name);
      return;
    }
    const same = !changed.has(name) && before && before.renders.size === now.renders.size && before.reads.size === now.reads.size;
    if (same) return;
    const html = htmlOf(name, now, before);
    if (html) htmlRefs.set(name, html);
    else htmlRefs.delete(name);
    writePart(name, { layout: LAYOUT, renders: now.renders, reads: now.reads, html });
  }

  function writePart(name: string, part: Part) {
    const file = join(folder, `${name}.v8`);
    // Written aside, then renamed: a build stopped halfway never leaves a torn file.
    writeFileSync(`${file}.tmp`, serialize(part));
    renameSync(`${file}.tmp`, file);
  }

  /**
   * The HTML file a part's new facts file names: the one written in this run, the last one when every
   * render came from it (it may hold more, never less), or a new one from what is in memory and on disk.
   */
  function htmlOf(name: string, now: Used, before: Part | undefined): HtmlFileRef | undefined {
    if (now.renders.size === 0) return undefined;
    if (now.written) return now.written;
    if (now.html.size === 0 && before?.html) return before.html;
    const onDisk = now.html.size < now.renders.size ? htmlBefore(name) : undefined;
    const html = new Map<string, string>();
    for (const key of now.renders.keys()) {
      const value = now.html.get(key) ?? onDisk?.get(key);
      if (value === undefined) now.renders.delete(key); // never facts without their HTML
      else html.set(key, value);
    }
    return writeHtmlFile(folder, name, html);
  }
  return cache;
}
