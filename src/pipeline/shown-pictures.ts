/**
 * The pictures the rendered articles show (render/rehype-images.ts records them), which the build publishes.
 * A full build also names the pictures no article shows (not published); a shard cannot tell, as it renders
 * only some locales.
 */
import { PUBLISHED_WHERE_SHOWN, type ContentRecord } from './content-record.ts';
import { messages } from './messages.ts';
import type { RenderPlan } from './render-plan.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

export function shownPictures(plan: RenderPlan, renders: Map<string, RenderedMarkdown>, fullBuild: boolean, record: ContentRecord): string[] {
  const shown = new Set<string>();
  for (const key of plan.keys) for (const asset of (plan.cached.get(key) ?? renders.get(key))?.assets ?? []) shown.add(asset);
  if (fullBuild) {
    for (const entry of record.manifest.values()) if (entry.reason === PUBLISHED_WHERE_SHOWN && !shown.has(entry.path)) record.diagnostics.push(messages.assetUnused({ file: record.show(entry.path) }));
  }
  return [...shown].sort();
}
