/**
 * `import()` as Node does it, not as Vite's module runner does. Astro runs the content config through that
 * runner, which transforms every module of the content pipeline again on each build: about 0.5 s of a
 * rebuild that takes 5 s, where Node (which strips the types itself) loads the same modules in 0.3 s. The
 * runner rewrites each `import()` in the code it runs; a function made from a string is not its code.
 *
 * What is imported this way is Node's module, not Vite's: it must not count on anything Vite does (virtual
 * modules, `import.meta.env`), which the content pipeline never does, since its worker threads load it
 * the same way (render-worker.ts).
 */
const importHere = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

export function nativeImport<Module>(url: URL): Promise<Module> {
  return importHere(url.href) as Promise<Module>;
}
