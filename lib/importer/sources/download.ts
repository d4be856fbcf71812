import type { DownloadProgress } from './types';

/** Fetch a URL into memory, reporting progress as chunks arrive. Throws with the HTTP status on failure. */
export async function download(url: string, onProgress?: DownloadProgress): Promise<Uint8Array> {
  const response = await fetch(url, { redirect: 'follow' });
  if (!response.ok || !response.body) {
    throw new Error(`download failed: ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  const chunks: Uint8Array[] = [];
  let received = 0;
  // Once at the response, before any body: the progress bar appears at once and its rate counts from here.
  onProgress?.(0, total);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress?.(received, total);
  }
  if (total !== undefined && received !== total) {
    throw new Error(`download incomplete: ${url}: got ${received} of ${total} bytes`);
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
