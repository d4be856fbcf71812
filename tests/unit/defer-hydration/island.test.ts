import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDeferredHydration, ISLAND_MARKER, islandPage } from '../../../scripts/defer-hydration';
import { inspectPage } from '../../../scripts/csp';
import { buildIslands, ISLAND_DIR } from '../../../scripts/island';

// A feed page as Next exports it: runtime scripts and a preload in <head>, the island's element with React's text
// separators, the bootstrap and inline flight data (naming the client components the page uses) in <body>.
const flightRow = (components: string[]) =>
  JSON.stringify(components.map((name, i) => `${i + 1}:I[${10 + i},["c.js"],"${name}"]\n`).join(''));
const feedPage = (components = ['FeedSearch'], host = `${ISLAND_MARKER} data-island="feed"`) =>
  [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    '<script src="/enhance.js" defer=""></script></head><body>',
    `<h1>Detection rules</h1><div ${host} data-hydrate-preload="/search-index.json">`,
    '<div><input value=""/><p>3<!-- --> rules</p><div data-feed-list=""><ol><li>Rule</li></ol></div></div></div>',
    '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,${flightRow(components)}])</script>`,
    '</body></html>',
  ].join('');
const ISLANDS = { feed: ['/_next/static/island/feed-index-XYZ.js', '/_next/static/island/feed-ABC.js'] };

describe('islandPage', () => {
  it("cuts Next's runtime, preloads and flight data and loads the island's module instead", () => {
    const { html, island } = islandPage(feedPage(), ISLANDS);
    expect(island).toBe('feed');
    expect(html).not.toMatch(/_next\/static\/chunks|__next_f|TURBOPACK|id="_R_"|rel="preload"/);
    const loaders = html.match(/<script src="\/hydrate\.js"[^>]*><\/script>/g) ?? [];
    expect(loaders).toHaveLength(1);
    expect(html.indexOf(loaders[0]!)).toBeLessThan(html.indexOf('</head>'));
    // Its modules in the order they run: the one that starts the index first.
    expect(loaders[0]).toContain(
      'data-modules="/_next/static/island/feed-index-XYZ.js /_next/static/island/feed-ABC.js"',
    );
    expect(loaders[0]).toContain('data-preload="/search-index.json"');
    expect(loaders[0]).toContain('async=""');
    expect(loaders[0]).not.toMatch(/data-flight|data-chunks/);
    // What the island hydrates stays as React wrote it, text separators included; the site's own script stays.
    expect(html).toContain('<p>3<!-- --> rules</p><div data-feed-list=""><ol><li>Rule</li></ol></div>');
    expect(html).toContain('<script src="/enhance.js" defer=""></script>');
  });

  it('prefixes the base path to the loader (the module path comes with its own)', () => {
    const { html } = islandPage(feedPage(), { feed: ['/soc/_next/static/island/feed-ABC.js'] }, '/soc/');
    expect(html).toContain(
      '<script src="/soc/hydrate.js" async="" data-modules="/soc/_next/static/island/feed-ABC.js"',
    );
  });

  it.each([
    [
      'an island it does not build',
      feedPage(['FeedSearch'], `${ISLAND_MARKER} data-island="map"`),
      /names no island/,
    ],
    ['no island name', feedPage(['FeedSearch'], ISLAND_MARKER), /data-island="" names no island/],
    [
      'two islands',
      feedPage(
        ['FeedSearch'],
        `${ISLAND_MARKER} data-island="feed"><div ${ISLAND_MARKER} data-island="feed"`,
      ),
      /2 islands on one page/,
    ],
    [
      'a client component outside the island',
      feedPage(['FeedSearch', 'CoverageExplorer']),
      /CoverageExplorer outside the feed island/,
    ],
  ])('refuses a page with %s', (_, html, message) => {
    expect(() => islandPage(html, ISLANDS)).toThrow(message);
  });

  it('leaves only the theme script inline, so the CSP step hashes one script', () => {
    const themed = feedPage().replace(
      '</head>',
      "<script>document.documentElement.classList.add('js')</script></head>",
    );
    expect(inspectPage(islandPage(themed, ISLANDS).html, 'index.html').hashes.scripts).toHaveLength(1);
  });

  it("accepts the references Next puts in every page's flight data", () => {
    expect(() =>
      islandPage(feedPage(['FeedSearch', 'OutletBoundary', 'ViewportBoundary']), ISLANDS),
    ).not.toThrow();
  });
});

describe('applyDeferredHydration with islands', () => {
  it('rewrites island pages, counts them apart and names the broken page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'island-'));
    writeFileSync(path.join(dir, 'index.html'), feedPage());
    writeFileSync(path.join(dir, 'other.html'), '<p>static</p>');
    const pages = new Map<string, string>();
    const result = applyDeferredHydration(dir, pages, '', ISLANDS);
    expect(result).toEqual({ feed: 1 });
    expect(pages.get(path.join(dir, 'index.html'))).toContain(
      'data-modules="/_next/static/island/feed-index-XYZ.js /_next/static/island/feed-ABC.js"',
    );
    writeFileSync(path.join(dir, 'bad.html'), feedPage(['FeedSearch', 'Extra']));
    expect(() => applyDeferredHydration(dir, new Map(), '', ISLANDS)).toThrow(/^bad\.html: .*Extra/);
  });
});

describe('buildIslands', () => {
  it('bundles each island as content-hashed ES modules with the base path baked in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'island-build-'));
    const built = await buildIslands(dir, '/soc/');
    const modules = built.entries.feed;
    const island = modules.at(-1)!;
    // The entry last, after the chunks it imports statically (named up front so they download in parallel).
    expect(island).toMatch(new RegExp(`^/soc/${ISLAND_DIR}/feed-island-[A-Z0-9]+\\.js$`));
    expect(modules.slice(0, -1).every((m) => new RegExp(`^/soc/${ISLAND_DIR}/chunk-`).test(m))).toBe(true);
    const read = (module: string) => readFileSync(path.join(dir, module.slice('/soc/'.length)), 'utf8');
    const entry = read(island);
    const imported = [...entry.matchAll(/(?:^|;)import[^;]*?from"\.\/([^"]+)"/g)].map(
      (m) => `/soc/${ISLAND_DIR}/${m[1]}`,
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(modules.slice(0, -1).sort()).toEqual(expect.arrayContaining(imported.sort()));
    // React in production mode, the island's own lookup, the base path for its URLs; no Node globals anywhere.
    const all = readdirSync(path.join(dir, ISLAND_DIR))
      .map((file) => readFileSync(path.join(dir, ISLAND_DIR, file), 'utf8'))
      .join('\n');
    expect(entry).toContain('[data-island="feed"]');
    expect(all).toContain('"/soc"');
    expect(all).not.toMatch(/process\.env|react\.development/);
    // The technique pages' island: the download button alone, not the feed's search.
    const bulk = read(built.entries['bulk-export'].at(-1)!);
    expect(bulk).toContain('[data-island="bulk-export"]');
    expect(bulk).not.toContain('[data-island="feed"]');
    // The Sentinel export (with its YAML writer) is imported on demand: a chunk of its own, not in the entry.
    expect(entry).not.toContain('apiVersion');
    expect(built.bytes).toBeGreaterThan(Buffer.byteLength(entry));
  }, 30_000);
});
