/**
 * The one directory walker (src/pipeline/walk-files.ts), as the tools that read a built site use it. The
 * content folder's use (links, dot files, pipes, permissions) is tested through loadContent in
 * test/content-tree.test.ts.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, walkFolder } from '../../src/pipeline/walk-files.ts';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'walk-files-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  return root;
}

describe('filesUnder', () => {
  it('lists every file with forward slashes, sorted, folders left out', () => {
    const root = tree(['nl-nl/b/index.html', 'nl-nl/a/index.html', '404.html', 'B.txt']);
    expect(filesUnder(root)).toEqual(['404.html', 'B.txt', 'nl-nl/a/index.html', 'nl-nl/b/index.html']);
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(filesUnder(join(tmpdir(), 'walk-files-none', 'dist'))).toEqual([]);
  });

  it('leaves out the folders the caller skips, at any depth', () => {
    const root = tree(['a.html', 'pagefind/x.js', 'nl-nl/pagefind-ui/y.html', 'nl-nl/b.html']);
    expect(filesUnder(root, (name) => name.startsWith('pagefind'))).toEqual(['a.html', 'nl-nl/b.html']);
  });

  it('throws on a link out of the folder rather than leaving it out', () => {
    const root = tree(['a.html']);
    const outside = tree(['secret.txt']);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'b.html'));
    expect(() => filesUnder(root)).toThrow(/b\.html: symlink-outside/);
  });
});

describe('walkFolder', () => {
  it('lists the folders it walked into (what `astro dev` watches), not those it was told to skip', () => {
    const root = tree(['nl-nl/a.md', 'nl-nl/includes/media/b.png', 'c.yml', 'skip/d.md']);
    mkdirSync(join(root, 'empty'));
    expect(walkFolder(root, { skipFolder: (name) => name === 'skip' }).folders).toEqual(['.', 'empty', 'nl-nl', 'nl-nl/includes', 'nl-nl/includes/media']);
  });

  it('lists what listOnly chooses without looking inside, and says which those are', () => {
    const root = tree(['en-us/a.md', '.git/config', 'en-us/.DS_Store']);
    const walked = walkFolder(root, { listOnly: (name) => name.startsWith('.') });
    expect(walked.paths).toEqual(['.git', 'en-us/.DS_Store', 'en-us/a.md']);
    expect([...walked.listedOnly].sort()).toEqual(['.git', 'en-us/.DS_Store']);
    expect(walked.problems).toEqual([]);
  });

  it('follows a link that stays inside, and names a loop instead of walking it forever', () => {
    const root = tree(['en-us/topics/a.md']);
    symlinkSync('topics', join(root, 'en-us/old-topics'));
    symlinkSync('..', join(root, 'en-us/topics/up'));
    const walked = walkFolder(root);
    expect(walked.paths).toEqual(['en-us/old-topics/a.md', 'en-us/topics/a.md']);
    // Reached through the linked folder: a change to it is seen at en-us/topics/a.md.
    expect([...walked.linked]).toEqual(['en-us/old-topics/a.md']);
    expect(walked.problems.map((p) => [p.path, p.kind])).toEqual([
      ['en-us/old-topics/up', 'symlink-loop'],
      ['en-us/topics/up', 'symlink-loop'],
    ]);
  });

  it('names a file that is a link as linked, and a plain file not', () => {
    const root = tree(['en-us/a.md']);
    symlinkSync('a.md', join(root, 'en-us/alias.md'));
    const walked = walkFolder(root);
    expect(walked.paths).toEqual(['en-us/a.md', 'en-us/alias.md']);
    expect([...walked.linked]).toEqual(['en-us/alias.md']);
  });

  it('reports a missing folder as a problem of the folder itself', () => {
    expect(walkFolder(join(tmpdir(), 'walk-files-none')).problems).toEqual([{ path: '.', kind: 'missing', detail: 'ENOENT' }]);
  });
});
