import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FeedPageNav, pageWindow } from '@/components/search/FeedPageNav';
import { feedPageCount, feedPagePath, feedPageSlice, PAGE_SIZE } from '@/lib/search';

// Without JavaScript the feed is a series of static pages: together they must list every rule exactly once, in
// order, and each page must link to every other.
describe('static feed pages', () => {
  it.each([
    [0, 1],
    [1, 1],
    [PAGE_SIZE, 1],
    [PAGE_SIZE + 1, 2],
    [3141, Math.ceil(3141 / PAGE_SIZE)],
  ])('%i rules make %i page(s)', (total, pages) => {
    expect(feedPageCount(total)).toBe(pages);
  });

  it('the pages together hold every rule once, in order', () => {
    const rows = Array.from({ length: 3 * PAGE_SIZE + 7 }, (_, i) => i);
    const pages = Array.from({ length: feedPageCount(rows.length) }, (_, i) => feedPageSlice(rows, i + 1));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 7]);
    expect(pages.flat()).toEqual(rows);
  });

  it('page 1 is the feed itself', () => {
    expect(feedPagePath(1)).toBe('/');
    expect(feedPagePath(2)).toBe('/page/2/');
  });
});

describe('FeedPageNav', () => {
  const render = (page: number, pageCount: number) =>
    renderToStaticMarkup(createElement(FeedPageNav, { page, pageCount }));

  it('links every page, marks the current one, and steps to its neighbours', () => {
    const html = render(2, 4);
    for (const href of ['/', '/page/2/', '/page/3/', '/page/4/']) expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/href="\/page\/2\/" aria-current="page"/);
    expect(html).toMatch(/href="\/" rel="prev"/);
    expect(html).toMatch(/href="\/page\/3\/" rel="next"/);
  });

  it('links the first and last page and two either side of the current one', () => {
    expect(pageWindow(1, 63)).toEqual([1, 2, 3, 63]);
    expect(pageWindow(10, 63)).toEqual([1, 8, 9, 10, 11, 12, 63]);
    expect(pageWindow(63, 63)).toEqual([1, 61, 62, 63]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('has no step past either end', () => {
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
  });

  it('renders nothing for a single page', () => {
    expect(render(1, 1)).toBe('');
  });
});
