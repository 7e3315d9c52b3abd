/** The search-quality script's query sets: what a reader would type, the same for the same seed. */
import { describe, expect, it } from 'vitest';
import { articlePassages } from '../../scripts/lib/search-quality/article-text.ts';
import { cutRun, generateSet, phrase, querySetsFor, type Article } from '../../scripts/lib/search-quality/query-sets.ts';
import { seededRandom } from '../../scripts/lib/search-quality/seeded-random.ts';

const thai: Article[] = [
  { url: '/th-th/a/', passages: ['บัตรเครดิตถูกปฏิเสธ', 'หากคุณชำระเงินด้วยบัตรเครดิตแต่บัตรของคุณถูกปฏิเสธคุณจะได้รับอีเมลแจ้งว่าเราไม่สามารถดำเนินการชำระเงินได้'] },
  { url: '/th-th/b/', passages: ['อัปเดตข้อมูลประเทศบัตรเครดิต', 'คุณไม่สามารถอัปเดตข้อมูลประเทศของวิธีการเงินของคุณ'] },
];
const dutch: Article[] = [
  { url: '/nl-nl/a/', passages: ['Geweigerde creditcard', 'Als uw creditcard is geweigerd, krijgt u een e-mail van ons.'] },
  { url: '/nl-nl/b/', passages: ['Betaalmethode bijwerken', 'Werk de betaalmethode bij in het Microsoft 365-beheercentrum.'] },
];

describe('the query sets', () => {
  it('are chosen by language: phrases everywhere, cut runs for unspaced scripts, prefixed words for he, ar, ko', () => {
    expect(querySetsFor('nl')).toEqual(['phrase']);
    expect(querySetsFor('th')).toEqual(['phrase', 'cut-run']);
    expect(querySetsFor('ja')).toEqual(['phrase', 'cut-run']);
    expect(querySetsFor('he')).toEqual(['phrase', 'word-bare', 'word-affixed']);
    expect(querySetsFor('ko')).toEqual(['phrase', 'word-bare', 'word-affixed']);
  });

  it('give the same queries for the same seed, and others for another seed', () => {
    const run = (seed: string) => generateSet('cut-run', thai, 'th', 2, seededRandom(seed)).queries;
    expect(run('issue-16')).toEqual(run('issue-16'));
    const seeds = ['a', 'b', 'c', 'd', 'e'].map((s) => JSON.stringify(run(s)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('take 3 to 6 whole words in a row from one passage, without the punctuation at their ends', () => {
    for (let seed = 0; seed < 30; seed++) {
      const query = phrase(dutch[0]!.passages, 'nl', seededRandom(String(seed)))!;
      const words = query.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(3);
      expect(words.length).toBeLessThanOrEqual(6);
      expect(dutch[0]!.passages[1]).toContain(query);
      expect(query).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
    }
  });

  it('take Thai phrases at Intl.Segmenter word boundaries', () => {
    const words = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai[0]!.passages[1]!)].map((s) => s.index));
    const text = thai[0]!.passages[1]!;
    for (let seed = 0; seed < 20; seed++) {
      const query = phrase(thai[0]!.passages, 'th', seededRandom(String(seed)))!;
      const at = text.indexOf(query);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(words.has(at)).toBe(true);
      expect(words.has(at + query.length) || at + query.length === text.length).toBe(true);
    }
  });

  it('cut runs inside a stretch of the script at grapheme boundaries, leaving a character out at either end', () => {
    const graphemes = (text: string) => new Set([...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].map((g) => g.index));
    for (let seed = 0; seed < 50; seed++) {
      const run = cutRun(thai[0]!.passages, 'th', seededRandom(String(seed)))!;
      const length = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(run)].length;
      expect(length).toBeGreaterThanOrEqual(8);
      expect(length).toBeLessThanOrEqual(16);
      const text = thai[0]!.passages.find((p) => p.includes(run))!;
      const at = text.indexOf(run);
      expect(at).toBeGreaterThan(0);
      expect(at + run.length).toBeLessThan(text.length);
      expect(graphemes(text).has(at) && graphemes(text).has(at + run.length)).toBe(true);
    }
    expect(cutRun(['Latin only, no Thai here'], 'th', seededRandom('x'))).toBeUndefined();
  });

  it('leave out a phrase that more than five articles have word for word, and count it', () => {
    const same = Array.from({ length: 6 }, (_, i) => ({ url: `/nl-nl/${i}/`, passages: ['klik op de knop Opslaan'] }));
    const { queries, ambiguous } = generateSet('phrase', same, 'nl', 10, seededRandom('s'));
    expect(queries).toEqual([]);
    expect(ambiguous).toBeGreaterThan(0);
  });

  it('ask for a Hebrew word in its plain form where the article has it only with a prefix, and the reverse', () => {
    const articles: Article[] = [
      { url: '/he-il/a/', passages: ['שמור את הקובץ עכשיו'] },
      { url: '/he-il/b/', passages: ['פתח קובץ חדש'] },
      { url: '/he-il/c/', passages: ['מחק קובץ ישן בקובץ אחר'] },
    ];
    const bare = generateSet('word-bare', articles, 'he', 10, seededRandom('s')).queries;
    expect(bare).toContainEqual({ url: '/he-il/a/', query: 'קובץ' });
    const affixed = generateSet('word-affixed', articles, 'he', 10, seededRandom('s')).queries;
    // Page b has only קובץ: the query is a prefixed form some article has (הקובץ or בקובץ).
    expect(affixed.find((q) => q.url === '/he-il/b/')?.query).toMatch(/^(הקובץ|בקובץ)$/);
    for (const q of [...bare, ...affixed]) expect(articles.find((a) => a.url === q.url)!.passages.join(' ').split(/\s/)).not.toContain(q.query);
  });

  it('take Korean words with and without a particle after them', () => {
    const articles: Article[] = [
      { url: '/ko-kr/a/', passages: ['파일을 저장합니다'] },
      { url: '/ko-kr/b/', passages: ['새 파일 만들기'] },
      { url: '/ko-kr/c/', passages: ['파일 삭제'] },
    ];
    expect(generateSet('word-bare', articles, 'ko', 10, seededRandom('s')).queries).toEqual([{ url: '/ko-kr/a/', query: '파일' }]);
    expect(generateSet('word-affixed', articles, 'ko', 10, seededRandom('s')).queries.map((q) => q.query)).toEqual(['파일을', '파일을']);
  });
});

describe('article passages', () => {
  it('are the blocks of the article, code blocks left out, so no query runs from one block into the next', () => {
    const html = '<html><body><nav>Menu</nav><article><h1>Titel</h1><p>Eerste <b>alinea</b>.</p><ul><li>Een</li><li>Twee<br>regels</li></ul><pre><code>x = 1</code></pre></article></body></html>';
    expect(articlePassages(html)).toEqual(['Titel', 'Eerste alinea.', 'Een', 'Twee', 'regels']);
  });
});
