// Feed page timing in Chromium against a built export, served compressed as a CDN would (scripts/export-server):
// each run is a fresh browser context (cold cache). Prints the median of --runs for each figure; asserts nothing.
// Usage: npx tsx scripts/bench-search-feed.ts [dir=out] [--runs 5] [--json]
// Budget (issue "Find rules fast"): feed interactive < 1 s on this machine; results < 50 ms after a keystroke.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { serveExport } from './export-server';

/**
 * One page load. interactive = the search UI hydrated and usable (data-search-ready on <html>, set by FeedSearch's
 * first effect); indexReady = /search-index.json fetched and decoded (on the first pointer move, made as soon as the page has hydrated); longTasksMs = main-thread
 * time in tasks over 50 ms, blocking beyond their first 50 ms (Lighthouse's TBT, without its FCP..TTI window)
 * up to index ready; bytes are what went over the wire (compressed).
 */
export async function timeFeedPage(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  // The index loads on the reader's first move after hydration (FeedSearch): move as soon as it can count.
  await page.waitForSelector('html[data-search-ready]', { state: 'attached', timeout: 15_000 });
  await page.mouse.move(5, 5);
  await page
    .waitForSelector('html[data-search-index-ready]', { state: 'attached', timeout: 15_000 })
    .catch(() => undefined);
  const figures = await page.evaluate(() => {
    const t = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const data = document.documentElement.dataset;
    // No named inner functions here: tsx would wrap them in a __name helper the page does not have.
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const sum = { js: 0, css: 0, index: 0, flight: 0 };
    for (const e of resources) {
      const kind: keyof typeof sum | '' = e.name.includes('search-index')
        ? 'index'
        : e.name.endsWith('.js')
          ? 'js'
          : e.name.endsWith('.css')
            ? 'css'
            : e.name.includes('.txt')
              ? 'flight'
              : '';
      if (kind) sum[kind] += e.transferSize;
    }
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return {
      responseEndMs: t.responseEnd,
      domInteractiveMs: t.domInteractive,
      domContentLoadedMs: t.domContentLoadedEventEnd,
      firstContentfulPaintMs: paint ? paint.startTime : NaN,
      loadMs: t.loadEventEnd,
      interactiveMs: Number(data.searchReady ?? NaN),
      indexReadyMs: Number(data.searchIndexReady ?? NaN),
      longTasksMs: tasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
      htmlTransferBytes: t.transferSize,
      htmlDecodedBytes: t.decodedBodySize,
      scriptTransferBytes: sum.js,
      cssTransferBytes: sum.css,
      indexTransferBytes: sum.index,
      flightTransferBytes: sum.flight,
    };
  });
  // One keystroke on the real page: from the input event to the result count changing on screen.
  const keystrokeMs = await page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('#rule-search');
    const count = document.querySelector('[data-testid="search-count"]');
    if (!box || !count) return NaN;
    const before = count.textContent;
    const start = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(box, 'lsass');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    while (count.textContent === before && performance.now() - start < 5000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.now() - start;
  });
  await context.close();
  return { ...figures, keystrokeToPaintMs: keystrokeMs };
}

export function medians(runs: Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((k) => {
      const xs = runs
        .map((r) => r[k]!)
        .filter((x) => Number.isFinite(x))
        .sort((a, b) => a - b);
      return [k, xs.length ? xs[Math.floor(xs.length / 2)]! : NaN];
    }),
  );
}

export async function benchFeed(
  dir: string,
  runs: number,
  chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<{ runs: Record<string, number>[]; median: Record<string, number> }> {
  const server = await serveExport(dir, { basePath: process.env.BASE_PATH ?? '' });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const all: Record<string, number>[] = [];
  try {
    // A warm-up load so the first measured run does not pay for browser start-up.
    await timeFeedPage(browser, `${server.url}/`);
    for (let i = 0; i < runs; i++) all.push(await timeFeedPage(browser, `${server.url}/`));
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: all, median: medians(all) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Math.max(1, Number(args[at + 1]) || 1) : 5;
  const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'out');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`bench-search-feed: ${dir} has no index.html; build first`);
    process.exit(2);
  }
  const result = await benchFeed(dir, runs);
  const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v) : v);
  if (args.includes('--json')) console.log(JSON.stringify(result, round));
  else {
    for (const r of result.runs)
      console.log(
        `run: interactive ${Math.round(r.interactiveMs!)} ms, domInteractive ${Math.round(r.domInteractiveMs!)} ms, index ${Math.round(r.indexReadyMs!)} ms, keystroke ${Math.round(r.keystrokeToPaintMs!)} ms`,
      );
    console.log(`median of ${runs} runs:`);
    console.log(JSON.stringify(result.median, round, 2));
  }
}
