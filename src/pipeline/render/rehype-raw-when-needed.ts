/**
 * Parses the raw HTML that survived `remark-html-as-text` into real elements, so the sanitizer can judge
 * them. Most articles have none once legacy anchors are gone, and a full HTML re-parse is the costliest
 * step of rendering, so it runs only when there is raw HTML.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit, EXIT } from 'unist-util-visit';

export default function rehypeRawWhenNeeded() {
  return (tree: Root): Root => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? (raw(tree) as Root) : tree;
  };
}
