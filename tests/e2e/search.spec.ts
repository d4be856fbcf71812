import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE, rulePath } from './rules';

// Search, filters and feeds on the feed page. The e2e content (package.json build:e2e) holds the shipped rule,
// the other engineers' fixtures and four search fixtures (tests/fixtures/e2e-content/search), so the facets
// have several values each. Counts are read from the page and checked against what the list shows.
const LSASS = { slug: 'lsass-dump-via-comsvcs-minidump', title: 'LSASS Dump Via Comsvcs MiniDump' };
const CERTUTIL = 'Certutil Decodes A Payload';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search rules' });
// The rows the feed shows: the search results, or the server-rendered page while nothing narrows the list.
const rows = (page: Page) => page.getByTestId('feed-search').locator('ol > li');
const countText = (page: Page) => page.getByTestId('search-count');
const option = (page: Page, facet: string, value: string) =>
  page.locator(`[data-facet="${facet}"] label:has(input[data-value="${value}"])`);
/** Long facets start closed: open one the way a user would, by its summary. */
async function openFacet(page: Page, facet: string): Promise<void> {
  const details = page.locator(`details[data-facet="${facet}"]`);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
}
const countOf = async (page: Page, facet: string, value: string) =>
  Number(await option(page, facet, value).locator('[data-count]').getAttribute('data-count'));

async function openFeed(page: Page, query = ''): Promise<number> {
  await page.goto(`/${query}`);
  // Without a search in the URL, React and the index load on the reader's first move (public/hydrate.js).
  await page.mouse.move(10, 10);
  await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  const text = (await page.getByTestId('rule-count').textContent())?.replaceAll(',', '') ?? '';
  return Number(/\d+/.exec(text)?.[0]);
}

test('a query finds the rule that uses a detection value, title matches first, terms marked', async ({
  page,
}) => {
  const total = await openFeed(page);
  await searchBox(page).fill('rundll32');
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row.getByRole('link', { name: LSASS.title })).toBeVisible();
  await expect(row.locator('mark')).toHaveText(['rundll32']);
  await expect(countText(page)).toHaveText(`1 of ${total} rules match`);
  await expect(page).toHaveURL(/\/\?q=rundll32$/);

  await searchBox(page).fill('localto.net');
  await expect(rows(page).first().getByRole('link', { name: EXAMPLE.title })).toBeVisible();

  await searchBox(page).fill('T1003');
  await expect(rows(page).first()).toContainText(LSASS.title);

  // A title match ranks above rules that only mention the word elsewhere.
  await searchBox(page).fill('certutil');
  await expect(rows(page).first().getByRole('link', { name: CERTUTIL })).toBeVisible();
  await expect(rows(page).first().locator('a mark')).toHaveText(['Certutil']);
});

test('combined filters narrow the list and the counts agree', async ({ page }) => {
  const total = await openFeed(page);
  await expect(rows(page)).toHaveCount(total);

  await openFacet(page, 'product');
  const windows = await countOf(page, 'product', 'windows');
  expect(windows).toBeGreaterThan(1);
  expect(windows).toBeLessThan(total);
  await option(page, 'product', 'windows').locator('input').check();
  await expect(rows(page)).toHaveCount(windows);
  await expect(countText(page)).toHaveText(`${windows} of ${total} rules match`);

  // Severity counts now count Windows rules only.
  const critical = await countOf(page, 'level', 'critical');
  expect(critical).toBeGreaterThan(0);
  expect(critical).toBeLessThan(windows);
  await option(page, 'level', 'critical').locator('input').check();
  await expect(rows(page)).toHaveCount(critical);
  await expect(rows(page).filter({ hasNotText: 'CRITICAL' })).toHaveCount(0);
  await expect(rows(page).getByRole('link', { name: LSASS.title })).toBeVisible();

  // Every tactic count equals the rows it leaves.
  const tactic = page.locator('[data-facet="tactic"] input[data-value]');
  const values = await tactic.evaluateAll((els) => els.map((el) => el.getAttribute('data-value') ?? ''));
  for (const value of values) {
    const n = await countOf(page, 'tactic', value);
    if (n === 0) continue;
    await option(page, 'tactic', value).locator('input').check();
    await expect(rows(page)).toHaveCount(n);
    await option(page, 'tactic', value).locator('input').uncheck();
    await expect(rows(page)).toHaveCount(critical);
  }
  await expect(page).toHaveURL(/level=critical/);
  await expect(page).toHaveURL(/product=windows/);
});

test('reload restores the state from the URL, and Back undoes a change', async ({ page }) => {
  await openFeed(page, '?q=credential&level=critical,low&sort=title');
  const check = async () => {
    await expect(searchBox(page)).toHaveValue('credential');
    await expect(option(page, 'level', 'critical').locator('input')).toBeChecked();
    await expect(option(page, 'level', 'low').locator('input')).toBeChecked();
    await expect(page.getByLabel('Sort')).toHaveValue('title');
    const titles = await rows(page).locator('a[href^="/rules/"]').allTextContents();
    expect(titles).toContain(LSASS.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    return titles.length;
  };
  const before = await check();
  await page.reload();
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  expect(await check()).toBe(before);

  await option(page, 'level', 'low').locator('input').uncheck();
  await expect(page).not.toHaveURL(/low/);
  await page.goBack();
  await expect(page).toHaveURL(/level=critical%2Clow|level=critical,low/);
  expect(await check()).toBe(before);
});

test('a query typed a key at a time: the URL follows, a result opened at once and Back restore it', async ({
  page,
}) => {
  await openFeed(page);
  // The first key adds a history entry; the next ones replace it, written a moment later or on a click. Typed
  // and clicked in one task, so the click comes before any timer: the click must write the whole query.
  await page.evaluate((title) => {
    const box = document.querySelector<HTMLInputElement>('#rule-search')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (let i = 1; i <= 'rundll32'.length; i++) {
      setValue.call(box, 'rundll32'.slice(0, i));
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const links = document.querySelectorAll<HTMLAnchorElement>('[data-testid="search-results"] a');
    [...links].find((a) => a.textContent === title)!.click();
  }, LSASS.title);
  await expect(page).toHaveURL(rulePath(LSASS.slug));
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=rundll32$/);
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  await expect(searchBox(page)).toHaveValue('rundll32');
  await expect(rows(page)).toHaveCount(1);

  await searchBox(page).press('End');
  await searchBox(page).pressSequentially(' comsvcs');
  await expect(page).toHaveURL(/\/\?q=rundll32\+comsvcs$/);
  await page.reload();
  await page.locator('html[data-search-index-ready]').waitFor({ state: 'attached' });
  await expect(searchBox(page)).toHaveValue('rundll32 comsvcs');
  // The whole typing run is one history entry: Back leaves it for the search before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=rundll32$/);
});

test('keyboard only: / focuses the search, Esc clears it, filters and results by Tab', async ({ page }) => {
  const total = await openFeed(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('comsvcs');
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(rows(page)).toHaveCount(total);

  // Tab to the "critical" checkbox, toggle it with Space.
  const critical = await countOf(page, 'level', 'critical');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-value') === 'critical')) break;
  }
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(critical);

  // On to the first result and open it.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (href.startsWith('/rules/')) break;
  }
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  expect(href).toMatch(/^\/rules\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('an empty result says so and offers to clear everything', async ({ page }) => {
  const total = await openFeed(page, '?level=informational');
  await searchBox(page).fill('nosuchthingatall');
  await expect(page.getByTestId('search-empty')).toContainText('No rules match “nosuchthingatall”');
  await expect(countText(page)).toContainText(`0 of ${total} rules match`);
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(rows(page)).toHaveCount(total);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);
});

test('without JavaScript the feed lists every rule and shows no dead search box', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const text = (await page.getByTestId('rule-count').textContent())?.replaceAll(',', '') ?? '';
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  // The feed's static pages (/, /page/2/, ...), followed by their "Older" links, list each rule once.
  const seen: string[] = [];
  for (let pages = 1; ; pages++) {
    const hrefs = await page
      .locator('main ol > li a[href*="/rules/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    seen.push(...hrefs);
    const older = page.locator('nav[aria-label="Feed pages"] a[rel="next"]');
    if ((await older.count()) === 0) break;
    expect(pages).toBeLessThan(1000);
    await older.click();
    await expect(page).toHaveURL(new RegExp(`/page/${pages + 1}/$`));
  }
  expect(seen).toHaveLength(Number(/\d+/.exec(text)?.[0]));
  expect(new Set(seen).size).toBe(seen.length);
  await context.close();
});

test('the feeds are served, list the rules with absolute links, and every page announces them', async ({
  page,
  request,
}) => {
  const atom = await request.get('/feed.xml');
  expect(atom.ok()).toBe(true);
  const xml = await atom.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toMatch(
    new RegExp(`<link rel="alternate" type="text/html" href="https?://[^"]+${rulePath(EXAMPLE.slug)}"/>`),
  );
  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.map((item: { title: string }) => item.title)).toContain(LSASS.title);

  for (const path of ['/', rulePath(EXAMPLE.slug), '/coverage/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feed.xml',
    );
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
      'href',
      '/feed.json',
    );
  }
});
