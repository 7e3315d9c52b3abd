/**
 * Images: a relative picture that exists in the content folder and may be published (publish-policy.ts) is
 * published at its content path (`media/card.png` in `nl-nl/a.md` → `/nl-nl/media/card.png`, copied by the
 * build, which copies only the pictures articles show: `assets`); one that does not exist (the real corpus
 * ships no `media/` folder) or may not be published (`evil.html`, an SVG with script) is reported with its
 * line and shown as its alt text, never a broken image and never a failed build. Remote and inline
 * `data:image/…` pictures stay as they are.
 */
import { posix } from 'node:path';
import type { Element, Parent, Root } from 'hast';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { at, collected, rendered } from './context.ts';
import { sourceOf } from './sources.ts';

export default function rehypeImages() {
  return (tree: Root, file: VFile) => {
    const context = file.data.context;
    const out = collected(file.data);
    visit(tree, 'element', (node: Element, index, parent: Parent | undefined) => {
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string' || !context) return;
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return;
      let decoded = src.split(/[?#]/)[0] ?? src;
      try {
        decoded = decodeURIComponent(decoded);
      } catch {
        // keep it as written
      }
      // A picture in a partial is next to the partial: at its place in this locale, else next to the
      // source locale's partial the text came from.
      const source = sourceOf(file.data, node);
      const bases = source ? [source.logical, source.path] : [context.path];
      const paths = decoded.startsWith('/') ? [decoded.slice(1)] : bases.map((base) => posix.normalize(posix.join(posix.dirname(base), decoded)));
      const candidates = paths.map((path) => (path.startsWith('..') ? undefined : context.findFile?.(path))).filter((f) => f !== undefined);
      const found = candidates.find((f) => f.refused === undefined) ?? candidates[0];
      if (found && found.refused === undefined) {
        node.properties['src'] = `/${found.path.split('/').map(encodeURIComponent).join('/')}`;
        if (!out.assets.includes(found.path)) out.assets.push(found.path);
        return;
      }
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
      out.stats.missingImages++;
      const where = { file: '', ...at(node) };
      out.diagnostics.push(
        rendered(
          found?.refused !== undefined
            ? messages.imageRefused(where, src, found.refused)
            : messages.imageMissing(where, src, `${context.path.split('/')[0]}/…/${posix.basename(decoded)}`, source !== undefined),
        ),
      );
      if (parent && index !== undefined) {
        parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['missing-image'] }, children: alt ? [{ type: 'text', value: alt }] : [] };
      }
    });
  };
}
