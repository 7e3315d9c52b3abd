/** Localization tools against a git repository the test makes, where a source changed after its translation. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { L10nError, newTranslation } from '../scripts/lib/l10n/new-translation.ts';
import { sourceDiff } from '../scripts/lib/l10n/source-diff.ts';
import { checkTranslations } from '../scripts/lib/l10n/translation-check.ts';
import { gitBlobHash } from '../src/pipeline/git-blob-hash.ts';
import { statusMarkdown, translationStatus } from '../src/pipeline/l10n-status.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { outputRoot, sites } from './helpers/build-site.ts';
import { makeHistoryRepo, SOURCE_V2 } from './helpers/git-fixture.ts';
import { page } from './helpers/html.ts';

const content = makeHistoryRepo(join(outputRoot, 'history-l10n'));
const articles = () => loadContent({ contentDir: content, displayRoot: 'content' }).articles.map((a) => a.data);

describe('l10n:status', () => {
  it('calls a translation outdated when its source changed since, with the date of the change', () => {
    const [nl] = translationStatus(articles(), 'en-us').locales;
    expect(nl).toMatchObject({ locale: 'nl-nl', translated: 1, human: 1, machine: 0, missing: [] });
    expect(nl?.outdated).toEqual([{ source: 'en-us/card.md', translation: 'nl-nl/card.md', title: 'Geweigerde kaart', priority: 'Normal', since: '2024-03-05' }]);
  });

  it('sorts missing work by priority, then oldest first', () => {
    const source = (slug: string, priority: 'Critical' | 'Normal' | 'Once', date: string) => ({ ...articles()[0]!, locale: 'en-us', slug, path: `en-us/${slug}.md`, priority, date });
    const nl = { ...articles()[1]!, locale: 'nl-nl', slug: 'other' };
    const report = translationStatus([source('a', 'Normal', '2021-01-01'), source('b', 'Critical', '2022-01-01'), source('c', 'Normal', '2019-01-01'), source('d', 'Once', '2018-01-01'), nl], 'en-us');
    expect(report.locales[0]?.missing.map((m) => m.source)).toEqual(['en-us/b.md', 'en-us/c.md', 'en-us/a.md', 'en-us/d.md']);
    expect(statusMarkdown(report)).toContain('| nl-nl | 1 | 4 | 0 |');
  });

  it('is a page of the site, kept out of search engines', () => {
    const p = page(sites.main.out, '/l10n/');
    expect(p.attr('meta[name=robots]', 'content')).toBe('noindex, nofollow');
    expect(p.text('tbody tr')).toContain('nl-nl');
    // The source locale's article count, as `npm run l10n:status` prints it.
    expect(p.text('main p')).toMatch(/Source locale: en-us \(\d+ articles\)/);
  });
});

describe('l10n:diff', () => {
  it('shows how the source changed since the translation was made', () => {
    const diff = sourceDiff(content, 'en-us', 'nl-nl', 'card.md');
    expect(diff).toContain('+## <a name="call-your-bank"></a>Call your bank');
    expect(diff).toContain('+Your bank may block online payments.');
    expect(diff).not.toContain('-Check the card number');
  });
});

describe('l10n:new', () => {
  it('creates a translation tied to the source version, with its anchors, ready to translate', () => {
    const created = newTranslation(content, 'en-us', 'de-de', 'card.md', new Date(Date.UTC(2024, 3, 2)));
    const { data, content: body } = matter(readFileSync(join(content, 'de-de/card.md'), 'utf8'), {});
    expect(created.path).toBe('de-de/card.md');
    expect(data).toMatchObject({
      title: 'Declined card',
      'ms.contentlocale': 'de-DE',
      'ms.translationtype': 'HT',
      'ms.openlocfilehash': gitBlobHash(new TextEncoder().encode(SOURCE_V2)),
      'ms.lasthandoff': '4/2/2024',
    });
    expect(data['ms.sourcegitcommit']).toMatch(/^[0-9a-f]{40}$/);
    expect(body).toContain('## <a name="call-your-bank"></a>Call your bank');
    // The new file is a valid article of the site.
    expect(loadContent({ contentDir: content, displayRoot: 'content' }).errorCount).toBe(0);
  });

  it('refuses to overwrite, a malformed locale, the source locale and a missing source', () => {
    writeFileSync(join(content, 'nl-nl/card.md'), readFileSync(join(content, 'nl-nl/card.md')));
    expect(() => newTranslation(content, 'en-us', 'nl-nl', 'card.md')).toThrow(new L10nError('nl-nl/card.md exists already; edit it, or delete it first to start over'));
    expect(() => newTranslation(content, 'en-us', 'NL_nl', 'card.md')).toThrow('"NL_nl" is not a lowercase BCP 47 locale tag; rename the folder to "nl-nl"');
    expect(() => newTranslation(content, 'en-us', 'en-us', 'card.md')).toThrow('en-us is the source locale');
    expect(() => newTranslation(content, 'en-us', 'fr-fr', 'nope.md')).toThrow('there is no source article en-us/nope.md');
    expect(existsSync(join(content, 'fr-fr'))).toBe(false);
  });
});

describe('l10n:check', () => {
  it('finds a dropped anchor, an untranslated title and a dropped link', () => {
    writeFileSync(
      join(content, 'nl-nl/card.md'),
      `---
title: Declined card
ms.translationtype: MT
ms.openlocfilehash: ${gitBlobHash(new TextEncoder().encode(SOURCE_V2))}
---
# <a name="declined-card"></a>Geweigerde kaart

## Bel uw bank
`,
    );
    writeFileSync(join(content, 'en-us/card.md'), `${SOURCE_V2}\nSee [the card](card.md#declined-card).\n`);
    const findings = checkTranslations(articles(), content, 'en-us', (p) => `content/${p}`);
    // (de-de/card.md, made by l10n:new above, is not translated yet: its findings are left out here.)
    expect(findings.filter((f) => f.file.includes('nl-nl')).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'content/nl-nl/card.md:1 anchor/missing-in-translation',
      'content/nl-nl/card.md:2 l10n/untranslated-title',
      'content/nl-nl/card.md:1 l10n/dropped-link',
    ]);
  });
});
