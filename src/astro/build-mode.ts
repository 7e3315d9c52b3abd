/**
 * Whether this process is `astro build`. Article pages are written differently in a build (stamped at the
 * end, see write-article-pages.ts) and in `astro dev` (rendered one by one). `import.meta.env.DEV` cannot
 * tell: it follows NODE_ENV, which a test runner sets to `test` for builds it starts.
 */
export const isAstroBuild = process.argv.includes('build');
