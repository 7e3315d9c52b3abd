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
import { renderMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

const index = createSiteIndex(['nl-nl/payment-past-due', 'en-us/payment-past-due', 'en-us/request-a-refund'], 'en-us');

function render(name: string) {
  const path = `nl-nl/${name}.md`;
  const source = readFileSync(join(fixturesDir, 'render', name, 'input.md'), 'utf8');
  return renderMarkdown(source, { locale: 'nl-nl', path, resolveLink: (href) => resolveLink(href, path, index) });
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
    expect(byText['not translated']).toMatchObject({ href: '/en-us/request-a-refund/', found: true });
    expect(byText['missing']).toMatchObject({ href: 'no-such-article.md#x', found: false, target: 'nl-nl/no-such-article.md', line: 5 });
    expect(byText['docs root']).toMatchObject({ href: '/nl-nl/payment-past-due/', found: true });
    expect(byText['external']).toMatchObject({ kind: 'external', href: 'https://example.com/a?b=c#d' });
  });

  it('excerpts the first paragraphs as plain text', () => {
    expect(render('placeholders').excerpt).toMatch(/^Run Set-CASMailbox <mailboxname> -OWAEnabled \$false/);
  });
});
