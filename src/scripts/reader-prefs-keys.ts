/**
 * The localStorage keys of reader-prefs.ts, in a module of their own: the build names them too (the pages
 * that read the remembered choice, src/astro/reader-locale-script.ts) and must not run reader-prefs.ts, which
 * wires up the page it runs in.
 */
export const LOCALE_KEY = 'help.locale';
export const ORIGINAL_KEY = 'help.original';
