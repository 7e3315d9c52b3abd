/**
 * Which locales a shard build writes, from LOCALES or `--locales` (src/astro/shard.ts): a value that cannot
 * be meant is an error, never a build of nothing or of everything.
 */
import { describe, expect, it } from 'vitest';
import { chooseShard, unknownShardLocales } from '../../src/astro/shard.ts';

const argv = (...args: string[]) => ['node', 'astro.mjs', 'build', ...args];

describe('choosing the locales of a shard build', () => {
  it('is a full build with neither LOCALES nor --locales, or with an empty LOCALES', () => {
    expect(chooseShard(undefined, argv())).toEqual({});
    expect(chooseShard('', argv())).toEqual({});
  });

  it('reads LOCALES, --locales a,b and --locales=a,b alike, in lower case and once each', () => {
    expect(chooseShard(' nl-NL, de-de,nl-nl,', argv()).locales).toEqual(['nl-nl', 'de-de']);
    expect(chooseShard(undefined, argv('--locales', 'nl-nl,de-de'))).toEqual({ locales: ['nl-nl', 'de-de'], given: '--locales nl-nl,de-de' });
    expect(chooseShard(undefined, argv('--locales=nl-nl'))).toEqual({ locales: ['nl-nl'], given: '--locales=nl-nl' });
    expect(chooseShard('nl-nl', argv('--locales', 'NL-NL'))).toEqual({ locales: ['nl-nl'], given: 'LOCALES=nl-nl' });
  });

  it('refuses --locales with no value instead of taking the next flag or building everything', () => {
    const error = 'give a comma-separated list of locale folders, e.g. LOCALES=nl-nl,de-de or --locales nl-nl,de-de';
    expect(chooseShard(undefined, argv('--locales'))).toEqual({ error: `--locales has no value; ${error}` });
    expect(chooseShard(undefined, argv('--locales', '--verbose'))).toEqual({ error: `--locales has no value; ${error}` });
    expect(chooseShard(undefined, argv('--locales='))).toEqual({ given: '--locales=""', error: `--locales="" names no locale; ${error}` });
    expect(chooseShard(' , ', argv()).error).toBe(`LOCALES=" , " names no locale; ${error}`);
  });

  it('refuses two different lists', () => {
    expect(chooseShard(undefined, argv('--locales', 'nl-nl', '--locales=de-de')).error).toBe('--locales is given 2 times (--locales nl-nl, --locales=de-de); give it once');
    expect(chooseShard('nl-nl', argv('--locales', 'de-de')).error).toBe('LOCALES=nl-nl and --locales de-de disagree; give one of them');
  });

  it('names a locale with no folder, with "did you mean" and the locales there are', () => {
    const choice = chooseShard('nl-nk,en-us,xx-yy', argv());
    expect(unknownShardLocales(choice, ['en-us', 'nl-nl'], 'content')).toBe(
      'LOCALES=nl-nk,en-us,xx-yy: content has no locale folder "nl-nk" (did you mean nl-nl?), "xx-yy". Its locales: en-us, nl-nl.',
    );
    expect(unknownShardLocales(chooseShard('nl-nl', argv()), ['en-us', 'nl-nl'], 'content')).toBeUndefined();
    expect(unknownShardLocales(chooseShard(undefined, argv()), [], 'content')).toBeUndefined();
  });
});
