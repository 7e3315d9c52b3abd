/**
 * Keeps only allowed HTML as HTML. Translated help text is full of placeholders that look like tags
 * (`Set-CASMailbox <mailboxname>`, `<Group Name>`, `<your email>`): a browser would swallow them, so every
 * inline tag that is not on the allowlist becomes literal text. Comments are dropped. `</br>` is a
 * line break, as browsers treat it.
 *
 * Does not: sanitize attributes of allowed tags (the sanitizer does that after parsing).
 */
import type { Html, Parent, Root } from 'mdast';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { collected } from './context.ts';
import { ALLOWED_TAGS, MARKUP_TAGS, tagName } from './html-tags.ts';

export default function remarkHtmlAsText() {
  return (tree: Root, file: VFile) => {
    const stats = collected(file.data).stats;
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const value = node.value.trim();
      if (/^<!--[\s\S]*-->$/.test(value)) {
        parent.children.splice(index, 1);
        return index;
      }
      if (/^<\/br\s*>$/i.test(value)) {
        node.value = '<br>';
        return;
      }
      // Keep HTML that starts with an allowed tag (the sanitizer cleans it after parsing); anything else that
      // merely looks like a tag is a placeholder the author wants to be read.
      const name = tagName(value) ?? /^<\/?([a-zA-Z][a-zA-Z0-9]*)[\s>/]/.exec(value)?.[1]?.toLowerCase();
      // Scripts and other real markup go to the sanitizer too, which removes and reports them; so does any
      // tag with an attribute (`<x onclick=…>`): placeholders have none.
      if (name !== undefined && (ALLOWED_TAGS.has(name) || MARKUP_TAGS.has(name) || /^<[a-z][a-z0-9]*\s[^>]*=/i.test(value))) return;
      stats.placeholders++;
      parent.children.splice(index, 1, { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) });
      return;
    });
  };
}
