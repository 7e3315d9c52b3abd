/**
 * The built-site check reads pages with a tokenizer (scripts/lib/link-check/page-facts.ts); what it finds
 * must be what the HTML standard's parser finds (parse5, test/helpers/parse5-page-facts.ts), on markup
 * that trips simpler readers and on every HTML file of the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFacts } from '../../scripts/lib/link-check/page-facts.ts';
import { walkFolder } from '../../src/pipeline/walk-files.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { parse5PageFacts } from '../helpers/parse5-page-facts.ts';

/** Ids as a set (the check looks them up), links in order. */
const facts = (read: typeof pageFacts, html: string) => {
  const { ids, hrefs } = read(html);
  return { ids: [...new Set(ids)].sort(), hrefs };
};

const snippets: Record<string, string> = {
  'text that looks like markup': '<title>id="t"</title><textarea><a id="ta" href="/ta/"></textarea><style>a[id="s"]{}</style><script>"<a id=\'sc\' href=\'/sc/\'>"</script><code>&lt;a name="z"&gt;</code>',
  'comments and bogus comments': '<!-- <a id="c" href="/c/"> --><!--> <a id="after-empty-comment"> <? <a id="pi"> ?><![CDATA[ <a id="cdata"> ]]>',
  'content out of the document': '<template id="tpl"><a id="in-template" href="/t/"></a><template><a id="deeper"></a></template></template><noscript id="ns"><a id="in-noscript" href="/n/"></a></noscript><a id="after">',
  'text-only elements': '<iframe id="frame"><a id="in-iframe" href="/i/"></a></iframe><xmp><a id="in-xmp"></xmp><noembed><a id="in-noembed"></noembed><noframes><a id="in-noframes"></noframes><a id="after-text">',
  'foreign content': '<svg><a name="svg-name" href="/svg/" id="svg-id"></a><a xlink:href="/x/"></a></svg><math><a name="math-name"></a></math><a name="html-name">',
  'a self-closing svg, then HTML': '<p><svg/><a name="after-svg"></a></p><svg><circle/></svg><a name="after-circle">',
  'attributes: case, quotes, repeats, entities': '<A HREF="/a/?x=1&amp;y=2" ID="Upper">x</A><a href=/unquoted/ id=\'single\'>y</a><a href="/first/" href="/second/" id="one" id="two">z</a><a href="/caf&eacute;/#&#x6b;ey" name="&lt;n&gt;">w</a><a href="/legacy?a=1&copy=2">v</a>',
  'empty values and odd elements': '<a href="" id="" name="">e</a><area href="/area/" id="ar"><map name="m"><area href="/in-map/"></map><link href="/not-a-link/" id="lnk"><form id="f"><a href="/in-form/">f</a></form>',
  'implied ends and stray tags': '<p id="p1"><p id="p2"></b></i><table><a href="/foster/" id="fostered"><tr><td id="cell"><a href="/cell/">c</a></table></div><li id="li"><li id="li2">',
  'plaintext swallows the rest': '<a id="before" href="/before/"></a><plaintext id="pt"><a id="never" href="/never/"></a></plaintext><a id="still-text">',
  'an unclosed template hides the rest': '<a id="x"></a><template><a id="hidden" href="/h/">',
};

describe('reading a built page as a browser does', () => {
  for (const [name, html] of Object.entries(snippets)) {
    it(`finds what the HTML standard's parser finds: ${name}`, () => {
      expect(facts(pageFacts, html)).toEqual(facts(parse5PageFacts, html));
    });
  }

  it('finds what the HTML standard’s parser finds on every HTML file of the fixtures', () => {
    // walkFolder, not filesUnder: the fixtures hold hostile links on purpose; they are reported, not followed.
    const files = walkFolder(join(projectRoot, 'test/fixtures')).paths.filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(join(projectRoot, 'test/fixtures', file), 'utf8');
      expect({ file, ...facts(pageFacts, html) }).toEqual({ file, ...facts(parse5PageFacts, html) });
    }
  });

  it('is no toy: it finds the anchors and links of a real article page', () => {
    const html = '<main><h2 id="step-1">Stap 1</h2><a href="#step-1">Stap 1</a><a name="legacy"></a><a href="/nl-nl/b/#x">b</a></main>';
    expect(pageFacts(html)).toEqual({ ids: ['step-1', 'legacy'], hrefs: ['#step-1', '/nl-nl/b/#x'] });
  });
});
