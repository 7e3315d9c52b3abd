/** Every setting is declared once (src/site-options.ts), checked, and documented in the README's table. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionDocs, readSiteOptions } from '../../src/site-options.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('the settings', () => {
  it('have defaults that build the project’s own content', () => {
    expect(readSiteOptions({})).toEqual({
      CONTENT_DIR: 'content',
      OUT_DIR: './dist',
      ASTRO_CACHE_DIR: './node_modules/.astro',
      SITE_URL: 'https://help.example.com',
      SOURCE_LOCALE: 'en-us',
      LOCALES: undefined,
      SEARCH: true,
      HELP_VERBOSE: false,
      HELP_BUILD_STOP_AT: '',
      HELP_SITEMAP_LIMITS: undefined,
    });
  });

  it('take smaller sitemap limits for a test, never larger than the protocol allows', () => {
    expect(readSiteOptions({ HELP_SITEMAP_LIMITS: '3,6000' }).HELP_SITEMAP_LIMITS).toEqual({ urls: 3, bytes: 6000 });
    for (const bad of ['3', '3,6000,1', '0,6000', '50001,6000', '3,52428801', 'a,b']) {
      expect(() => readSiteOptions({ HELP_SITEMAP_LIMITS: bad })).toThrow(`HELP_SITEMAP_LIMITS=${JSON.stringify(bad)} must be <urls>,<bytes>, each at least 1 and at most the protocol's 50000,52428800.`);
    }
  });

  it('stop on a bad value with the variable, the value and the fix, all at once', () => {
    expect(() => readSiteOptions({ SITE_URL: 'javascript:alert(1)', SOURCE_LOCALE: 'English', SEARCH: 'off' })).toThrow(
      [
        'Bad settings:',
        '  SITE_URL="javascript:alert(1)" must be an http or https URL such as https://help.example.com. The public address of the site, for canonical links, hreflang and the sitemap. Fix it, or unset SITE_URL for the default.',
        '  SOURCE_LOCALE="English" must be a locale folder name such as en-us. The locale translations are made from: fallback pages, notices and x-default point at it. Fix it, or unset SOURCE_LOCALE for the default.',
        '  SEARCH="off" must be 0 or 1. `0` builds without a search index (quicker while working on something else). Fix it, or unset SEARCH for the default.',
      ].join('\n'),
    );
  });

  it('treat an empty variable as unset', () => {
    expect(readSiteOptions({ SITE_URL: '', SEARCH: '' })).toMatchObject({ SITE_URL: 'https://help.example.com', SEARCH: true });
  });

  it('are the README’s table of settings, row for row', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Settings'), readme.indexOf('\n## ', readme.indexOf('## Settings') + 1));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const documented = rows.map((row) => {
      const [name = '', fallback = '', description = ''] = row.slice(2, -2).split(' | ');
      return { name: name.replace(/`/g, ''), default: fallback === '(empty)' ? '' : fallback.replace(/`/g, ''), description };
    });
    expect(documented).toEqual(optionDocs());
  });
});

describe('the project reads settings only through site-options.ts', () => {
  it('has no other process.env read of a setting in src/, scripts/ or astro.config.mjs', async () => {
    const { spawnSync } = await import('node:child_process');
    const names = optionDocs().map((o) => o.name).join('|');
    // git grep exits 1 when nothing matches, which is the answer we want.
    const found = spawnSync('git', ['grep', '-nE', `process\\.env(\\.|\\[')(${names})`, '--', 'src', 'scripts', 'astro.config.mjs'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
    expect(found === '' ? [] : found.split('\n')).toEqual([]);
  }, 10_000);
});
