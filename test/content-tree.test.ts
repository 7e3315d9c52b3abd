/**
 * The content folder as the file system gives it: links that stay inside are followed, tooling files are
 * listed but never published, and what cannot be read is named (not left out of the site).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { projectRoot } from './helpers/build-site.ts';

function article(file: string, title = 'An article') {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `---\ntitle: ${title}\n---\n# ${title}\n\nText.\n`);
}

function tempContent(): string {
  return join(mkdtempSync(join(tmpdir(), 'content-tree-')), 'content');
}

describe('symbolic links inside the content folder', () => {
  it('are followed: a linked article and a linked folder become pages', () => {
    const content = tempContent();
    article(join(content, 'en-us/declined-credit-card.md'), 'Declined credit card');
    article(join(content, 'en-us/topics/payment.md'), 'Payment');
    symlinkSync('declined-credit-card.md', join(content, 'en-us/card-declined.md'));
    symlinkSync('topics', join(content, 'en-us/old-topics'));
    const result = loadContent({ contentDir: content });
    expect(result.errorCount).toBe(0);
    expect(result.articles.map((a) => a.data.url).sort()).toEqual(['/en-us/card-declined/', '/en-us/declined-credit-card/', '/en-us/old-topics/payment/', '/en-us/topics/payment/']);
  });

  it('are followed when the content folder itself is reached through a link', () => {
    const content = tempContent();
    article(join(content, 'en-us/a.md'));
    const link = join(content, '../linked-content');
    symlinkSync(content, link);
    expect(loadContent({ contentDir: link }).articles.map((a) => a.data.url)).toEqual(['/en-us/a/']);
  });
});

describe('files that are not content', () => {
  it('lists dot files and folders in the manifest as never published, without reading them', () => {
    const content = tempContent();
    article(join(content, 'en-us/a.md'));
    article(join(content, 'en-us/.hidden.md'));
    mkdirSync(join(content, '.git'));
    writeFileSync(join(content, '.git/config'), '[core]\n');
    const result = loadContent({ contentDir: content });
    expect(result.errorCount).toBe(0);
    const ignored = result.manifest.filter((e) => e.kind === 'ignored');
    expect(ignored.map((e) => e.path)).toEqual(['.git', 'en-us/.hidden.md']);
    expect(ignored.every((e) => e.reason?.includes('never published'))).toBe(true);
  });

  it('names a pipe instead of waiting on it forever', () => {
    const content = tempContent();
    article(join(content, 'en-us/a.md'));
    execFileSync('mkfifo', [join(content, 'en-us/pipe.md')]);
    const result = loadContent({ contentDir: content, displayRoot: 'content' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/en-us/pipe.md error [file/not-a-file] this is a pipe, socket or device, not a file\n    fix: remove it from the content folder',
    ]);
  });
});

describe('an unreadable file or folder', () => {
  // Permissions do not stop root, so as root the load runs as the unprivileged user `nobody`.
  const asNobody = process.getuid?.() === 0;

  it('is an error naming it, and the readable articles still load', () => {
    const base = mkdtempSync(join(tmpdir(), 'content-tree-'));
    chmodSync(base, 0o755);
    const content = join(base, 'content');
    article(join(content, 'en-us/a.md'));
    article(join(content, 'en-us/secret.md'));
    article(join(content, 'nl-nl/locked/b.md'));
    chmodSync(join(content, 'en-us/secret.md'), 0o000);
    chmodSync(join(content, 'nl-nl/locked'), 0o000);
    const script = `
      const { loadContent } = await import(${JSON.stringify(join(projectRoot, 'src/pipeline/load-content.ts'))});
      const { formatDiagnostic } = await import(${JSON.stringify(join(projectRoot, 'src/pipeline/diagnostics.ts'))});
      const result = loadContent({ contentDir: ${JSON.stringify(content)}, displayRoot: 'content' });
      console.log(JSON.stringify({ urls: result.articles.map((a) => a.data.url), messages: result.diagnostics.map(formatDiagnostic) }));`;
    const node = join(projectRoot, 'node_modules/.bin/node');
    const command = asNobody ? ['runuser', ['-u', 'nobody', '--', node, '--input-type=module', '-e', script]] as const : [node, ['--input-type=module', '-e', script]] as const;
    const output = JSON.parse(execFileSync(command[0], [...command[1]], { cwd: base, encoding: 'utf8' })) as { urls: string[]; messages: string[] };
    expect(output.urls).toEqual(['/en-us/a/']);
    expect(output.messages).toEqual([
      'content/en-us/secret.md error [file/unreadable] the file or folder cannot be read (EACCES), so nothing in it was built\n    fix: give the build user read permission (chmod a+r, and a+x for folders), or remove it',
      'content/nl-nl/locked error [file/unreadable] the file or folder cannot be read (EACCES), so nothing in it was built\n    fix: give the build user read permission (chmod a+r, and a+x for folders), or remove it',
    ]);
  });
});
