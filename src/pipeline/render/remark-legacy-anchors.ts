/**
 * Turns docfx legacy anchors into ids. `# <a name="declined-credit-card"></a>Geweigerde creditcard` is how
 * every localized heading starts; the name is the English slug and is the same in every locale, so it
 * becomes the heading's `id` and English anchors work everywhere. The empty `<a>` pair is removed.
 *
 * An anchor elsewhere (`text <a name="step-2"></a> more`) becomes an empty `<span id>` in place.
 * Does not: invent ids for headings without an anchor (see `rehype-heading-ids`), or check duplicates.
 */
import type { Heading, Html, Parent, Root } from 'mdast';
import { visit, SKIP } from './visit.ts';
import type { VFile } from 'vfile';
import { collected } from './context.ts';
import { legacyAnchorName } from './html-tags.ts';

export default function remarkLegacyAnchors() {
  return (tree: Root, file: VFile) => {
    const out = collected(file.data);
    const stats = out.stats;
    visit(tree, 'heading', (heading: Heading) => {
      const [first] = heading.children;
      if (first?.type !== 'html') return;
      const name = legacyAnchorName(first.value);
      if (!name) return;
      const closes = heading.children[1]?.type === 'html' && /^<\/a\s*>$/i.test((heading.children[1] as Html).value.trim());
      heading.children.splice(0, closes ? 2 : 1);
      trimStart(heading);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: name } };
      stats.legacyAnchors++;
      out.anchors.push(name);
    });
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const name = legacyAnchorName(node.value);
      if (!name) return;
      const next = parent.children[index + 1];
      const closes = next?.type === 'html' && /^<\/a\s*>$/i.test(next.value.trim());
      const span = { type: 'legacyAnchor', data: { hName: 'span', hProperties: { id: name } }, position: node.position };
      parent.children.splice(index, closes ? 2 : 1, span as unknown as Html);
      stats.legacyAnchors++;
      out.anchors.push(name);
      return [SKIP, index + 1];
    });
  };
}

/** `# <a name="x"></a> Title` leaves a leading space in the text. */
function trimStart(heading: Heading) {
  const first = heading.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
}
