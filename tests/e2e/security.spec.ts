import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE, rulePath } from './rules';

// The export runs under its Content-Security-Policy (a meta tag per page, written by scripts/csp.ts, plus the
// `_headers` file that scripts/serve.mjs applies), the policy really blocks injected script, and the hostile
// fixtures of tests/fixtures/hostile neither run code nor break the other pages.

const HOSTILE = [
  'hostile-links-and-data-urls',
  'hostile-enormous-values',
  'hostile-deeply-nested-yaml',
  'hostile-5mb-rule',
] as const;

/** Records CSP violations and dialogs from the first byte of every document the page loads. */
async function watch(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const seen = { violations: [] as string[], dialogs: [] as string[] };
  await page.exposeFunction('__reportCsp', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
      seen.violations.push(message.text());
    }
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

// The #kql entry follows another page: a hash change on the same page is no navigation and gives no response.
const PAGES = ['/', rulePath(EXAMPLE.slug), '/coverage/', `${rulePath(EXAMPLE.slug)}#kql`, '/attack/T1572/'];

test('pages work under the CSP with no violations', async ({ page }) => {
  const seen = await watch(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await page.waitForLoadState('networkidle');
    // The inline bootstrap ran (its hash is allowed).
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  }
  // The feed and coverage pages load React on the first interaction, from files the policy allows by origin: it
  // hydrates (the root component signals it) with no violation.
  for (const path of ['/', '/coverage/']) {
    await page.goto(path);
    await page.mouse.move(20, 20);
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', /\d+/);
  }
  await page.goto(rulePath(EXAMPLE.slug));
  await page.getByRole('tab', { name: /KQL/ }).click();
  await expect(page.getByRole('tab', { name: /KQL/ })).toHaveAttribute('aria-selected', 'true');
  const toggle = page.getByRole('button', { name: /switch to (dark|light) theme/i });
  const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
  await toggle.click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? '')).not.toBe(before);
  expect(seen.violations).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

test('the policy blocks script the site did not ship', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(rulePath(EXAMPLE.slug));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "inline";';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'data:,x');
    img.setAttribute('onerror', 'window.__injected = "handler"');
    img.setAttribute('onload', 'window.__injected = "handler"');
    document.body.append(img);
    const remote = document.createElement('script');
    remote.src = 'https://evil.example/x.js';
    document.body.append(remote);
  });
  await expect.poll(() => seen.violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
});

for (const slug of HOSTILE) {
  test(`hostile fixture ${slug} renders inert`, async ({ page }) => {
    test.setTimeout(120_000);
    const seen = await watch(page);
    const response = await page.goto(rulePath(slug), { timeout: 90_000 });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.locator('main').hover();
    await page.keyboard.press('Tab');
    for (const tab of await page.getByRole('tab').all()) await tab.click();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    const found = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
      );
      const badUrls = [...document.querySelectorAll('[href], [src], [action], [formaction], [data]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
        .filter((url) => /^\s*(javascript|vbscript|data):/i.test(url.replace(/[\t\n\r]/g, '')));
      const tags = main.querySelectorAll(
        'script, style, iframe, object, embed, base, meta, link, form, img, svg image',
      );
      const bases = document.querySelectorAll('base, meta[http-equiv="refresh" i]');
      return { handlers, badUrls, mainTags: tags.length, bases: bases.length };
    });
    expect(found).toEqual({ handlers: [], badUrls: [], mainTags: 0, bases: 0 });
  });
}

test('hostile fixtures do not break the rest of the catalog', async ({ page }) => {
  await page.goto('/');
  for (const slug of [EXAMPLE.slug, ...HOSTILE]) {
    await expect(page.locator(`main a[href$="${rulePath(slug)}"]`).first()).toBeAttached();
  }
  const title = await page.request.get(rulePath('hostile-links-and-data-urls'));
  expect(await title.text()).toContain('&lt;a href=&quot;javascript:');
  await page.goto(rulePath(EXAMPLE.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
});
