/**
 * docfx includes (`[!INCLUDE [title](includes/part.md)]`). Each folder under fixtures/includes holds a
 * content tree; expected.html pins every article's HTML (in path order) and expected.txt every message.
 * Broken and hostile includes are bad-input fixtures (fixtures/bad-input/render-include-*).
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources } from '../scripts/lib/link-check/source-checks.ts';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent, loadContentInParallel, type RenderCache } from '../src/pipeline/load-content.ts';
import { createPartialIndex, mayInclude, resolveIncludePath, scanIncludeTargets } from '../src/pipeline/includes.ts';
import type { RenderedMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

const load = (name: string, cache?: RenderCache) => loadContent({ contentDir: join(fixturesDir, 'includes', name, 'content'), displayRoot: 'content', ...(cache ? { cache } : {}) });

describe('include fixtures', () => {
  for (const name of caseFolders('includes')) {
    it(`renders ${name} as expected`, () => {
      const result = load(name);
      const html = result.articles.map((a) => `<!-- ${a.data.path} -->\n${a.html}\n`).join('\n');
      const text = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      expect(html).toBe(expected(join(fixturesDir, 'includes', name, 'expected.html'), html));
      expect(text).toBe(expected(join(fixturesDir, 'includes', name, 'expected.txt'), text));
    });
  }
});

describe('includes', () => {
  it('publishes no [!INCLUDE text and no link to the partial', () => {
    for (const name of ['block', 'inline', 'fallback', 'nested']) {
      for (const a of load(name).articles) {
        expect(a.html).not.toMatch(/\[!include|includes\//i);
      }
    }
  });

  it('renders the partial in the article’s locale, else the source locale’s, also for nested includes', () => {
    const byPath = Object.fromEntries(load('fallback').articles.map((a) => [a.data.path, a.html]));
    expect(byPath['nl-nl/vertaald.md']).toBe('<h1 id="vertaald">Vertaald</h1>\n<p>English outer text.</p>\n<p>Nederlandse binnentekst.</p>');
    expect(byPath['en-us/source.md']).toContain('<p>English inner text.</p>');
  });

  it('resolves links and images in a partial from the partial, wherever the article is, and says where they are written', () => {
    const [article] = load('relative-links').articles.filter((a) => a.data.path === 'nl-nl/deep/er/diep.md');
    expect(article!.html).toContain('<a href="/nl-nl/other/">de andere</a>');
    expect(article!.html).toContain('<a href="/nl-nl/other/">in HTML</a>');
    expect(article!.html).toContain('<img src="/nl-nl/includes/media/card.png" alt="kaart">');
    expect(article!.data.links.find((l) => l.text === 'de andere')).toMatchObject({ source: 'nl-nl/includes/links.md', line: 1, target: 'nl-nl/other.md' });
  });

  it('leaves an include in code as it is written', () => {
    const [article] = load('in-code').articles;
    expect(article!.html).not.toContain('Never shown');
    expect(article!.html.match(/\[!INCLUDE \[x\]\(includes\/a\.md\)\]/g)).toHaveLength(3);
  });

  it('sanitizes a partial like an article, reporting at the partial’s line', () => {
    const result = load('partial-script');
    expect(result.articles[0]!.html).not.toMatch(/<script|onerror|javascript:/i);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'content/en-us/includes/evil.md:3 html/removed-element',
      'content/en-us/includes/evil.md:5 html/removed-attribute',
      'content/en-us/includes/evil.md:5 image/missing',
      'content/en-us/includes/evil.md:7 html/unsafe-url',
    ]);
  });

  it('lists in a partial’s manifest entry the articles that include it', () => {
    const manifest = load('fallback').manifest;
    const entry = (path: string) => manifest.find((e) => e.path === path);
    expect(entry('en-us/includes/outer.md')?.includedBy).toEqual(['en-us/source.md', 'nl-nl/vertaald.md']);
    expect(entry('en-us/includes/inner.md')?.includedBy).toEqual(['en-us/source.md']);
    expect(entry('nl-nl/includes/inner.md')?.includedBy).toEqual(['nl-nl/vertaald.md']);
  });

  it('reports a broken link in a partial once, at the partial’s line, in the link check', () => {
    const contentDir = join(fixturesDir, 'includes', 'nested', 'content');
    const result = loadContent({ contentDir, displayRoot: 'content' });
    const findings = checkSources({ articles: result.articles.map((a) => a.data), contentDir, show: (p) => `content/${p}`, hasRegistry: false, sourceLocale: 'en-us' });
    expect(findings.map(formatDiagnostic)).toEqual([
      'content/en-us/includes/three.md:1:15 error [link/missing-article] the link "nowhere.md" points to an article that does not exist\n    fix: point it at an existing article, or remove the link',
    ]);
  });
});

describe('the render cache and includes', () => {
  const work = mkdtempSync(join(tmpdir(), 'help-includes-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('renders again exactly the articles that include an edited partial, through nested includes and the fallback', () => {
    const content = join(work, 'content');
    cpSync(join(fixturesDir, 'includes', 'fallback', 'content'), content, { recursive: true });
    writeFileSync(join(content, 'en-us/plain.md'), '---\ntitle: Plain\n---\n# Plain\n');
    const store = new Map<string, RenderedMarkdown>();
    let rendered: string[] = [];
    const cache: RenderCache = { get: (key) => store.get(key), set: (key, value) => void (store.set(key, value), rendered.push(key.split(':')[1]!)) };
    const run = () => {
      rendered = [];
      const result = loadContent({ contentDir: content, displayRoot: 'content', cache });
      return { result, rendered: [...rendered].sort() };
    };
    expect(run().rendered).toEqual(['en-us/plain.md', 'en-us/source.md', 'nl-nl/vertaald.md']);
    expect(run().rendered).toEqual([]);
    appendFileSync(join(content, 'en-us/includes/inner.md'), 'More English.\n');
    expect(run().rendered).toEqual(['en-us/source.md']);
    appendFileSync(join(content, 'nl-nl/includes/inner.md'), 'Meer Nederlands.\n');
    const after = run();
    expect(after.rendered).toEqual(['nl-nl/vertaald.md']);
    expect(after.result.articles.find((a) => a.data.path === 'nl-nl/vertaald.md')!.html).toContain('Meer Nederlands.');
    appendFileSync(join(content, 'en-us/includes/outer.md'), '\nMore outer.\n');
    expect(run().rendered).toEqual(['en-us/source.md', 'nl-nl/vertaald.md']);
  });
});

describe('includes on worker threads', () => {
  it('sends each article its partials with its job', async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'help-includes-workers-')), 'content');
    mkdirSync(join(content, 'en-us/includes'), { recursive: true });
    writeFileSync(join(content, 'en-us/includes/shared.md'), 'Shared text.\n');
    // Enough articles for the worker pool (400).
    for (let i = 0; i < 420; i++) writeFileSync(join(content, `en-us/a${i}.md`), `---\ntitle: A${i}\n---\n# A${i}\n\n[!INCLUDE [x](includes/shared.md)]\n`);
    const result = await loadContentInParallel({ contentDir: content, displayRoot: 'content', threads: 2 });
    expect(result.diagnostics).toEqual([]);
    expect(result.articles.filter((a) => a.html.includes('<p>Shared text.</p>'))).toHaveLength(420);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });
});

describe('finding includes before rendering', () => {
  it('finds include paths in any case and spacing, decoded as Markdown decodes a link (generously: the renderer decides)', () => {
    expect(scanIncludeTargets('[!INCLUDE [a](includes/a.md)] [!include[b [c]](<includes/b c.md>)] [!Include  [x]( includes/a\\_b.md )] `[!INCLUDE [no](x.md` ')).toEqual(['includes/a.md', 'includes/b c.md', 'includes/a_b.md', 'x.md`']);
  });

  it('looks at the bytes first, so articles without an include are not scanned', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(mayInclude(bytes('> [!NOTE]\n> x [!INC'))).toBe(false);
    expect(mayInclude(bytes('x [!iNcLuDe [a](b)]'))).toBe(true);
  });

  it('refuses paths that leave the locale, are absolute or URLs, or are not partials', () => {
    const reason = (target: string) => {
      const r = resolveIncludePath(target, 'nl-nl/sub/a.md');
      return r.ok ? r.logical : r.reason;
    };
    expect(reason('../includes/x.md')).toBe('nl-nl/includes/x.md');
    expect(reason('..\\includes\\x.md')).toBe('nl-nl/includes/x.md');
    expect(reason('../../../etc/passwd')).toBe('leaves the locale folder "nl-nl"');
    expect(reason('../../en-us/includes/x.md')).toBe('leaves the locale folder "nl-nl"');
    expect(reason('/etc/passwd')).toBe('is an absolute path');
    expect(reason('~/includes/x.md')).toBe('is an absolute path');
    expect(reason('https://evil.example/x.md')).toBe('is a URL: only partials of this content folder can be included');
    expect(reason('//evil.example/x.md')).toBe('is a URL: only partials of this content folder can be included');
    expect(reason('../other.md')).toBe('is not a partial (a .md file in an includes/ folder)');
    expect(reason('../includes/data.yml')).toBe('is not a partial (a .md file in an includes/ folder)');
    expect(reason('../includes/x.md%00')).toBe('contains control characters');
  });

  it('ships each article only the partials it can reach, each scanned once', () => {
    const file = (path: string, text: string) => ({ path, hash: path, bytes: new TextEncoder().encode(text) });
    const index = createPartialIndex(
      [file('en-us/includes/a.md', '[!INCLUDE [b](b.md)]'), file('en-us/includes/b.md', '[!INCLUDE [a](a.md)] B'), file('en-us/includes/c.md', 'C'), file('nl-nl/includes/b.md', 'NL B')],
      'en-us',
    );
    const nl = index.forArticle('nl-nl/x.md', '[!INCLUDE [a](includes/a.md)] [!INCLUDE [z](includes/typo-c.md)]');
    expect(nl.partials.map((p) => [p.key, p.path])).toEqual([
      ['nl-nl/includes/a.md', 'en-us/includes/a.md'],
      ['nl-nl/includes/b.md', 'nl-nl/includes/b.md'],
    ]);
    expect(nl.key).toBe('nl-nl/includes/a.md=en-us/includes/a.md@en-us/includes/a.md,nl-nl/includes/b.md=nl-nl/includes/b.md@nl-nl/includes/b.md');
    expect(index.forArticle('en-us/y.md', 'no includes').partials).toEqual([]);
  });
});
