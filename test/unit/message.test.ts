import { describe, expect, it } from 'vitest';
import { messageHtml } from '../../src/i18n/message-html.ts';
import { messageParts, placeholders } from '../../src/i18n/message.ts';

describe('messages with values', () => {
  it('splits a template around its values, in order', () => {
    expect(messageParts('{count} results for “{q}”', { q: 'x', count: '3' })).toEqual([{ name: 'count', value: '3' }, ' results for “', { name: 'q', value: 'x' }, '”']);
    expect(placeholders('{language} … {source}')).toEqual(['language', 'source']);
  });

  it('keeps a value as typed: no replacement patterns, no second pass', () => {
    expect(messageParts('Results for “{q}”', { q: "$'$&{q}" })).toEqual(['Results for “', { name: 'q', value: "$'$&{q}" }, '”']);
  });

  it('leaves a placeholder it has no value for, including names on Object.prototype', () => {
    expect(messageParts('{date} {constructor}', {})).toEqual(['{date} {constructor}']);
  });

  it('isolates every value in <bdi> and escapes text, as HTML', () => {
    expect(messageHtml('עודכן לאחרונה: {date}', { date: '5 באוגוסט 2021' })).toBe('עודכן לאחרונה: <bdi>5 באוגוסט 2021</bdi>');
    expect(messageHtml('<b>{q}</b> & co', { q: '<script>' })).toBe('&lt;b&gt;<bdi>&lt;script&gt;</bdi>&lt;/b&gt; &amp; co');
    expect(messageHtml('Last updated: {date}', { date: { html: '<time datetime="2021-08-05">August 5, 2021</time>' } })).toBe(
      'Last updated: <bdi><time datetime="2021-08-05">August 5, 2021</time></bdi>',
    );
  });
});
