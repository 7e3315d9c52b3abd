import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';

describe('fill puts values into a UI string as they are', () => {
  it.each(["$'", '$`', '$&', '$$', '$1', "a$'b$`c$&d"])('keeps the replacement pattern %j as typed', (q) => {
    expect(fill('Results for “{q}”.', { q })).toBe(`Results for “${q}”.`);
  });

  it('fills every placeholder once and never scans a value again', () => {
    expect(fill('{language}, then {source}', { language: '{source}', source: 'English' })).toBe('{source}, then English');
    expect(fill('{q} and {q}', { q: 'x' })).toBe('x and x');
  });

  it('leaves a placeholder it has no value for, including names on Object.prototype', () => {
    expect(fill('{date} {constructor} {toString}', {})).toBe('{date} {constructor} {toString}');
  });
});
