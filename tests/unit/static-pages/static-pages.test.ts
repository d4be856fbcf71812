import { describe, expect, it } from 'vitest';
import { clientReferences, staticDocument } from '../../../scripts/static-pages';

// A page shaped like Next's export of a rule page: runtime scripts, a preload, inline flight data, hydration markers.
const flight = (rows: string) => `<script>self.__next_f.push([1,${JSON.stringify(rows)}])</script>`;
const page = (rows: string) =>
  [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/c.js" async=""></script>',
    "<script>(function(){document.documentElement.classList.add('js')})()</script>",
    '<script src="/enhance.js" defer=""></script></head><body>',
    '<div hidden=""><!--$--><!--/$--></div><article data-static-page="true"><p>Rule by <!-- -->A &amp; B</p></article>',
    '<script id="_R_">(globalThis.TURBOPACK=[]).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    flight(rows),
    '</body></html>',
  ].join('');

const NEXT_ROWS =
  '3:I[22016,["$2"],""]\n16:"ViewportBoundary"\n17:I[97367,["$2"],"$16"]\n5:I[39756,["$2"],"default"]\n';

describe('clientReferences', () => {
  it('names each client component, resolving names given by reference', () => {
    expect(clientReferences(page(`${NEXT_ROWS}27:I[61392,["$2","$3"],"Tabs"]\n`)).sort()).toEqual(
      ['', 'Tabs', 'ViewportBoundary', 'default'].sort(),
    );
  });
});

describe('staticDocument', () => {
  it("drops Next's scripts, preload, flight data and hydration markers, and keeps the site's own scripts", () => {
    const { html, problem } = staticDocument(page(NEXT_ROWS), 'rules/x/index.html');
    expect(problem).toBeUndefined();
    expect(html).not.toMatch(/_next\/static\/chunks\/[bc]\.js|__next_f|TURBOPACK|<!--/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain("classList.add('js')");
    expect(html).toContain('<script src="/enhance.js" defer=""></script>');
    expect(html).toContain('<p>Rule by A &amp; B</p>');
  });

  it('refuses a page that uses a client component of ours', () => {
    const { html, problem } = staticDocument(page(`${NEXT_ROWS}28:I[11984,["$2"],"CopyButton"]\n`), 'p.html');
    expect(html).toBeUndefined();
    expect(problem?.detail).toContain('CopyButton');
  });
});
