import { expect, test } from '@playwright/test';
import { rulePath } from './rules';

// tests/fixtures/e2e-content/hostile-rule-renders-inert.* puts script tags, event handlers and javascript: links in
// every field. The page must show them as text and run none of them.
test('a hostile rule renders inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const hash of ['', '#kql']) {
    await page.goto(`${rulePath('hostile-rule-renders-inert')}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      "<script>window.__pwned='title'</script>",
    );
    await page.getByText(/autolink/).hover();
    await page.locator('main').hover();
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  const main = page.locator('main');
  await expect(main.getByText("<script>window.__pwned = 'body-script';</script>")).toBeVisible();
  expect(await main.locator('script').count()).toBe(0);
  expect(await main.locator('img, iframe, svg[onload], details').count()).toBe(0);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}.${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  const badLinks = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|\/|#)/i.test(href)),
  );
  expect(badLinks).toEqual([]);
  await expect(main.getByRole('link', { name: 'javascript link' })).toHaveCount(0);

  const external = main.getByRole('link', { name: 'external link' });
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  for (const link of await main.locator('a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('rel', /noopener noreferrer/);
  }
});
