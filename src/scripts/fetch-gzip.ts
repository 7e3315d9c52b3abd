/**
 * Fetches one of the search index's files as text. They are stored gzip-compressed under their own
 * extensions (as Pagefind stores its own), so any static host serves them as they are; if a host decompressed
 * one on the way anyway, it is read as it comes. Uses DecompressionStream (every browser since 2023).
 */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
