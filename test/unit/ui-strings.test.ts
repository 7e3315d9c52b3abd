import { describe, expect, it } from 'vitest';
import { missingStrings, t } from '../../src/i18n/ui-strings.ts';

describe('UI strings', () => {
  it('picks the string of the locale language', () => {
    expect(t('nl-nl', 'lastUpdated')).toBe('Laatst bijgewerkt');
    expect(t('de-de', 'lastUpdated')).toBe('Zuletzt aktualisiert');
  });

  it('falls back along the chain: nl-be uses Dutch, a locale without strings uses English', () => {
    expect(t('nl-be', 'lastUpdated')).toBe('Laatst bijgewerkt');
    expect(t('fr-fr', 'lastUpdated')).toBe('Last updated');
  });

  it('lists the keys a locale takes from English', () => {
    expect(missingStrings('nl-nl')).toEqual([]);
    expect(missingStrings('en-gb')).toEqual([]);
    expect(missingStrings('fr-fr')).toContain('lastUpdated');
  });
});
