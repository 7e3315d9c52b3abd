/** Localization tools against a git repository the test makes, where a source changed after its translation. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { L10nError, newTranslation } from '../scripts/lib/l10n/new-translation.ts';
import { sourceDiff } from '../scripts/lib/l10n/source-diff.ts';
import { checkTranslations } from '../scripts/lib/l10n/translation-check.ts';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { readFrontMatter } from '../src/pipeline/front-matter.ts';
import { gitBlobHash } from '../src/pipeline/git-blob-hash.ts';
import { statusMarkdown, translationStatus, unreadableArticles } from '../src/pipeline/l10n-status.ts';
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

  it('says clearly what is wrong with a bad locale, a missing source or translation, and a bad hash', () => {
    expect(() => sourceDiff(content, 'en-us', 'nl(', 'card.md')).toThrow(new L10nError('"nl(" is not a lowercase BCP 47 locale tag; name the folder with a lowercase BCP 47 tag such as "en-us", "nl-nl" or "sr-latn-rs"'));
    expect(() => sourceDiff(content, 'en-us', 'nl-nl', 'nope.md')).toThrow(new L10nError('there is no translation nl-nl/nope.md'));
    const dir = makeHistoryRepo(join(outputRoot, 'history-l10n-diff'));
    writeFileSync(join(dir, 'nl-nl/only-here.md'), '---\ntitle: Alleen hier\nms.openlocfilehash: 47b5fb62d613dca665c0151baa31c2fea08db610\n---\n');
    expect(() => sourceDiff(dir, 'en-us', 'nl-nl', 'only-here.md')).toThrow(new L10nError('there is no source article en-us/only-here.md, so there is nothing to compare nl-nl/only-here.md with'));
    writeFileSync(join(dir, 'nl-nl/card.md'), '---\ntitle: Kaart\nms.openlocfilehash: HEAD~1:en-us/card.md\n---\n');
    expect(() => sourceDiff(dir, 'en-us', 'nl-nl', 'card.md')).toThrow(new L10nError('nl-nl/card.md:3 ms.openlocfilehash is not a git hash; use what git hash-object prints for the source file'));
    writeFileSync(join(dir, 'nl-nl/card.md'), '---\ntitle: Kaart\nms.openlocfilehash: "unclosed\n---\n');
    expect(() => sourceDiff(dir, 'en-us', 'nl-nl', 'card.md')).toThrow(/^nl-nl\/card\.md:3:\d+ error \[front-matter\/yaml\]/);
  });
});

describe('l10n:new', () => {
  it('creates a translation tied to the source version, with its anchors, ready to translate', () => {
    const created = newTranslation(content, 'en-us', 'de-de', 'card.md', new Date(Date.UTC(2024, 3, 2)));
    const text = readFileSync(join(content, 'de-de/card.md'), 'utf8');
    const read = readFrontMatter(text, 'de-de/card.md');
    if (!read.ok) throw new Error(read.diagnostics.map(formatDiagnostic).join('\n'));
    const { data, bodyOffset } = read.frontMatter;
    const body = text.slice(bodyOffset);
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

describe('a translation whose front matter is broken', () => {
  const dir = makeHistoryRepo(join(outputRoot, 'history-l10n-broken'));
  writeFileSync(join(dir, 'nl-nl/card.md'), '---\ntitle: Geweigerde kaart\nms.translationtype: HT\ndescription: "an unclosed quote\n---\n# Geweigerde kaart\n');
  const show = (p: string) => `content/${p}`;
  const loaded = () => loadContent({ contentDir: dir, displayRoot: 'content' });
  const problem = 'content/nl-nl/card.md:4:14 error [front-matter/yaml] the front matter is not valid YAML: the " here is never closed';

  it('is broken in l10n:status, with the file and line, not missing', () => {
    const load = loaded();
    const [nl] = translationStatus(load.articles.map((a) => a.data), 'en-us', { unreadable: unreadableArticles(load, show) }).locales;
    expect(nl).toMatchObject({ locale: 'nl-nl', translated: 0, missing: [], outdated: [] });
    expect(nl?.broken).toEqual([{ translation: 'nl-nl/card.md', problems: [expect.stringContaining(problem)] }]);
    expect(statusMarkdown(translationStatus([], 'en-us', { unreadable: unreadableArticles(load, show) }))).toContain(`- \`nl-nl/card.md\`\n  - \`${problem}`);
  });

  it('fails l10n:check, with the file and line', () => {
    const load = loaded();
    const findings = checkTranslations(load.articles.map((a) => a.data), dir, 'en-us', show, unreadableArticles(load, show));
    expect(findings.map(formatDiagnostic)).toEqual([expect.stringContaining(problem)]);
  });

  it('is reported by the commands as they are run, and l10n:check exits 1', () => {
    const run = (command: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/l10n.ts', command], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(dir, '../cache'), GITHUB_ACTIONS: '' },
      });
    const status = run('status');
    expect(status.stdout).toContain('| nl-nl | 0 | 0 | 0 | 0 | 0 | 1 |');
    expect(status.stdout).toContain('nl-nl/card.md:4:14 error [front-matter/yaml]');
    const check = run('check');
    expect(check.stdout).toContain('[front-matter/yaml]');
    expect(check.status).toBe(1);
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
