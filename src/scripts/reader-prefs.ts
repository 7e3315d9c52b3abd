/**
 * What a reader chose, remembered in localStorage (no cookies, nothing sent anywhere):
 * - `help.locale`: the language picked in a picker; `/`, the 404 page and short links without a locale
 *   follow it next time (src/scripts/negotiate-locale.ts).
 * - `help.original`: "always show me the original" for machine-translated articles; turned off again from
 *   the bar on original pages. The redirect itself is an inline script in the page head (ArticlePage.astro),
 *   so it happens before anything is drawn.
 */
import { LOCALE_KEY, ORIGINAL_KEY } from './reader-prefs-keys.ts';

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be off (private mode); the choice then lasts for this page only.
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Picker links: remember the choice, and keep the section the reader is at.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) {
  link.addEventListener('click', () => {
    store(LOCALE_KEY, link.dataset['locale'] ?? null);
    if (location.hash) link.hash = location.hash;
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-original]')) {
  button.addEventListener('click', () => {
    store(ORIGINAL_KEY, '1');
    location.href = button.dataset['original']! + location.hash;
  });
}

// On an original page, tell the reader why they are here and let them undo it.
const bar = document.getElementById('showing-originals');
if (bar && read(ORIGINAL_KEY) === '1') {
  bar.hidden = false;
  bar.querySelector('button')?.addEventListener('click', () => {
    store(ORIGINAL_KEY, null);
    bar.hidden = true;
  });
}
