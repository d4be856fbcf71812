// Feed page timing in Chromium against a built export, served compressed as a CDN would (scripts/export-server):
// each run is a fresh browser context (cold cache). Prints the median of --runs for each figure; asserts nothing.
// Usage: npx tsx scripts/bench-search-feed.ts [dir=out] [--runs 5] [--json] [--against <other export>]
//   --against  A/B: serves both exports and alternates runs between them (ABBA...), so that the machine's drift
//              (these machines are noisy) falls on both alike; prints each one's medians side by side.
// Budget (issue "Find rules fast"): feed interactive < 1 s on this machine; results < 50 ms after a keystroke.
// "Interactive" here is typedResultsMs: from navigation start until typing into the search box, at the first moment
// the box is on screen, shows results (the reader's whole wait; React and the index load on that first keystroke).
// hydratedMs is the TTI-like figure on the same path: navigation start to React hydrated.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { serveExport } from './export-server';

/** Installs a long-task counter before any page script runs. */
async function countLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * A reader who types at once: navigate, type "lsass" into the search box as soon as it is on screen, wait for the
 * results. The feed hydrates on the first interaction (public/hydrate.js), so this is the whole path a hurried
 * reader waits for: HTML, first paint, the island's modules (before the islands: React's runtime and the page's
 * flight data), hydration, the search index.
 *   boxVisibleMs   navigation start to the search box on screen (when typing starts)
 *   typedResultsMs navigation start to the first result row of the typed query in the DOM: "interactive"
 *   hydratedMs     navigation start to React having hydrated the feed (FeedSearch mounted)
 *   indexReadyMs   navigation start to the search index fetched and decoded
 * With `returning`, the same for an analyst who has used the feed before: two earlier visits in the same browser
 * context (each hydrated, index loaded) leave the HTTP cache and V8's code cache warm, as on a daily visit.
 */
export async function timeTypingAtOnce(
  browser: Browser,
  url: string,
  { returning = false } = {},
): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await countLongTasks(page);
  for (let visit = 0; returning && visit < 2; visit++) {
    await page.goto(url, { waitUntil: 'load' });
    await page.mouse.move(5, 5 + visit);
    await page.waitForSelector('html[data-search-index-ready]', { state: 'attached', timeout: 15_000 });
    // V8 writes its code cache after the page's scripts ran; give it that moment before the next navigation.
    await page.waitForTimeout(300);
  }
  await page.goto(url, { waitUntil: 'commit' });
  const box = page.locator('#rule-search');
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  const boxVisibleMs = await page.evaluate(() => performance.now());
  await box.pressSequentially('lsass');
  const done = await page.waitForFunction(
    () => (document.querySelector('[data-testid="search-results"] > li') ? Math.round(performance.now()) : 0),
    undefined,
    { timeout: 15_000, polling: 'raf' },
  );
  const typedResultsMs = Number(await done.jsonValue());
  const figures = await page.evaluate(() => {
    const data = document.documentElement.dataset;
    return {
      hydratedMs: Number(data.searchReady ?? NaN),
      indexReadyMs: Number(data.searchIndexReady ?? NaN),
      value: (document.querySelector('#rule-search') as HTMLInputElement).value,
    };
  });
  await context.close();
  if (figures.value !== 'lsass') throw new Error(`keystrokes lost: the box holds "${figures.value}"`);
  const result = {
    boxVisibleMs,
    typedResultsMs,
    hydratedMs: figures.hydratedMs,
    indexReadyMs: figures.indexReadyMs,
  };
  // A returning reader's figures carry the prefix, so both kinds sit side by side in one run's record.
  return returning
    ? Object.fromEntries(
        Object.entries(result).map(([key, value]) => [
          `returning${key[0]!.toUpperCase()}${key.slice(1)}`,
          value,
        ]),
      )
    : result;
}

/** One measured run: the hurried reader, cold and returning, then the reader who reads first. */
async function oneRun(browser: Browser, url: string): Promise<Record<string, number>> {
  return {
    ...(await timeTypingAtOnce(browser, url)),
    ...(await timeTypingAtOnce(browser, url, { returning: true })),
    ...(await timeFeedPage(browser, url)),
  };
}

/**
 * A reader who reads first: load the page and let it settle (nothing hydrates without an interaction), then move
 * the pointer, which loads React and the index, then time one keystroke.
 *   firstContentfulPaintMs, domContentLoadedMs, loadMs: the page itself
 *   loadLongTasksMs        main-thread time in tasks over 50 ms, beyond their first 50 ms (Lighthouse's TBT
 *                          without its FCP..TTI window), from navigation until the pointer moves
 *   hydrationMs            pointer move to React having hydrated (the island's modules, or in an older export
 *                          Next's runtime and flight data, fetched, parsed, run)
 *   interactionLongTasksMs the same blocking time from the pointer move until the index is ready: what the first
 *                          interaction costs the main thread
 *   indexAfterMoveMs       pointer move to the index fetched and decoded
 *   keystrokeToPaintMs     one query ("lsass") put into the ready page at once, to its result count on screen (the
 *                          first query swaps the page's static list for the results)
 *   typingKeyMedianMs/MaxMs then two words typed a key at a time: each key to the next frame drawn
 *   bytes                  what went over the wire (compressed), until the index is ready
 */
export async function timeFeedPage(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await countLongTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const movedAt = await page.evaluate(() => performance.now());
  await page.mouse.move(5, 5);
  await page.waitForSelector('html[data-search-ready]', { state: 'attached', timeout: 15_000 });
  await page
    .waitForSelector('html[data-search-index-ready]', { state: 'attached', timeout: 15_000 })
    .catch(() => undefined);
  const figures = await page.evaluate((moved) => {
    const t = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const data = document.documentElement.dataset;
    // No named inner functions here: tsx would wrap them in a __name helper the page does not have.
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const sum = { js: 0, css: 0, index: 0, flight: 0 };
    for (const e of resources) {
      const kind: keyof typeof sum | '' = e.name.includes('search-index')
        ? 'index'
        : e.name.includes('/flight/')
          ? 'flight'
          : e.name.endsWith('.js')
            ? 'js'
            : e.name.endsWith('.css')
              ? 'css'
              : '';
      if (kind) sum[kind] += e.transferSize;
    }
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const hydrated = Number(data.searchReady ?? NaN);
    const indexReady = Number(data.searchIndexReady ?? NaN);
    const until = Number.isFinite(indexReady) ? indexReady : Infinity;
    let loadBlocking = 0;
    let interactionBlocking = 0;
    for (const task of tasks) {
      const over = Math.max(0, task.duration - 50);
      if (task.start < moved) loadBlocking += over;
      else if (task.start < until) interactionBlocking += over;
    }
    return {
      responseEndMs: t.responseEnd,
      domInteractiveMs: t.domInteractive,
      domContentLoadedMs: t.domContentLoadedEventEnd,
      firstContentfulPaintMs: paint ? paint.startTime : NaN,
      loadMs: t.loadEventEnd,
      loadLongTasksMs: loadBlocking,
      hydrationMs: hydrated - moved,
      interactionLongTasksMs: interactionBlocking,
      indexAfterMoveMs: indexReady - moved,
      htmlTransferBytes: t.transferSize,
      htmlDecodedBytes: t.decodedBodySize,
      scriptTransferBytes: sum.js,
      flightTransferBytes: sum.flight,
      cssTransferBytes: sum.css,
      indexTransferBytes: sum.index,
    };
  }, movedAt);
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
  // Typing a word one key at a time into the ready page (after the query above): each key from its input event to
  // the next frame being drawn (a requestAnimationFrame, then a task after it: React renders the update
  // synchronously within the input event, so that frame shows it). Median and slowest key.
  const typing = await page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('#rule-search');
    if (!box) return [];
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (const word of ['powershell', 'certutil']) {
      for (let i = 1; i <= word.length; i++) {
        const start = performance.now();
        setter.call(box, word.slice(0, i));
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        times.push(performance.now() - start);
      }
    }
    return times;
  });
  typing.sort((a, b) => a - b);
  await context.close();
  return {
    ...figures,
    keystrokeToPaintMs: keystrokeMs,
    typingKeyMedianMs: typing.length ? typing[Math.floor(typing.length / 2)]! : NaN,
    typingKeyMaxMs: typing.length ? typing[typing.length - 1]! : NaN,
  };
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
    for (let i = 0; i < runs; i++) all.push(await oneRun(browser, `${server.url}/`));
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: all, median: medians(all) };
}

/** Both exports measured in alternating runs (A B, B A, ...), each a fresh context, after one warm-up each. */
export async function compareFeeds(
  dirs: [string, string],
  pairs: number,
  chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<{ dir: string; median: Record<string, number> }[]> {
  const servers = await Promise.all(
    dirs.map((dir) => serveExport(dir, { basePath: process.env.BASE_PATH ?? '' })),
  );
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const runs: Record<string, number>[][] = [[], []];
  try {
    for (const server of servers) await timeFeedPage(browser, `${server.url}/`);
    for (let i = 0; i < pairs; i++)
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const url = `${servers[k]!.url}/`;
        runs[k]!.push(await oneRun(browser, url));
      }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  return dirs.map((dir, k) => ({ dir, median: medians(runs[k]!) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const runs = Math.max(1, Number(valueOf('--runs')) || 5);
  const dir = path.resolve(
    args.find((a, i) => !a.startsWith('--') && !['--runs', '--against'].includes(args[i - 1] ?? '')) ?? 'out',
  );
  const against = valueOf('--against');
  for (const d of [dir, ...(against ? [path.resolve(against)] : [])]) {
    if (!existsSync(path.join(d, 'index.html'))) {
      console.error(`bench-search-feed: ${d} has no index.html; build first`);
      process.exit(2);
    }
  }
  const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v) : v);
  if (against) {
    const [a, b] = await compareFeeds([dir, path.resolve(against)], runs);
    if (args.includes('--json')) console.log(JSON.stringify([a, b], round));
    else {
      console.log(`median of ${runs} alternating runs each:`);
      console.log(
        `${'figure'.padEnd(26)}${'A'.padStart(10)}${'B'.padStart(10)}   A = ${a!.dir}, B = ${b!.dir}`,
      );
      for (const key of Object.keys(a!.median))
        console.log(
          `${key.padEnd(26)}${String(Math.round(a!.median[key]!)).padStart(10)}${String(Math.round(b!.median[key]!)).padStart(10)}`,
        );
    }
  } else {
    const result = await benchFeed(dir, runs);
    if (args.includes('--json')) console.log(JSON.stringify(result, round));
    else {
      for (const r of result.runs)
        console.log(
          `run: typed at once: results ${Math.round(r.typedResultsMs!)} ms (hydrated ${Math.round(r.hydratedMs!)}, index ${Math.round(r.indexReadyMs!)}), returning reader ${Math.round(r.returningTypedResultsMs!)} ms; read first: FCP ${Math.round(r.firstContentfulPaintMs!)} ms, hydration ${Math.round(r.hydrationMs!)} ms after the first move, keystroke ${Math.round(r.keystrokeToPaintMs!)} ms, typing ${Math.round(r.typingKeyMedianMs!)} ms/key (max ${Math.round(r.typingKeyMaxMs!)})`,
        );
      console.log(`median of ${runs} runs:`);
      console.log(JSON.stringify(result.median, round, 2));
    }
  }
}
