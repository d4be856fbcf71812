import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE, rulePath } from './rules';

// Zero axe violations (every rule axe runs by default, WCAG 2.x A/AA and best practices, plus target-size, which
// axe leaves off but Lighthouse's accessibility score counts) on the four kinds of page, in both themes; then the
// main flow done with the keyboard alone.

const PAGES = [
  { name: 'feed', path: '/' },
  { name: 'rule page', path: rulePath(EXAMPLE.slug) },
  { name: 'rule page, KQL tab', path: `${rulePath(EXAMPLE.slug)}#kql` },
  { name: 'coverage', path: '/coverage/' },
  { name: 'technique page', path: '/attack/T1572/' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, path } of PAGES) {
    test(`${name} has no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      // The theme actually applied: the browser reports the scheme, and background and text are light on dark
      // or dark on light accordingly.
      const { dark, background, ink } = await page.evaluate(() => {
        // The page colour sits on <body> or, when that is transparent, on <html>.
        const body = getComputedStyle(document.body).backgroundColor;
        return {
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          background: /^rgba\(0, 0, 0, 0\)$/.test(body)
            ? getComputedStyle(document.documentElement).backgroundColor
            : body,
          ink: getComputedStyle(document.querySelector('h1') ?? document.body).color,
        };
      });
      expect(dark).toBe(scheme === 'dark');
      const luminance = (colour: string) =>
        colour
          .match(/\d+/g)!
          .slice(0, 3)
          .map(Number)
          .reduce((a, b) => a + b, 0);
      expect(
        scheme === 'dark'
          ? luminance(background) < 300 && luminance(ink) > 450
          : luminance(background) > 450 && luminance(ink) < 300,
        `${scheme}: background ${background}, text ${ink}`,
      ).toBe(true);
      const results = await new AxeBuilder({ page })
        .options({ rules: { 'target-size': { enabled: true } } })
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join('\n  ')}`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
}

/** Presses Tab (or `key`) until the focused element matches `selector` (and `text`); fails after `limit` presses. */
async function tabTo(page: Page, selector: string, text?: RegExp, key = 'Tab', limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const hit = await page.evaluate(
      ([sel, source]) => {
        const el = document.activeElement;
        if (!el || !el.matches(sel!)) return false;
        return source === null || new RegExp(source, 'i').test(el.textContent ?? '');
      },
      [selector, text ? text.source : null] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` with text ${text}` : ''}`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    return (outline || ring) && rect.width > 0 && rect.height > 0;
  });
}

test('the main flow works with the keyboard alone', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only');
  await page.goto('/');
  await page.waitForLoadState('networkidle');

  // Skip link first, and it lands in the main content.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/skip to content/i);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // From the feed to the example rule.
  await tabTo(page, `main a[href$="${rulePath(EXAMPLE.slug)}"]`);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${rulePath(EXAMPLE.slug)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);

  // Into the tabs, over to KQL with the arrow key, then copy it.
  await tabTo(page, '[role="tab"]');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /KQL/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /KQL/ })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, '[role="tabpanel"]:not([hidden]) button', /copy/);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText(/copied/i);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE.kql);

  // On to an ATT&CK technique and the coverage page, still without the mouse.
  await tabTo(page, 'main a[href$="/attack/T1572/"]', undefined, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/attack\/T1572\/$/);
  await tabTo(page, 'a[href$="/coverage/"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/coverage\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
