import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors, watchLayoutShifts } from './rules';

// The coverage page against the built site, with whatever catalog it was built from: figures the page shows are
// checked against figures computed here from the site's own rule facts file.

type Row = [string, string, number, number, number, number, number, 0 | 1, string[], string[]];
interface Facts {
  levels: string[];
  rules: Row[];
}

async function facts(page: Page): Promise<Facts> {
  const res = await page.request.get('/coverage/rule-facts.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Facts;
}

/** Distinct parent techniques covered (a sub-technique covers its parent), by rules passing `keep`. */
function coveredParents(f: Facts, matrixIds: Set<string>, keep: (r: Row) => boolean): number {
  const covered = new Set<string>();
  for (const r of f.rules.filter(keep)) for (const id of r[8]) covered.add(id.split('.')[0]!);
  return [...covered].filter((id) => matrixIds.has(id)).length;
}

async function matrixParentIds(page: Page): Promise<Set<string>> {
  const ids = await page
    .locator('[data-tactic] > ul > li[data-technique]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-technique')!));
  return new Set(ids);
}

test('a matrix cell leads to its technique page, which lists its rules', async ({ page }) => {
  await page.goto('/coverage/');
  const cell = page
    .locator('[data-tactic] > ul > li[data-technique]')
    .filter({ has: page.locator('[data-count]:not(:text-is("0"))') })
    .first();
  await expect(cell).toBeVisible();
  const id = (await cell.getAttribute('data-technique'))!;
  const count = Number(await cell.locator('[data-count]').first().textContent());
  expect(count).toBeGreaterThan(0);
  await cell.locator('a').first().click();
  await expect(page).toHaveURL(new RegExp(`/attack/${id.replace('.', '\\.')}/$`));
  await expect(page.getByTestId('technique-rule-count')).toHaveText(`(${count})`);
  await expect(page.getByTestId('rule-table').locator('tbody tr')).toHaveCount(count);
  // Each listed rule page is reachable and names the technique among its tags.
  const first = page.getByTestId('rule-table').locator('tbody a').first();
  await first.click();
  await expect(page.locator('h1')).toBeVisible();
});

test('a filter recounts the matrix in the browser', async ({ page }) => {
  await page.goto('/coverage/');
  const f = await facts(page);
  const ids = await matrixParentIds(page);
  const total = ids.size;
  const summary = page.getByTestId('techniques-covered');
  await expect(summary).toHaveText(`${coveredParents(f, ids, () => true)} of ${total}`);

  // The severity whose filtered coverage differs most from the unfiltered one.
  const all = coveredParents(f, ids, () => true);
  const levels = ['informational', 'low', 'medium', 'high', 'critical'];
  const pick = levels
    .map((level) => ({ level, n: coveredParents(f, ids, (r) => f.levels[r[2]] === level) }))
    .sort((a, b) => Math.abs(all - b.n) - Math.abs(all - a.n))[0]!;
  expect(pick.n).not.toBe(all);
  await page.getByRole('checkbox', { name: pick.level, exact: true }).check();
  await expect(summary).toHaveText(`${pick.n} of ${total}`);
  const cells = page.locator('[data-tactic] > ul > li[data-technique] [data-count]');
  const counted = await cells.evaluateAll((els) => els.reduce((n, e) => n + Number(e.textContent), 0));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(summary).toHaveText(`${all} of ${total}`);
  const unfiltered = await cells.evaluateAll((els) => els.reduce((n, e) => n + Number(e.textContent), 0));
  expect(counted).not.toBe(unfiltered);
});

test('the Navigator layers download and parse', async ({ page }) => {
  await page.goto('/coverage/');
  const [whole] = await Promise.all([page.waitForEvent('download'), page.getByTestId('layer-all').click()]);
  const layer = JSON.parse(await readFile((await whole.path())!, 'utf8'));
  expect(layer).toMatchObject({ domain: 'enterprise-attack', versions: { layer: '4.5' } });
  expect(layer.versions.attack).toMatch(/^\d+$/);
  expect(layer.techniques.length).toBeGreaterThan(0);
  for (const t of layer.techniques) {
    expect(t.techniqueID).toMatch(/^T\d{4}(\.\d{3})?$/);
    expect(t.score).toBeGreaterThan(0);
  }

  await page.getByRole('checkbox', { name: 'KQL available' }).check();
  const [filtered] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('layer-filtered').click(),
  ]);
  expect(filtered.suggestedFilename()).toBe('soc-feed-navigator-layer-filtered.json');
  const view = JSON.parse(await readFile((await filtered.path())!, 'utf8'));
  expect(view.name).toContain('KQL available');
  expect(view.versions).toEqual(layer.versions);
  expect(view.metadata).toContainEqual({ name: 'Filters', value: 'KQL available' });
});

test('sub-techniques open from their parent', async ({ page }) => {
  await page.goto('/coverage/');
  const first = page.locator('[data-tactic] > ul > li[data-technique] button[aria-expanded="false"]').first();
  const controls = (await first.getAttribute('aria-controls'))!;
  const toggle = page.locator(`button[aria-controls="${controls}"]`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`[id="${controls}"] li[data-technique]`).first()).toBeVisible();
  await toggle.click();
  await expect(page.locator(`[id="${controls}"]`)).toHaveCount(0);
});

test('a tactic heading leads to its page, with the column’s covered/total and the same technique counts', async ({
  page,
}) => {
  await page.goto('/coverage/');
  // The first column that covers something (a tactic with nothing covered would compare only zeros).
  const keys = await page
    .locator('[data-tactic]')
    .evaluateAll((els) =>
      els
        .filter((e) => !/^\s*0\//.test(e.querySelector('[data-tactic-coverage]')?.textContent ?? '0/'))
        .map((e) => e.getAttribute('data-tactic')!),
    );
  expect(keys.length).toBeGreaterThan(0);
  const key = keys[0]!;
  const column = page.locator(`[data-tactic="${key}"]`);
  const figures = /^(\d+)\/(\d+) covered · (\d+)%$/.exec(
    (await column.locator('[data-tactic-coverage]').textContent())!.replace(/\s+/g, ' ').trim(),
  );
  expect(figures).not.toBeNull();
  const [, covered, total, percent] = figures!;
  const cells = await column
    .locator(':scope > ul > li[data-technique]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-technique')} ${e.querySelector('[data-count]')?.textContent}`),
    );
  expect(cells).toHaveLength(Number(total));

  await column.locator('h2 a').click();
  await expect(page).toHaveURL(new RegExp(`/attack/tactics/${key}/$`));
  await expect(page.getByTestId('tactic-coverage')).toHaveText(
    `${covered} of ${total} techniques covered (${percent}%).`,
  );
  const listed = await page
    .locator('section[aria-labelledby="techniques-heading"] li a')
    .evaluateAll((els) =>
      els.map(
        (a) =>
          `${/\/attack\/([^/]+)\/$/.exec(a.getAttribute('href')!)?.[1]} ${a.lastElementChild?.textContent}`,
      ),
    );
  expect(listed).toEqual(cells);
});

test('the page runs no React until used, then its island and never Next; the click that loads it is not lost', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // A hydration mismatch (props that are not the ones the page was rendered from) is logged as an error.
  const errors = watchErrors(page);
  await page.goto('/coverage/');
  await page.waitForLoadState('networkidle');
  // Only the site's own scripts run; the island's modules may be downloaded and compiled at idle, not run.
  const island = (path: string) => path.startsWith('/_next/static/island/');
  expect(scripts.filter((p) => !island(p)).sort()).toEqual(['/enhance.js', '/hydrate.js']);
  expect(await page.evaluate(() => 'TURBOPACK' in window || '__next_f' in window)).toBe(false);
  // The first interaction is a click on a button React owns: it loads React, and takes effect once React is there.
  const expand = page.getByRole('button', { name: 'Expand all sub-techniques' });
  await expand.click();
  await expect(page.getByRole('button', { name: 'Collapse all sub-techniques' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', /\d+/);
  // The coverage island, hydrated with the props the page was rendered from; never Next's runtime.
  expect(scripts.some((p) => p.startsWith('/_next/static/island/coverage-island-'))).toBe(true);
  expect(scripts.filter((p) => p.startsWith('/_next/') && !island(p))).toEqual([]);
  expect(await page.evaluate(() => 'TURBOPACK' in window || '__next_f' in window)).toBe(false);
  // Exactly once: a second toggle would have collapsed them again.
  await page.waitForTimeout(300);
  await expect(page.locator('[data-tactic] ul[id^="subs-"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the page does not move while it loads, hydrates and is scrolled through', async ({ page }) => {
  const layoutShifts = await watchLayoutShifts(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/coverage/');
  await page.mouse.move(10, 10);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', /\d+/);
  // Off-screen sections render as they come near (content-visibility): scrolling must not shift them.
  for (let y = 0; y < 6; y++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(100);
  }
  const shifts = await layoutShifts();
  expect(shifts).toBeLessThan(0.05);
});

test('when the explorer cannot start, its controls are turned off and the page says why', async ({
  page,
}) => {
  await page.route('**/coverage/explorer.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('/coverage/');
  const critical = page.getByRole('checkbox', { name: 'critical' });
  const summary = await page.getByText(/rules? cover \d+ of \d+ techniques/).innerText();
  // The click that loads the island is held; the island fails, so it is undone rather than left checked for nothing.
  await critical.click();
  await expect(page.getByRole('alert')).toContainText('could not start (/coverage/explorer.json: HTTP 503)');
  await expect(critical).not.toBeChecked();
  await expect(critical).toBeDisabled();
  // The page as built stays: every count and link.
  await expect(page.getByText(/rules? cover \d+ of \d+ techniques/)).toHaveText(summary);
  await expect(page.locator('a[href$="/attack/T1572/"]').first()).toBeVisible();
});
