/**
 * A corpus of N locales made from the real ones, for `npm run bench -- --scale N`: the real locale folders
 * under their own tags, then copies of them under the other tags Microsoft 365 help is published in, each
 * copy's `ms.contentlocale` set to its new tag (the build refuses an article whose tag is not its folder's).
 *
 *   --scale 4  → ar-sa, de-de, ja-jp, nl-nl (the shared corpus: the first corpus folder's locales come first)
 *   --scale 36 → those, he-il and th-th, then 30 copies: ko-kr, zh-cn, zh-tw from ja-jp; bg-bg from nl-nl, …
 *
 * A copy stands in for a locale of its own kind where the real corpus has one: right-to-left from a
 * right-to-left locale, Chinese and Korean from Japanese, and never a spaced language from Thai (search and
 * the "glued link" rule treat text without spaces between words differently). `indexable` drops the
 * `ROBOTS: NOINDEX` line the Alchemy articles carry, so the sitemap lists every page.
 *
 * The source locale, en-us, is there as in the project's content/: the shared corpus has no English, so
 * de-de (which has every article any real locale has) stands in, its translation fields dropped. Each
 * translation's `ms.openlocfilehash` is set to that source's blob hash, except every tenth article's (in
 * path order), which keeps its old hash: outdated, as some always are. l10n:status and l10n:check then do
 * the work they do on a real site (every article has a source; some are missing or outdated).
 *
 * Does not: invent text; every article is a real one.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gitBlobHash } from '../../../src/pipeline/git-blob-hash.ts';
import { describeLocale } from '../../../src/pipeline/locales.ts';
import { filesUnder } from '../../../src/pipeline/walk-files.ts';

/** The 36 locales Microsoft 365 help is published in, as locale folders. */
export const MICROSOFT_LOCALES = [
  'ar-sa', 'bg-bg', 'cs-cz', 'da-dk', 'de-de', 'el-gr', 'es-es', 'et-ee', 'fi-fi', 'fr-fr', 'he-il', 'hr-hr',
  'hu-hu', 'id-id', 'it-it', 'ja-jp', 'ko-kr', 'lt-lt', 'lv-lv', 'nb-no', 'nl-nl', 'pl-pl', 'pt-br', 'pt-pt',
  'ro-ro', 'ru-ru', 'sk-sk', 'sl-si', 'sr-latn-rs', 'sv-se', 'th-th', 'tr-tr', 'uk-ua', 'vi-vn', 'zh-cn', 'zh-tw',
] as const;

/** The source locale the project's content has, and the real locale that stands in for it. */
export const SOURCE = { folder: 'en-us', tag: 'en-US', from: 'de-de' } as const;

/** Front matter a translation has and a source does not (the handoff to and from translators). */
const TRANSLATION_FIELDS = /^(ms\.openlocfilehash|ms\.sourcegitcommit|ms\.translationtype|ms\.lasthandoff|ms\.locfileid):.*\r?\n/gm;

/** What a copy must share with its real locale: direction, and how words are (not) separated. */
type Kind = 'rtl' | 'cjk' | 'unspaced' | 'spaced';

const CJK = new Set(['ja', 'zh', 'ko']);
/** Written without spaces between words, but not CJK (Thai): never a stand-in for a spaced language. */
const UNSPACED = new Set(['th', 'lo', 'km', 'my']);

function kindOf(folder: string): Kind {
  const info = describeLocale(folder);
  if (!info.ok) throw new Error(`${folder} is not a locale: ${info.reason}`);
  if (info.locale.dir === 'rtl') return 'rtl';
  if (CJK.has(info.locale.language)) return 'cjk';
  return UNSPACED.has(info.locale.language) ? 'unspaced' : 'spaced';
}

export interface ScaleLocale {
  /** The locale folder written: `zh-cn`. */
  folder: string;
  /** The real locale folder it is made from (itself for a real one): `ja-jp`. */
  from: string;
}

/**
 * Which locales a corpus of `count` has, and what each is made from. `real` lists the real locale folders in
 * the order they should come first; those that are not Microsoft locales are not used.
 */
export function planScaleCorpus(real: readonly string[], count: number): ScaleLocale[] {
  const usable = real.filter((r) => (MICROSOFT_LOCALES as readonly string[]).includes(r));
  if (usable.length === 0) throw new Error(`none of the corpus folders (${real.join(', ')}) is one of the 36 Microsoft locales`);
  if (!Number.isInteger(count) || count < 1 || count > MICROSOFT_LOCALES.length) throw new Error(`--scale ${count}: give a number of locales from 1 to ${MICROSOFT_LOCALES.length}`);
  const chosen: ScaleLocale[] = usable.slice(0, count).map((folder) => ({ folder, from: folder }));
  const copies = MICROSOFT_LOCALES.filter((l) => !usable.includes(l)).slice(0, count - chosen.length);
  // Round-robin within a kind, so copies spread over the real locales (ar-sa, he-il, ar-sa, …).
  const used = new Map<string, number>();
  for (const folder of copies) {
    const kind = kindOf(folder);
    // Not the source's stand-in where another will do: a copy of it would be its source word for word, and
    // l10n:check would find every title untranslated.
    const of = (k: Kind) => {
      const all = usable.filter((r) => kindOf(r) === k);
      return all.some((r) => r !== SOURCE.from) ? all.filter((r) => r !== SOURCE.from) : all;
    };
    const pool = [of(kind), of('spaced'), usable].find((p) => p.length > 0)!;
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    chosen.push({ folder, from: pool[n % pool.length]! });
  }
  return chosen;
}

/**
 * An article's text for another locale: `ms.contentlocale` in its front matter set to `tag`; with
 * `indexable` its `ROBOTS` line dropped; with `sourceHash` its `ms.openlocfilehash` set to it, and with
 * `sourceHash: null` (the source itself) its translation fields dropped. The body, and any text after the
 * front matter, stay as they are.
 */
export function retagArticle(text: string, tag: string, indexable: boolean, sourceHash?: string | null): string {
  const fence = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/.exec(text);
  if (!fence) return text;
  let head = fence[2]!.replace(/^ms\.contentlocale:.*$/m, `ms.contentlocale: ${tag}`);
  if (indexable) head = head.replace(/^ROBOTS:.*\r?\n/gim, '');
  if (sourceHash === null) head = head.replace(TRANSLATION_FIELDS, '');
  else if (sourceHash !== undefined) head = head.replace(/^ms\.openlocfilehash:.*$/m, `ms.openlocfilehash: ${sourceHash}`);
  return `${fence[1]}${head}${fence[3]}${text.slice(fence[0].length)}`;
}

export interface ScaleCorpus {
  /** The translations' locales (`count` of them); the source, en-us, comes on top. */
  locales: ScaleLocale[];
  /** Markdown files written (articles and partials), the source's included. */
  markdownFiles: number;
}

/**
 * Writes the corpus into `out` (new or empty). `corpora` are content folders with one folder per real
 * locale; their files outside locale folders (LICENSE, NOTICE.md) are copied too, since the copies are
 * still those articles under CC BY 4.0 (as `alchemy-NOTICE.md`: files outside locale folders are not published).
 */
export function makeScaleCorpus(corpora: readonly string[], count: number, out: string, options: { indexable?: boolean } = {}): ScaleCorpus {
  const realFolders = new Map<string, string>();
  for (const corpus of corpora) {
    for (const entry of readdirSync(corpus, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
      if (entry.isDirectory() && describeLocale(entry.name).ok && !realFolders.has(entry.name)) realFolders.set(entry.name, join(corpus, entry.name));
      else if (entry.isFile()) copyInto(join(corpus, entry.name), join(out, `${basename(corpus)}-${entry.name}`));
    }
  }
  const locales = planScaleCorpus([...realFolders.keys()], count);
  const standIn = realFolders.get(SOURCE.from);
  if (!standIn) throw new Error(`the corpus folders (${corpora.join(', ')}) have no ${SOURCE.from}, which stands in for the source locale ${SOURCE.folder}`);
  /** The source's blob hash by article path inside a locale folder (`a.md`). */
  const sourceHashes = new Map<string, string>();
  let markdownFiles = 0;
  const write = (from: string, folder: string, tag: string, sourceHash: (file: string, n: number) => string | null | undefined) => {
    let n = 0;
    for (const file of filesUnder(from).sort()) {
      const to = join(out, folder, file);
      if (!file.toLowerCase().endsWith('.md')) {
        copyInto(join(from, file), to);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      const text = retagArticle(readFileSync(join(from, file), 'utf8'), tag, options.indexable ?? false, sourceHash(file, n++));
      writeFileSync(to, text);
      if (folder === SOURCE.folder) sourceHashes.set(file, gitBlobHash(Buffer.from(text)));
      markdownFiles++;
    }
  };
  write(standIn, SOURCE.folder, SOURCE.tag, () => null);
  // Every tenth translation keeps the hash it came with, which is not its source's: outdated.
  const translated = (file: string, n: number) => (n % 10 === 0 ? undefined : sourceHashes.get(file));
  for (const { folder, from } of locales) {
    write(realFolders.get(from)!, folder, (describeLocale(folder) as { ok: true; locale: { tag: string } }).locale.tag, translated);
  }
  return { locales, markdownFiles };
}

function copyInto(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
