/**
 * Renderer fixtures: each folder under fixtures/render has input.md and the expected output.html
 * (`UPDATE_FIXTURES=1 npm test` regenerates them; review the diff). The input is rendered as the Dutch
 * article nl-nl/<case>.md, in a site where nl-nl/payment-past-due.md, en-us/payment-past-due.md and
 * en-us/request-a-refund.md exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSiteIndex, resolveLink } from '../src/pipeline/link-resolver.ts';
import { t } from '../src/i18n/ui-strings.ts';
import { renderMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

const index = createSiteIndex(['nl-nl/payment-past-due', 'en-us/payment-past-due', 'en-us/request-a-refund'], 'en-us', new Set(['842054']));

/** Cases copied from the corpus carry their locale in the name: `corpus-de-de-alert` renders as German. */
function render(name: string) {
  const locale = /^corpus-([a-z]{2}-[a-z]{2})-/.exec(name)?.[1] ?? 'nl-nl';
  const path = `${locale}/${name}.md`;
  const source = readFileSync(join(fixturesDir, 'render', name, 'input.md'), 'utf8');
  return renderMarkdown(source, {
    locale,
    path,
    resolveLink: (href) => resolveLink(href, path, index),
    titleOf: (target) => (target === 'nl-nl/payment-past-due.md' ? 'Achterstallige betaling' : undefined),
    findFile: () => undefined,
    label: (key) => t(locale, key),
  });
}

describe('rendering fixtures', () => {
  for (const name of caseFolders('render')) {
    it(`renders ${name} as expected`, () => {
      const { html } = render(name);
      expect(html).toBe(expected(join(fixturesDir, 'render', name, 'output.html'), html));
    });
  }
});

describe('what the renderer collects', () => {
  it('turns a legacy anchor into the heading id and leaves no empty <a>', () => {
    const result = render('legacy-anchors');
    expect(result.headings.map((h) => h.id)).toEqual(['declined-credit-card', 'what-if', 'een-kop-zonder-anker', 'een-kop-zonder-anker-1', 'single-quoted']);
    expect(result.html).not.toMatch(/<a name/);
    expect(result.ids).toContain('step-2');
  });

  it('lets no script, event handler or javascript: URL through', () => {
    const { html } = render('unsafe-markup');
    expect(html).not.toMatch(/<script|<iframe|<style|on[a-z]+=|javascript:|vbscript:|data:text/i);
    expect(html).toContain('data:image/png;base64');
  });

  it('shows tag-like placeholders as text', () => {
    const { html } = render('placeholders');
    expect(html).toContain('Set-CASMailbox &#x3C;mailboxname>');
    expect(html).toContain('&#x3C;Group Name>');
    expect(html).not.toContain('<!--');
  });

  it('records every link with its line and where it points', () => {
    const { links } = render('site-links');
    const byText = Object.fromEntries(links.map((l) => [l.text, l]));
    expect(byText['with section']).toMatchObject({ href: '/nl-nl/payment-past-due/#what-if-my-credit-card-was-declined', kind: 'article', found: true, line: 4 });
    // Not translated: the Dutch fallback page, which shows the English text with a notice.
    expect(byText['not translated']).toMatchObject({ href: '/nl-nl/request-a-refund/', found: true });
    expect(byText['missing']).toMatchObject({ href: 'no-such-article.md#x', found: false, target: 'nl-nl/no-such-article.md', line: 5 });
    expect(byText['docs root']).toMatchObject({ href: '/nl-nl/payment-past-due/', found: true });
    expect(byText['external']).toMatchObject({ kind: 'external', href: 'https://example.com/a?b=c#d' });
  });

  it('excerpts the first paragraphs as plain text', () => {
    expect(render('placeholders').excerpt).toMatch(/^Run Set-CASMailbox <mailboxname> -OWAEnabled \$false/);
  });

  it('gives a link with empty text visible text and reports it at its line', () => {
    const result = render('corpus-nl-nl-empty-link');
    expect(result.links[0]?.text).toBe('docs.microsoft.com/microsoftteams/ediscovery-investigation');
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'link/empty-text', line: 24, column: 48 })]);
  });

  it('uses the target article title for an empty link to this site', () => {
    const path = 'nl-nl/x.md';
    const result = renderMarkdown('See [](payment-past-due.md).', { locale: 'nl-nl', path, resolveLink: (href) => resolveLink(href, path, index), titleOf: () => 'Achterstallige betaling' });
    expect(result.html).toBe('<p>See <a href="/nl-nl/payment-past-due/">Achterstallige betaling</a>.</p>');
  });

  it('shows a missing image as its alt text and reports it at its line', () => {
    const result = render('corpus-ja-jp-missing-image');
    expect(result.html).toContain('<span class="missing-image">[最新の情報に更新] アイコン</span>');
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'image/missing', line: 31 })]);
  });

  it('turns GFM alerts into labelled callouts in the page language and counts them', () => {
    const result = render('corpus-de-de-alert');
    expect(result.html).toContain('<div class="alert alert-note">\n<p class="alert-title">Hinweis</p>');
    expect(result.stats.alerts).toBe(1);
  });

  it('renders a docfx video as a click-to-play link that loads nothing by itself', () => {
    const result = render('corpus-nl-nl-video');
    expect(result.html).not.toMatch(/<iframe/);
    expect(result.html).toMatch(/class="video-link" data-embed="https:\/\/www\.microsoft\.com\/videoplayer\/embed\//);
    expect(result.stats.videos).toBe(1);
  });

  it('keeps an unknown video host as a plain link, never an embed', () => {
    const result = renderMarkdown('> [!VIDEO https://evil.example/embed/x]');
    expect(result.html).not.toContain('data-embed');
    expect(result.html).toContain('href="https://evil.example/embed/x"');
  });

  it('adopts legacy anchors in H1 and H2 as ids, in every script', () => {
    expect(render('corpus-ja-jp-cjk-h2-anchors').headings.map((h) => h.id)).toEqual(['activate-and-assign-software-as-a-service-app-licenses', 'to-activate-apps', 'to-assign-app-licenses']);
    expect(render('corpus-ar-sa-rtl').stats.legacyAnchors).toBe(1);
  });

  it('reports an id used twice on a page, at the second one', () => {
    const result = renderMarkdown('# <a name="x"></a>A\n\n## <a name="x"></a>B\n');
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'anchor/duplicate-id', severity: 'warning', line: 3 })]);
  });

  it("points registered short links at the site's own short link for the article's locale", () => {
    const { links } = render('site-links');
    const byText = Object.fromEntries(links.map((l) => [l.text, l]));
    expect(byText['registered']).toMatchObject({ kind: 'short-link', href: '/fwlink/842054/nl-nl/', shortLinkId: '842054' });
    expect(byText['key case']).toMatchObject({ href: '/fwlink/842054/nl-nl/' });
    expect(byText['unregistered']).toMatchObject({ href: 'https://go.microsoft.com/fwlink/p/?linkid=1234', shortLinkId: '1234' });
  });

  it('reports malformed short links with their line and leaves them as written', () => {
    const result = render('site-links');
    const malformed = result.diagnostics.filter((d) => d.rule === 'short-link/malformed');
    expect(malformed.map((d) => [d.line, d.message])).toEqual([
      [10, 'the short link "https://go.microsoft.com/fwlink/p/?linkid-2022029" has no linkid= in its query ("?linkid-2022029")'],
      [11, 'the short link "https://go.microsoft.com/fwlink/?linked=862116" has no linkid= in its query ("?linked=862116")'],
    ]);
    expect(result.html).toContain('href="https://go.microsoft.com/fwlink/?linked=862116"');
  });
});
