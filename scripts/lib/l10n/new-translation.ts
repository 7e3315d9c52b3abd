/**
 * Creates a translation from its source: the same body (legacy anchors included, ready to translate) and the
 * source's front matter, with the fields that tie it to this version of the source:
 * `ms.contentlocale`, `ms.openlocfilehash` (the source's git blob hash now), `ms.sourcegitcommit`,
 * `ms.lasthandoff` (today), `ms.translationtype: HT`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { formatDiagnostic } from '../../../src/pipeline/diagnostics.ts';
import { readFrontMatter, type FrontMatter } from '../../../src/pipeline/front-matter.ts';
import { gitBlobHash } from '../../../src/pipeline/git-blob-hash.ts';
import { describeLocale } from '../../../src/pipeline/locales.ts';

export class L10nError extends Error {}

export interface NewTranslation {
  path: string;
  text: string;
}

export function newTranslation(contentDir: string, sourceLocale: string, locale: string, articlePath: string, today = new Date()): NewTranslation {
  const info = describeLocale(locale);
  if (!info.ok) throw new L10nError(`${info.reason}; ${info.fix}`);
  if (locale === sourceLocale) throw new L10nError(`${locale} is the source locale; translations go to another locale`);
  const relative = withoutLocale(articlePath, [sourceLocale]);
  const sourceFile = join(contentDir, sourceLocale, relative);
  if (!existsSync(sourceFile)) throw new L10nError(`there is no source article ${join(sourceLocale, relative)}; give its path below ${sourceLocale}/, e.g. declined-credit-card.md`);
  const target = join(contentDir, locale, relative);
  if (existsSync(target)) throw new L10nError(`${join(locale, relative)} exists already; edit it, or delete it first to start over`);

  const bytes = readFileSync(sourceFile);
  const text = new TextDecoder().decode(bytes); // which drops a BOM
  const source = readArticleFrontMatter(text, join(sourceLocale, relative));
  const data: Record<string, unknown> = {
    ...source.data,
    'ms.contentlocale': info.locale.tag,
    'ms.translationtype': 'HT',
    'ms.openlocfilehash': gitBlobHash(bytes),
    'ms.sourcegitcommit': headCommit(contentDir),
    'ms.lasthandoff': `${today.getUTCMonth() + 1}/${today.getUTCDate()}/${today.getUTCFullYear()}`,
  };
  if (data['ms.sourcegitcommit'] === undefined) delete data['ms.sourcegitcommit'];
  const translation = `---\n${stringify(data, { lineWidth: 0 })}---\n${text.slice(source.bodyOffset)}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, translation, { flag: 'wx' });
  return { path: join(locale, relative), text: translation };
}

/** `nl-nl/a.md`, `/en-us/a.md` or `a.md` → `a.md` (a path given with its locale folder, or without). */
export function withoutLocale(articlePath: string, locales: readonly string[]): string {
  const path = articlePath.replace(/^\/+/, '');
  const locale = locales.find((l) => path.startsWith(`${l}/`));
  return locale ? path.slice(locale.length + 1) : path;
}

/** The front matter as the build reads it, or the build's own message for why it cannot be read. */
export function readArticleFrontMatter(text: string, file: string): FrontMatter {
  const read = readFrontMatter(text.replace(/^\uFEFF/, ''), file);
  if (!read.ok) throw new L10nError(read.diagnostics.map(formatDiagnostic).join('\n'));
  return read.frontMatter;
}

function headCommit(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
