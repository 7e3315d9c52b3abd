import { describe, expect, it } from 'vitest';
import { articleUrl, slugFromPath } from '../../src/pipeline/slug.ts';

describe('slugs come from file paths, deterministically', () => {
  it.each([
    ['declined-credit-card.md', 'declined-credit-card'],
    ['Change-your-password-in-Outlook.com.md', 'change-your-password-in-outlook.com'],
    ["calendar-icon-isn't-showing-in-msteams-client.md", 'calendar-icon-isnt-showing-in-msteams-client'],
    ['outlook-won\u2019t-accept-your-gmail-pwd.md', 'outlook-wont-accept-your-gmail-pwd'],
    ['cant-access-user data-teams.md', 'cant-access-user-data-teams'],
    ['run-windows-memory-diagnostics -in-windows-10.md', 'run-windows-memory-diagnostics-in-windows-10'],
    ['learn-about-m365-subscription\u2013based-availability.md', 'learn-about-m365-subscription-based-availability'],
    ['restore-an-office-365-group-using-eac\u200B\u200B\u200B.md', 'restore-an-office-365-group-using-eac'],
    ['\u200Fbidi\u202Emarks\u202C.md', 'bidimarks'],
    ['commercial-dialogues/Add A Domain.md', 'commercial-dialogues/add-a-domain'],
    ['change-the-default-link-type-for-a-site copy.md', 'change-the-default-link-type-for-a-site-copy'],
    ['Überblick über Zahlungen.md', 'überblick-über-zahlungen'],
    ['snake_case_name.md', 'snake_case_name'],
    ['what?#%&.md', 'what'],
  ])('%s → %s', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });

  it('lowercases, so files differing only in case share a URL (the loader reports that)', () => {
    expect(slugFromPath('Excel-Crashing.md')).toBe(slugFromPath('excel-crashing.md'));
  });

  it('builds the article URL from locale and slug, with a trailing slash', () => {
    expect(articleUrl('nl-nl', 'declined-credit-card')).toBe('/nl-nl/declined-credit-card/');
  });
});
