/**
 * Keeps only allowed HTML as HTML. Translated help text is full of placeholders that look like tags
 * (`Set-CASMailbox <mailboxname>`, `<Group Name>`, `<your email>`): a browser would swallow them, so every
 * inline tag that is not on the allowlist becomes literal text. Comments are dropped. `</br>` is a
 * line break, as browsers treat it.
 *
 * Does not: sanitize attributes of allowed tags (the sanitizer does that after parsing).
 */
import type { Html, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALLOWED_TAGS, STRIPPED_TAGS, tagName } from './html-tags.ts';

export default function remarkHtmlAsText() {
  return (tree: Root) => {
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
      // Scripts and the like go to the sanitizer too, which removes them with their content.
      if (name !== undefined && (ALLOWED_TAGS.has(name) || STRIPPED_TAGS.includes(name))) return;
      parent.children.splice(index, 1, { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) });
      return;
    });
  };
}
