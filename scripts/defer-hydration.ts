// Post-build step for pages React hydrates on demand. Their HTML is complete without React; React adds search,
// filters and recounting. Next writes such a page with its runtime as async scripts in <head> and its flight data
// (the page a second time, as React's payload: 60 % of the feed's HTML) as inline scripts at the end of <body>, so a
// phone downloads, parses and runs all of it while the page loads. Two kinds of page:
//   - `data-hydrate="interaction"` (the coverage page): this step moves the inline scripts, unchanged and in order,
//     to one content-hashed file under /_next/static/flight/, drops the runtime's script tags and preloads, and puts
//     in their place one async loader (public/hydrate.js) that names them: it adds them on the reader's first
//     interaction (or at once when the URL holds a query). What runs then is exactly what Next wrote, in its order.
//   - `data-hydrate="island"` (the feed pages, and technique pages with rules for their bulk download): Next's
//     runtime and flight data go altogether; the loader names the island's own modules (scripts/island.ts builds
//     them), which hydrate that element alone with React DOM.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isExecutableScript, scanTags } from './html-scan';
import { ISLANDS } from './island';
import { clientReferences, isNextScript, NEXT_INTERNALS } from './static-pages';

export const HYDRATE_MARKER = 'data-hydrate="interaction"';
export const ISLAND_MARKER = 'data-hydrate="island"';
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
  const loader = loaderTag(base, {
    flight: `${base}/${file}`,
    chunks: chunks.join(' '),
    preload,
  });
  return { html: replaceRanges(html, cut, loader), flight: { file, text } };
}

/** The loader, naming what it loads (data-* attributes, read by public/hydrate.js). */
function loaderTag(base: string, names: Record<string, string | undefined>): string {
  const attrs = [
    `src="${escapeAttr(`${base}/hydrate.js`)}"`,
    // async, as Next's own scripts there were: React hydrates <head> too and passes over async scripts only; a
    // deferred one would be taken for the next script React rendered, and hydration would fail (error 418).
    'async=""',
    ...Object.entries(names)
      .filter(([, value]) => value)
      .map(([key, value]) => `data-${key}="${escapeAttr(value!)}"`),
  ];
  return `<script ${attrs.join(' ')}></script>`;
}

/** The HTML with the ranges cut out and `insert` where the first one was. */
function replaceRanges(html: string, cut: { start: number; end: number }[], insert: string): string {
  let out = '';
  let at = 0;
  cut.forEach((range, i) => {
    out += html.slice(at, range.start) + (i === 0 ? insert : '');
    at = range.end;
  });
  return out + html.slice(at);
}

/**
 * An island page with every Next script, preload and flight row cut and the loader in their place, naming the
 * island's modules (`islands`: name -> site paths, in the order they run). Throws when the page names no known
 * island or more than one, or when its flight data references a client component the island does not hydrate:
 * without Next's runtime that part would be dead.
 */
export function islandPage(html: string, islands: Record<string, string[]>, basePath = ''): string {
  const tags = scanTags(html);
  const hosts = tags.filter((t) => t.attrs.get('data-hydrate') === 'island');
  const host = hosts[0];
  if (!host) throw new Error('no element marked data-hydrate="island"');
  if (hosts.length > 1) throw new Error(`${hosts.length} islands on one page: the loader hydrates one`);
  const name = host.attrs.get('data-island') ?? '';
  const modules = islands[name];
  const roots = (ISLANDS as Record<string, { roots: string[] }>)[name]?.roots;
  if (!modules?.length || !roots)
    throw new Error(`data-island="${name}" names no island scripts/island.ts builds`);
  const foreign = clientReferences(html).filter((c) => !NEXT_INTERNALS.has(c) && !roots.includes(c));
  if (foreign.length > 0)
    throw new Error(`client component(s) ${foreign.join(', ')} outside the ${name} island would not hydrate`);
  const cut = tags.filter(isNextScript).map((tag) => ({
    start: tag.start,
    end: tag.name === 'script' ? html.indexOf('</script>', tag.end) + '</script>'.length : tag.end,
  }));
  if (cut.length === 0) throw new Error('an island page without Next scripts: not a page Next wrote');
  const base = basePath.replace(/\/+$/, '');
  return replaceRanges(
    html,
    cut,
    loaderTag(base, { modules: modules.join(' '), preload: host.attrs.get('data-hydrate-preload') }),
  );
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
 * HTML, read from there first), for the CSP step to hash and write once. `islands`: each island's modules (see
 * islandPage). Throws, naming the page, when an island page cannot be made.
 */
export function applyDeferredHydration(
  dir: string,
  pages: Map<string, string>,
  basePath = '',
  islands: Record<string, string[]> = {},
): { pages: number; islands: Record<string, number>; flightBytes: number } {
  let count = 0;
  const islandPages: Record<string, number> = {};
  let flightBytes = 0;
  walk(dir, (file) => {
    if (!file.endsWith('.html')) return;
    const html = pages.get(file) ?? readFileSync(file, 'utf8');
    if (html.includes(ISLAND_MARKER)) {
      try {
        pages.set(file, islandPage(html, islands, basePath));
      } catch (error) {
        throw new Error(`${path.relative(dir, file)}: ${(error as Error).message}`, { cause: error });
      }
      const name = /data-island="([^"]*)"/.exec(html)![1]!;
      islandPages[name] = (islandPages[name] ?? 0) + 1;
      return;
    }
    const result = deferHydration(html, basePath);
    if (!result) return;
    const target = path.join(dir, result.flight.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, result.flight.text);
    pages.set(file, result.html);
    count++;
    flightBytes += Buffer.byteLength(result.flight.text);
  });
  return { pages: count, islands: islandPages, flightBytes };
}
