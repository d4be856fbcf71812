import { expect, test } from '@playwright/test';
import { EXAMPLE, rulePath, watchErrors, watchLayoutShifts } from './rules';

test('the feed lists every rule newest first and opens a rule', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/SOC Feed/);
  const rows = page.locator('main ol > li');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('rule-count')).toHaveText(`${count} ${count === 1 ? 'rule' : 'rules'}`);

  const dates = await rows
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  const row = rows.filter({ hasText: EXAMPLE.title });
  await expect(row.getByText('HIGH')).toBeVisible();
  await expect(row.getByText('imNetworkSession')).toBeVisible();
  await expect(row.getByText('2024-06-17')).toBeVisible();
  for (const id of ['T1572', 'T1090', 'T1102'])
    await expect(row.getByRole('link', { name: id })).toBeVisible();

  await expect(page.getByRole('link', { name: /ATT&CK coverage/ })).toHaveAttribute('href', '/coverage/');
  await row.getByRole('link', { name: EXAMPLE.title }).click();
  await expect(page).toHaveURL(rulePath(EXAMPLE.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
});

test('an unknown page answers 404 with a real page', async ({ page }) => {
  const response = await page.goto('/rules/no-such-rule/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all rules' }).click();
  await expect(page).toHaveURL('/');
});

test('sitemap and robots list the pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`${rulePath(EXAMPLE.slug)}</loc>`);
  expect(sitemap).toContain('/coverage/</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('the feed does not move while it hydrates and the search index loads', async ({ page }) => {
  const layoutShifts = await watchLayoutShifts(page);
  await page.goto('/');
  await page.mouse.move(10, 10);
  await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  await expect(page.locator('[data-facet="level"]')).toBeVisible();
  const shifts = await layoutShifts();
  expect(shifts).toBeLessThan(0.01);
});

test('reading the feed runs no React; the first interaction loads the search island and index, never Next', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('search-index'))
      scripts.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Only the site's own small scripts run: the page is complete without React. The island's modules may be
  // downloaded and compiled at idle (modulepreload), not run.
  const island = (path: string) => path.startsWith('/_next/static/island/');
  const paths = () => scripts.map((url) => new URL(url).pathname);
  expect(
    paths()
      .filter((p) => !island(p))
      .sort(),
  ).toEqual(['/enhance.js', '/hydrate.js']);
  const reactRoot = () =>
    page.evaluate(() =>
      Object.keys(document.querySelector('[data-island="feed"]') ?? {}).some((k) =>
        k.startsWith('__reactContainer$'),
      ),
    );
  expect(await reactRoot()).toBe(false);
  await expect(page.locator('html')).not.toHaveAttribute('data-search-ready');
  await page.mouse.move(10, 10);
  await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  // React runs on the island's element, from the island's module and what it imports; nothing of Next's runtime or
  // flight data is ever fetched.
  expect(await reactRoot()).toBe(true);
  expect(paths().filter((p) => p.startsWith('/_next/static/island/feed-island-'))).toHaveLength(1);
  expect(paths().filter((p) => p.startsWith('/_next/') && !island(p))).toEqual([]);
  expect(await page.evaluate(() => 'TURBOPACK' in window || '__next_f' in window)).toBe(false);
  expect(paths()).toContain('/search-index.json');
});

test('text typed the moment the page shows is searched, not lost while React and the index load', async ({
  page,
}) => {
  await page.goto('/', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Search rules' });
  await box.waitFor({ state: 'visible' });
  // Typed before React runs: the first key starts loading it, the rest land in the plain input meanwhile.
  const hydratedBefore = await page.evaluate(() => 'searchReady' in document.documentElement.dataset);
  await box.pressSequentially('rundll32');
  await expect(page.getByTestId('search-results').locator('> li')).toHaveCount(1);
  await expect(page.getByTestId('search-results')).toContainText('LSASS Dump Via Comsvcs MiniDump');
  await expect(box).toHaveValue('rundll32');
  await expect(page).toHaveURL(/\/\?q=rundll32$/);
  expect(hydratedBefore).toBe(false);
});

test('the search island hydrates the server markup without an error and gives the static rows back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Mark the server's first row: the island adopts these nodes rather than rendering them again.
  const rows = page.locator('[data-feed-list] li.feed-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  const firstRow = rows.first();
  const title = await firstRow.locator('a').first().innerText();
  await firstRow.evaluate((row) => row.setAttribute('data-probe', 'server'));
  const box = page.getByRole('searchbox', { name: 'Search rules' });
  await box.pressSequentially('rundll32');
  await expect(page.getByTestId('search-results').locator('> li')).toHaveCount(1);
  await expect(page.locator('[data-feed-list]')).toHaveCount(0);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  const back = page.locator('[data-feed-list] li.feed-row').first();
  await expect(back).toHaveAttribute('data-probe', 'server');
  await expect(back.locator('a').first()).toHaveText(title);
  await expect(rows).toHaveCount(count);
  expect(errors).toEqual([]);
});

test('`/` focuses the search box before React has loaded too', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).not.toHaveAttribute('data-search-ready');
  await page.keyboard.press('/');
  await page.keyboard.type('comsvcs');
  const box = page.getByRole('searchbox', { name: 'Search rules' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('comsvcs');
  await expect(page.getByTestId('search-results').locator('> li')).toHaveCount(1);
});

test('every row renders as it is scrolled to (content-visibility), and the page does not shift', async ({
  page,
}) => {
  const layoutShifts = await watchLayoutShifts(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const rows = page.locator('main ol > li.feed-row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await rows.nth(i).scrollIntoViewIfNeeded();
    await expect(rows.nth(i).locator('a.feed-title')).toBeVisible();
  }
  const shifts = await layoutShifts();
  expect(shifts).toBeLessThan(0.05);
});
