/**
 * Which locales a shard build writes (LOCALES, read by src/site-options.ts; checked against the content in
 * src/astro/shard.ts): a value that cannot be meant stops the build instead of building nothing or everything.
 */
import { describe, expect, it } from 'vitest';
import { unknownShardLocales } from '../../src/astro/shard.ts';
import { readSiteOptions } from '../../src/site-options.ts';

const locales = (value: string | undefined) => readSiteOptions({ LOCALES: value }).LOCALES;

describe('the LOCALES setting', () => {
  it('is a full build when unset or empty', () => {
    expect(locales(undefined)).toBeUndefined();
    expect(locales('')).toBeUndefined();
  });

  it('reads a comma-separated list in lower case, once each', () => {
    expect(locales(' nl-NL, de-de,nl-nl,')).toEqual(['nl-nl', 'de-de']);
  });

  it('refuses a list that names no locale, or something that is not a locale folder name', () => {
    expect(() => locales(' , ')).toThrow('LOCALES=" , " names no locale.');
    expect(() => locales('nl-nl,../x')).toThrow('LOCALES="nl-nl,../x" names "../x", which is not a locale folder name.');
  });

  it('names a locale with no folder, with "did you mean" and the locales there are', () => {
    expect(unknownShardLocales(locales('nl-nk,en-us,xx-yy'), ['en-us', 'nl-nl'], 'content')).toBe(
      'LOCALES=nl-nk,en-us,xx-yy: content has no locale folder "nl-nk" (did you mean nl-nl?), "xx-yy". Its locales: en-us, nl-nl.',
    );
    expect(unknownShardLocales(locales('nl-nl'), ['en-us', 'nl-nl'], 'content')).toBeUndefined();
    expect(unknownShardLocales(locales(undefined), [], 'content')).toBeUndefined();
  });
});
