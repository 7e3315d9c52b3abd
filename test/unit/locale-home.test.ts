import { describe, expect, it } from 'vitest';
import { LOCALE_HOME_MARKER, localeHomeItems, stampLocaleHome } from '../../src/article-pages/locale-home.ts';

describe('a locale home’s list', () => {
  it('sorts by title in the locale’s collation and escapes titles and URLs', () => {
    const items = localeHomeItems(
      [
        { title: 'Zahlung <fehlt>', url: '/de-de/z/' },
        { title: 'Ärger & Co', url: '/de-de/a"b/' },
        { title: 'Bank', url: '/de-de/b/' },
      ],
      'de-DE',
    );
    expect(items).toBe('<li><a href="/de-de/a&quot;b/">Ärger &amp; Co</a></li><li><a href="/de-de/b/">Bank</a></li><li><a href="/de-de/z/">Zahlung &lt;fehlt&gt;</a></li>');
  });

  it('goes in at the marker, which must be there exactly once', () => {
    expect(stampLocaleHome(`<ul>${LOCALE_HOME_MARKER}</ul>`, '<li>x</li>', 'nl-nl/index.html')).toBe('<ul><li>x</li></ul>');
    expect(() => stampLocaleHome('<ul></ul>', '<li>x</li>', 'nl-nl/index.html')).toThrow('nl-nl/index.html: a locale home must contain <!--help-home:list--> exactly once (it has it 0 times)');
    expect(() => stampLocaleHome(`${LOCALE_HOME_MARKER}${LOCALE_HOME_MARKER}`, '', 'x')).toThrow('(it has it 2 times)');
  });

  it('a title that holds the marker text is escaped, so it cannot add a second marker', () => {
    const items = localeHomeItems([{ title: LOCALE_HOME_MARKER, url: '/nl-nl/x/' }], 'nl-NL');
    expect(items).not.toContain(LOCALE_HOME_MARKER);
  });
});
