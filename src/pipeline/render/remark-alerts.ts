/**
 * GFM alerts and docfx video blocks, the two blockquote extensions found in real help content:
 *
 *   > [!NOTE]                        → <div class="alert alert-note"><p class="alert-title">Opmerking</p>…</div>
 *   > Text.                             (NOTE, TIP, IMPORTANT, WARNING, CAUTION; label in the page's language)
 *
 *   > [!VIDEO https://host/embed/x]  → <div class="video"><a class="video-link" href="…" data-embed="…">…</a></div>
 *
 * A video is only a link in the HTML: nothing loads from the video host until the reader clicks, and then only
 * from a host on VIDEO_HOSTS (the page script checks again). Other URLs stay plain links.
 * Does not: load the player (the article page's small script does, on click).
 */
import type { Blockquote, Paragraph, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { collected, label, type RenderLabel } from './context.ts';

const ALERTS: Record<string, RenderLabel> = {
  NOTE: 'alertNote',
  TIP: 'alertTip',
  IMPORTANT: 'alertImportant',
  WARNING: 'alertWarning',
  CAUTION: 'alertCaution',
};

/** Embeddable players, by URL prefix. Kept in step with the click-to-play script in the article page. */
export const VIDEO_HOSTS = ['https://www.microsoft.com/videoplayer/embed/', 'https://www.youtube-nocookie.com/embed/', 'https://www.youtube.com/embed/', 'https://player.vimeo.com/video/'];

const MARKER = /^\s*\[!([A-Za-z]+)\]\s*/;

export default function remarkAlerts() {
  return (tree: Root, file: VFile) => {
    const stats = collected(file.data).stats;
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      // GFM turns the video URL into a link, so read the paragraph as plain text for the marker.
      const video = /^\s*\[!VIDEO\s+(\S+?)\]\s*$/i.exec(toString(first));
      if (video?.[1]) {
        stats.videos++;
        toVideo(node, video[1], label(file.data, 'playVideo'));
        return;
      }
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER.exec(text.value);
      const kind = match?.[1]?.toUpperCase();
      if (!match || !kind) return;
      const key = ALERTS[kind];
      if (!key) return;
      stats.alerts++;
      text.value = text.value.slice(match[0].length);
      if (text.value === '' && first.children.length === 1) node.children.shift();
      else if (text.value === '') first.children.shift();
      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['alert-title'] } },
        children: [{ type: 'text', value: label(file.data, key) }],
      };
      node.children.unshift(title);
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['alert', `alert-${kind.toLowerCase()}`] } };
    });
  };
}

function toVideo(node: Blockquote, url: string, playLabel: string) {
  const embeddable = url.startsWith('https://') && VIDEO_HOSTS.some((host) => url.startsWith(host));
  const link: Text = { type: 'text', value: `${playLabel}: ${url}` };
  node.data = { ...node.data, hName: 'div', hProperties: { className: ['video'] } };
  node.children = [
    {
      type: 'paragraph',
      children: [
        {
          type: 'link',
          url,
          children: [link],
          data: { hProperties: embeddable ? { className: ['video-link'], dataEmbed: url } : {} },
        },
      ],
    },
  ];
}
