/**
 * Parses the raw HTML that survived `remark-html-as-text` into real elements, so the sanitizer can judge
 * them. Most articles have none once legacy anchors are gone, and a full HTML re-parse is the costliest
 * step of rendering, so it runs only when there is raw HTML.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit, EXIT } from './visit.ts';
import type { VFile } from 'vfile';

export default function rehypeRawWhenNeeded() {
  return (tree: Root, file: VFile): Root => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    // With the file, parsed elements keep their position: removals are reported at the author's line.
    return hasRaw ? (raw(tree, { file }) as Root) : tree;
  };
}
