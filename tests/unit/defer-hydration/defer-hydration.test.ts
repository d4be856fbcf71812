import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDeferredHydration, deferHydration, HYDRATE_MARKER } from '../../../scripts/defer-hydration';
import { inspectPage } from '../../../scripts/csp';

// A page shaped like Next's export of the feed: runtime scripts in <head>, a preload, the legacy polyfill, the
// Turbopack bootstrap and inline flight data at the end of <body>.
const BOOT = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({"otherChunks":["c.js"]})';
const page = (marker: string, rows = '0:{}\n') =>
  [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    '<script src="/_next/static/chunks/turbopack-d.js" async=""></script>',
    "<script>(function(){document.documentElement.classList.add('js')})()</script>",
    '<script src="/enhance.js" defer=""></script>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body>',
    `<div ${marker}><input id="q" value=""/><!--$--><p>Rule</p><!--/$--></div>`,
    `<script id="_R_">${BOOT}</script>`,
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,${JSON.stringify(rows)}])</script>`,
    '</body></html>',
  ].join('');

describe('deferHydration', () => {
  it('leaves a page without the marker alone', () => {
    expect(deferHydration(page('class="x"'))).toBeNull();
  });

  it('moves the inline scripts, in order, to one flight file and names every chunk in the loader', () => {
    const result = deferHydration(page(`${HYDRATE_MARKER} data-hydrate-preload="/search-index.json"`));
    expect(result).not.toBeNull();
    const { html, flight } = result!;
    // The flight file: exactly the inline scripts, in document order, each a statement.
    expect(flight.file).toMatch(/^_next\/static\/flight\/[0-9a-f]{16}\.js$/);
    const boot = flight.text.indexOf('TURBOPACK');
    const zero = flight.text.indexOf('push([0])');
    const rows = flight.text.indexOf('push([1,');
    expect(boot).toBeGreaterThanOrEqual(0);
    expect(boot).toBeLessThan(zero);
    expect(zero).toBeLessThan(rows);
    // No Next script, preload or inline flight data is left in the page; the site's own scripts and the markers stay.
    expect(html).not.toMatch(
      /_next\/static\/chunks\/[a-z-]+\.js" async|rel="preload"|__next_f|TURBOPACK|poly\.js/,
    );
    expect(html).toContain("classList.add('js')");
    expect(html).toContain('<script src="/enhance.js" defer=""></script>');
    expect(html).toContain('<!--$--><p>Rule</p><!--/$-->');
    // One loader, where the first runtime script was, naming the flight file, the chunks in order and the preload.
    const loaders = html.match(/<script src="\/hydrate\.js"[^>]*><\/script>/g) ?? [];
    expect(loaders).toHaveLength(1);
    expect(html.indexOf(loaders[0]!)).toBeLessThan(html.indexOf('</head>'));
    expect(loaders[0]).toContain(`data-flight="/${flight.file}"`);
    expect(loaders[0]).toContain(
      'data-chunks="/_next/static/chunks/c.js /_next/static/chunks/turbopack-d.js /_next/static/chunks/b.js"',
    );
    expect(loaders[0]).toContain('data-preload="/search-index.json"');
    // async, so React's hydration of <head> passes over it as it did over Next's scripts.
    expect(loaders[0]).toContain('async=""');
    expect(loaders[0]).not.toContain('defer');
  });

  it('leaves only the theme script inline, so the CSP step hashes one script', () => {
    const { html } = deferHydration(page(HYDRATE_MARKER))!;
    expect(inspectPage(html, 'index.html').hashes.scripts).toHaveLength(1);
  });

  it('names the flight file by its content and prefixes the base path', () => {
    const a = deferHydration(page(HYDRATE_MARKER, 'a'), '/soc/')!;
    const b = deferHydration(page(HYDRATE_MARKER, 'b'), '/soc/')!;
    expect(a.flight.file).not.toBe(b.flight.file);
    expect(deferHydration(page(HYDRATE_MARKER, 'a'))!.flight.file).toBe(a.flight.file);
    expect(a.html).toContain('<script src="/soc/hydrate.js"');
    expect(a.html).toContain(`data-flight="/soc/${a.flight.file}"`);
  });
});

describe('applyDeferredHydration', () => {
  it('writes the flight files and hands back the changed pages only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'defer-'));
    writeFileSync(path.join(dir, 'index.html'), page(HYDRATE_MARKER));
    writeFileSync(path.join(dir, 'other.html'), page('class="x"'));
    const pages = new Map<string, string>();
    const result = applyDeferredHydration(dir, pages);
    expect(result.pages).toBe(1);
    expect([...pages.keys()]).toEqual([path.join(dir, 'index.html')]);
    const flight = /data-flight="\/([^"]+)"/.exec(pages.get(path.join(dir, 'index.html'))!)![1]!;
    expect(existsSync(path.join(dir, flight))).toBe(true);
    expect(readFileSync(path.join(dir, flight), 'utf8')).toContain('self.__next_f.push([1,');
    expect(result.flightBytes).toBeGreaterThan(0);
  });
});
