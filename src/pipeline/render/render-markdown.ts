/**
 * The article renderer: the one place that decides the order of the plugins.
 *
 *   check nesting before parsing → parse (CommonMark + GFM, front matter skipped, nodes past the nesting
 *   limit cut off) → docfx includes → legacy anchors → alerts and videos → tag-like text → nesting limit
 *   → HTML tree → parse surviving raw HTML → report, then remove, what is unsafe → heading ids → site links
 *   → empty link text → images → excerpt → heading self-links → "on this page" → HTML string
 *
 * The whole file, front matter included, goes through the parser so that positions are the author's lines;
 * included partials keep theirs in blocks of their own (./sources.ts), moved back to their files at the end.
 */
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { collected, emptyCollected, rendered, type Collected, type RenderContext } from './context.ts';
import { NESTING_LIMIT, scanNesting } from './nesting-limit.ts';
import { mapToSources } from './sources.ts';
import rehypeEmptyLinks from './rehype-empty-links.ts';
import rehypeExcerpt from './rehype-excerpt.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeImages from './rehype-images.ts';
import rehypeReportUnsafe from './rehype-report-unsafe.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeSanitizeContent from './rehype-sanitize-content.ts';
import rehypeSiteLinks from './rehype-site-links.ts';
import rehypeToc from './rehype-toc.ts';
import remarkAlerts from './remark-alerts.ts';
import remarkHtmlAsText from './remark-html-as-text.ts';
import remarkIncludes from './remark-includes.ts';
import remarkLegacyAnchors from './remark-legacy-anchors.ts';
import remarkNestingLimit from './remark-nesting-limit.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkIncludes)
  .use(remarkLegacyAnchors)
  .use(remarkAlerts)
  .use(remarkHtmlAsText)
  .use(remarkNestingLimit)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawWhenNeeded)
  .use(rehypeReportUnsafe)
  .use(rehypeSanitizeContent)
  .use(rehypeHeadingIds)
  .use(rehypeSiteLinks)
  .use(rehypeEmptyLinks)
  .use(rehypeImages)
  .use(rehypeExcerpt)
  .use(rehypeHeadingLinks)
  .use(rehypeToc)
  .use(rehypeStringify)
  .freeze();

export interface RenderedMarkdown extends Collected {
  html: string;
}

export function renderMarkdown(source: string, context?: RenderContext): RenderedMarkdown {
  // Nesting that would take the parser minutes (or overflow it) is refused before parsing.
  const deep = scanNesting(source);
  if (deep) {
    const out = emptyCollected();
    out.diagnostics.push(rendered(messages.nestingTooDeep({ file: '', line: deep.line, column: deep.column }, deep.what, deep.depth, NESTING_LIMIT)));
    return { html: '', ...out };
  }
  const file = new VFile({ value: source, path: context?.path });
  if (context) file.data.context = context;
  const tree = processor.runSync(processor.parse(file), file);
  const html = processor.stringify(tree, file);
  const out = collected(file.data);
  mapToSources(file.data, out);
  return { html, ...out };
}
