// Post-build step for pages React hydrates on demand: the feed pages, technique pages with rules (their bulk
// download) and the coverage page. Their HTML is complete without React; React adds search, filters, recounting and
// the bulk download, in one element of the page: a React island, marked `data-hydrate="island"`. Next writes such a
// page with its runtime as async scripts in <head> and its flight data (the page a second time, as React's payload:
// 60 % of the feed's HTML) as inline scripts at the end of <body>, so a phone would download, parse and run all of it
// while the page loads. This step cuts all of that and puts in its place one async loader (public/hydrate.js) that
// names the island's own modules (scripts/island.ts builds them); on the reader's first interaction (or at once when
// the URL holds a query) it adds them, and they hydrate that element alone with React DOM.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { scanTags } from './html-scan';
import { ISLANDS } from './island';
import { clientReferences, isNextScript, NEXT_INTERNALS } from './static-pages';

export const ISLAND_MARKER = 'data-hydrate="island"';

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The loader, naming the island's modules and what to fetch alongside (read by public/hydrate.js). */
function loaderTag(base: string, modules: string[], preload: string | undefined): string {
  const attrs = [
    `src="${escapeAttr(`${base}/hydrate.js`)}"`,
    // async: nothing on the page waits for it; it only listens for the reader's first interaction.
    'async=""',
    `data-modules="${escapeAttr(modules.join(' '))}"`,
    preload ? `data-preload="${escapeAttr(preload)}"` : '',
  ].filter(Boolean);
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
 * island's modules (`islands`: name -> site paths, in the order they run), and the island's name. Throws when the page names no known
 * island or more than one, or when its flight data references a client component the island does not hydrate:
 * without Next's runtime that part would be dead.
 */
export function islandPage(
  html: string,
  islands: Record<string, string[]>,
  basePath = '',
): { html: string; island: string } {
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
  const loader = loaderTag(base, modules, host.attrs.get('data-hydrate-preload'));
  return { html: replaceRanges(html, cut, loader), island: name };
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

/**
 * Defers hydration on every island page under `dir` (`islands`: each island's modules, see islandPage). The pages go
 * into `pages` (file -> HTML, read from there first), for the CSP step to hash and write once. Returns how many pages
 * each island has; throws, naming the page, when an island page cannot be made.
 */
export function applyDeferredHydration(
  dir: string,
  pages: Map<string, string>,
  basePath = '',
  islands: Record<string, string[]> = {},
): Record<string, number> {
  const counts: Record<string, number> = {};
  walk(dir, (file) => {
    if (!file.endsWith('.html')) return;
    const html = pages.get(file) ?? readFileSync(file, 'utf8');
    if (!html.includes(ISLAND_MARKER)) return;
    let page: ReturnType<typeof islandPage>;
    try {
      page = islandPage(html, islands, basePath);
    } catch (error) {
      throw new Error(`${path.relative(dir, file)}: ${(error as Error).message}`, { cause: error });
    }
    pages.set(file, page.html);
    counts[page.island] = (counts[page.island] ?? 0) + 1;
  });
  return counts;
}
