/** The scale bench's corpus: N real locale tags, copies standing in for locales of their kind, retagged. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeScaleCorpus, MICROSOFT_LOCALES, planScaleCorpus, retagArticle } from '../../scripts/lib/bench/scale-corpus.ts';
import { split } from '../../scripts/lib/bench/scale-bench.ts';
import { gitBlobHash } from '../../src/pipeline/git-blob-hash.ts';
import { translationStatus } from '../../src/pipeline/l10n-status.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { outputRoot } from '../helpers/build-site.ts';

const REAL = ['ar-sa', 'de-de', 'ja-jp', 'nl-nl', 'he-il', 'th-th'];

describe('planScaleCorpus', () => {
  it('puts the real locales first, in the order given, then the other Microsoft locales', () => {
    expect(planScaleCorpus(REAL, 4)).toEqual(['ar-sa', 'de-de', 'ja-jp', 'nl-nl'].map((l) => ({ folder: l, from: l })));
    const all = planScaleCorpus(REAL, 36);
    expect(all.map((l) => l.folder).sort()).toEqual([...MICROSOFT_LOCALES].sort());
    expect(all.slice(0, 6).every((l) => l.folder === l.from)).toBe(true);
  });

  it('copies Japanese for Chinese and Korean, never Thai for a spaced language, and never the source\'s stand-in when another will do', () => {
    const from = new Map(planScaleCorpus(REAL, 36).map((l) => [l.folder, l.from]));
    expect([from.get('zh-cn'), from.get('zh-tw'), from.get('ko-kr')]).toEqual(['ja-jp', 'ja-jp', 'ja-jp']);
    const spaced = ['bg-bg', 'cs-cz', 'fr-fr', 'ru-ru', 'sr-latn-rs', 'vi-vn'].map((l) => from.get(l));
    expect(new Set(spaced)).toEqual(new Set(['nl-nl']));
    expect(planScaleCorpus(['de-de', 'ja-jp'], 3).at(-1)).toEqual({ folder: 'ar-sa', from: 'de-de' });
  });

  it('spreads copies over the real locales of their kind', () => {
    const from = new Map(planScaleCorpus(['ar-sa', 'he-il', 'nl-nl', 'fr-fr'], 36).map((l) => [l.folder, l.from]));
    expect(new Set(['bg-bg', 'cs-cz', 'da-dk', 'de-de'].map((l) => from.get(l)))).toEqual(new Set(['nl-nl', 'fr-fr']));
  });

  it('copies a right-to-left locale for a right-to-left one when only copies can stand in', () => {
    expect(planScaleCorpus(['ar-sa', 'nl-nl'], 12).find((l) => l.folder === 'he-il')).toEqual({ folder: 'he-il', from: 'ar-sa' });
  });

  it('refuses a count it cannot make, and corpora with no Microsoft locale', () => {
    expect(() => planScaleCorpus(REAL, 37)).toThrow('--scale 37: give a number of locales from 1 to 36');
    expect(() => planScaleCorpus(['en-us'], 2)).toThrow('none of the corpus folders (en-us) is one of the 36 Microsoft locales');
  });
});

describe('retagArticle', () => {
  const article = '---\ntitle: Excel\nROBOTS: NOINDEX, NOFOLLOW\nms.contentlocale: nl-NL\n---\nms.contentlocale: nl-NL stays in the body\nROBOTS: too\n';

  it('sets ms.contentlocale in the front matter only', () => {
    expect(retagArticle(article, 'sr-Latn-RS', false)).toBe(article.replace('ms.contentlocale: nl-NL\n---', 'ms.contentlocale: sr-Latn-RS\n---'));
  });

  it('sets the source hash of a translation, and drops the translation fields of the source', () => {
    const translation = '---\ntitle: X\nms.openlocfilehash: abc\nms.sourcegitcommit: def\nms.translationtype: MT\nms.contentlocale: nl-NL\nms.lasthandoff: 08/13/2021\nms.locfileid: "1"\n---\nms.openlocfilehash: abc\n';
    expect(retagArticle(translation, 'fr-FR', false, 'f'.repeat(40))).toBe(translation.replace('hash: abc\nms.source', `hash: ${'f'.repeat(40)}\nms.source`).replace('nl-NL', 'fr-FR'));
    expect(retagArticle(translation, 'en-US', false, null)).toBe('---\ntitle: X\nms.contentlocale: en-US\n---\nms.openlocfilehash: abc\n');
  });

  it('drops the ROBOTS line when the copy is to be indexable, and keeps CRLF line ends', () => {
    expect(retagArticle(article, 'fr-FR', true)).toBe('---\ntitle: Excel\nms.contentlocale: fr-FR\n---\nms.contentlocale: nl-NL stays in the body\nROBOTS: too\n');
    expect(retagArticle(article.replace(/\n/g, '\r\n'), 'fr-FR', true)).toBe('---\r\ntitle: Excel\r\nms.contentlocale: fr-FR\r\n---\r\nms.contentlocale: nl-NL stays in the body\r\nROBOTS: too\r\n');
  });
});

describe('makeScaleCorpus', () => {
  it('writes a corpus the pipeline reads without a problem: an en-us source, partials and data included', () => {
    const root = join(outputRoot, 'scale-corpus');
    rmSync(root, { recursive: true, force: true });
    const real = join(root, 'real');
    for (const [locale, tag] of [['nl-nl', 'nl-NL'], ['ja-jp', 'ja-JP'], ['de-de', 'de-DE']] as const) {
      mkdirSync(join(real, locale, 'includes'), { recursive: true });
      for (const slug of ['a', 'b']) {
        const fm = `title: ${slug.toUpperCase()} ${locale}\nROBOTS: NOINDEX\nms.openlocfilehash: ${'a0'.repeat(20)}\nms.translationtype: MT\nms.contentlocale: ${tag}\n`;
        writeFileSync(join(real, locale, `${slug}.md`), `---\n${fm}---\n# ${slug}\n\n[!INCLUDE [p](includes/p.md)]\n`);
      }
      writeFileSync(join(real, locale, 'includes/p.md'), 'Part.\n');
      writeFileSync(join(real, locale, 'TOC.yml'), '- name: A\n');
    }
    writeFileSync(join(real, 'NOTICE.md'), 'CC BY 4.0\n');
    const out = join(root, 'out');
    const corpus = makeScaleCorpus([real], 5, out, { indexable: true });
    expect(corpus.locales.map((l) => `${l.folder}<${l.from}`)).toEqual(['de-de<de-de', 'ja-jp<ja-jp', 'nl-nl<nl-nl', 'ar-sa<nl-nl', 'bg-bg<nl-nl']);
    expect(corpus.markdownFiles).toBe(6 * 3);
    // The source: de-de's text as en-us, without what only a translation has.
    const source = readFileSync(join(out, 'en-us/b.md'), 'utf8');
    expect(source).toBe('---\ntitle: B de-de\nms.contentlocale: en-US\n---\n# b\n\n[!INCLUDE [p](includes/p.md)]\n');
    // b.md is made from the source's current text; a.md, first in path order, keeps its old hash: outdated.
    expect(readFileSync(join(out, 'ar-sa/b.md'), 'utf8')).toBe(`---\ntitle: B nl-nl\nms.openlocfilehash: ${gitBlobHash(Buffer.from(source))}\nms.translationtype: MT\nms.contentlocale: ar-SA\n---\n# b\n\n[!INCLUDE [p](includes/p.md)]\n`);
    expect(readFileSync(join(out, 'ar-sa/a.md'), 'utf8')).toContain(`ms.openlocfilehash: ${'a0'.repeat(20)}\n`);
    expect(readFileSync(join(out, 'real-NOTICE.md'), 'utf8')).toBe('CC BY 4.0\n');
    const loaded = loadContent({ contentDir: out, displayRoot: 'content' });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.articles.filter((a) => a.data.slug === 'a').map((a) => `${a.data.url} ${a.data.noindex}`).sort()).toEqual(['/ar-sa/a/ false', '/bg-bg/a/ false', '/de-de/a/ false', '/en-us/a/ false', '/ja-jp/a/ false', '/nl-nl/a/ false']);
    const status = translationStatus(loaded.articles.map((a) => a.data), 'en-us');
    expect(status.sourceArticles).toBe(2);
    expect(status.locales.map((l) => [l.locale, l.translated, l.outdated.map((o) => o.translation)])).toEqual(
      ['ar-sa', 'bg-bg', 'de-de', 'ja-jp', 'nl-nl'].map((l) => [l, 2, [`${l}/a.md`]]),
    );
  });
});

describe('split, for shards', () => {
  it('makes groups of consecutive locales whose sizes differ by one at most', () => {
    expect(split(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f', 'g']]);
    expect(split(['a'], 3)).toEqual([['a']]);
  });
});
