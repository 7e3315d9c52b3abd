/**
 * `--external`: are the web pages our articles link to still there? linkinator does the checking (timeouts,
 * retries after 429 with Retry-After, retries with jitter after 5xx, a concurrency limit); we give it one
 * synthetic page listing each unique URL once, map its answers back to every Markdown line that uses the URL,
 * and keep a cache so a run checks only what it has not seen recently.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { escapeAttr } from '../../../src/article-pages/html-escape.ts';
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { messages } from '../../../src/pipeline/messages.ts';
import type { LinkCheckConfig } from './config.ts';

interface CacheEntry {
  status: number;
  ok: boolean;
  checked: number;
}

export interface ExternalResult {
  findings: Diagnostic[];
  checked: number;
  cached: number;
}

export async function checkExternal(
  articles: Article[],
  show: (path: string) => string,
  settings: LinkCheckConfig['external'],
  cacheFile: string,
  now = Date.now(),
): Promise<ExternalResult> {
  const uses = new Map<string, { file: string; line?: number; column?: number }[]>();
  const skip = settings.skip.map((p) => new RegExp(p));
  for (const a of articles) {
    for (const l of a.links) {
      const url = l.kind === 'external' || (l.kind === 'short-link' && l.href === l.original) ? l.href : undefined;
      if (!url || !/^https?:\/\//i.test(url) || skip.some((re) => re.test(url))) continue;
      const key = url.split('#')[0]!;
      uses.set(key, [...(uses.get(key) ?? []), { file: show(a.path), ...(l.line ? { line: l.line } : {}), ...(l.column ? { column: l.column } : {}) }]);
    }
  }
  const cache = readCache(cacheFile);
  const fresh = (e: CacheEntry | undefined) => e !== undefined && now - e.checked < settings.cacheHours * 3_600_000;
  const todo = [...uses.keys()].filter((url) => !fresh(cache[url]));
  const results = todo.length > 0 ? await linkinatorCheck(todo, settings) : new Map<string, { ok: boolean; status: number }>();
  for (const [url, r] of results) cache[url] = { ...r, checked: now };
  writeCache(cacheFile, cache);

  const findings: Diagnostic[] = [];
  for (const [url, places] of uses) {
    const r = cache[url];
    if (!r || r.ok) continue;
    for (const at of places) findings.push(messages.brokenExternalLink(at, url, r.status));
  }
  return { findings, checked: todo.length, cached: uses.size - todo.length };
}

async function linkinatorCheck(urls: string[], settings: LinkCheckConfig['external']): Promise<Map<string, { ok: boolean; status: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'external-links-'));
  try {
    const page = `<!doctype html><html><body>${urls.map((u) => `<a href="${escapeAttr(u)}">x</a>`).join('\n')}</body></html>`;
    writeFileSync(join(dir, 'index.html'), page);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: join(dir, 'index.html'),
      recurse: false,
      concurrency: settings.concurrency,
      timeout: settings.timeout,
      retry: true,
      retryErrors: settings.retries > 0,
      retryErrorsCount: settings.retries,
      retryErrorsJitter: 500,
    });
    const out = new Map<string, { ok: boolean; status: number }>();
    const wanted = new Set(urls);
    for (const link of result.links) {
      if (!wanted.has(link.url) || link.state === LinkState.SKIPPED) continue;
      out.set(link.url, { ok: link.state === LinkState.OK, status: link.status ?? 0 });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readCache(file: string): Record<string, CacheEntry> {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, CacheEntry>) : {};
  } catch {
    return {};
  }
}

function writeCache(file: string, cache: Record<string, CacheEntry>) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(cache));
}
