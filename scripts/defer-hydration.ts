// Post-build step for pages React hydrates on demand. A page holding an element marked `data-hydrate="interaction"`
// (the feed pages and the coverage page) is complete as HTML; React adds search, filters and recounting. Next
// writes such a page with its runtime as async scripts in <head> and its flight data (the page a second time, as
// React's payload: 60 % of the feed's HTML) as inline scripts at the end of <body>, so a phone downloads, parses and
// runs all of it while the page loads. This step moves the inline scripts, unchanged and in order, to one
// content-hashed file under /_next/static/flight/, drops the runtime's script tags and preloads, and puts in their
// place one async loader (public/hydrate.js) that names them: it adds them on the reader's first interaction
// (or at once when the URL holds a query). What runs then is exactly what Next wrote, in the order it wrote it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isExecutableScript, scanTags } from './html-scan';
import { isNextScript } from './static-pages';

export const HYDRATE_MARKER = 'data-hydrate="interaction"';
export const FLIGHT_DIR = '_next/static/flight';

export interface DeferredPage {
  html: string;
  /** The flight file: export-relative path and contents. */
  flight: { file: string; text: string };
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page with Next's scripts replaced by the loader, and the flight file it names; null when the page is not
 * marked or holds nothing to defer. Throws on a marked page whose scripts are not the shape Next writes: loading
 * them in another order could break hydration silently.
 */
export function deferHydration(html: string, basePath = ''): DeferredPage | null {
  if (!html.includes(HYDRATE_MARKER)) return null;
  const base = basePath.replace(/\/+$/, '');
  const tags = scanTags(html);
  const preload = tags
    .find((t) => t.attrs.get('data-hydrate') === 'interaction')
    ?.attrs.get('data-hydrate-preload');
  const chunks: string[] = [];
  const inline: string[] = [];
  const cut: { start: number; end: number }[] = [];
  for (const tag of tags) {
    if (!isNextScript(tag)) continue;
    const end = tag.name === 'script' ? html.indexOf('</script>', tag.end) + '</script>'.length : tag.end;
    cut.push({ start: tag.start, end });
    if (tag.name !== 'script') continue; // a preload: the loader adds the script itself
    const src = tag.attrs.get('src');
    // noModule is the legacy-browser polyfill; a browser that runs the loader supports modules and skips it anyway.
    if (src && !tag.attrs.has('nomodule')) chunks.push(src);
    else if (!src) {
      if (!isExecutableScript(tag)) throw new Error(`unexpected non-script Next tag at ${tag.start}`);
      inline.push(tag.text ?? '');
    }
  }
  if (chunks.length === 0) return null;
  if (inline.length === 0) throw new Error('marked for deferred hydration but has no flight data');
  const text = `${inline.map((s) => s.trim().replace(/;?$/, ';')).join('\n')}\n`;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = `${FLIGHT_DIR}/${hash}.js`;
  const attrs = [
    `src="${escapeAttr(`${base}/hydrate.js`)}"`,
    // async, as Next's own scripts there were: React hydrates <head> too and passes over async scripts only; a
    // deferred one would be taken for the next script React rendered, and hydration would fail (error 418).
    'async=""',
    `data-flight="${escapeAttr(`${base}/${file}`)}"`,
    `data-chunks="${escapeAttr(chunks.join(' '))}"`,
    preload ? `data-preload="${escapeAttr(preload)}"` : '',
  ].filter(Boolean);
  const loader = `<script ${attrs.join(' ')}></script>`;
  let out = '';
  let at = 0;
  cut.forEach((range, i) => {
    out += html.slice(at, range.start) + (i === 0 ? loader : '');
    at = range.end;
  });
  out += html.slice(at);
  return { html: out, flight: { file, text } };
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

/**
 * Defers hydration on every marked page under `dir`. Writes the flight files; the pages go into `pages` (file ->
 * HTML, read from there first), for the CSP step to hash and write once.
 */
export function applyDeferredHydration(
  dir: string,
  pages: Map<string, string>,
  basePath = '',
): { pages: number; flightBytes: number } {
  let count = 0;
  let flightBytes = 0;
  walk(dir, (file) => {
    if (!file.endsWith('.html')) return;
    const html = pages.get(file) ?? readFileSync(file, 'utf8');
    const result = deferHydration(html, basePath);
    if (!result) return;
    const target = path.join(dir, result.flight.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, result.flight.text);
    pages.set(file, result.html);
    count++;
    flightBytes += Buffer.byteLength(result.flight.text);
  });
  return { pages: count, flightBytes };
}
