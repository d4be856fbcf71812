import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE, rulePath } from './rules';

const open = (page: Page, hash = '') => page.goto(`${rulePath(EXAMPLE.slug)}${hash}`);

test('the rule page has every element of the model page and the analyst details', async ({ page }) => {
  await open(page);
  await expect(page).toHaveTitle(`${EXAMPLE.title} · SOC Feed`);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^HIGH · T1572/);

  await expect(page.getByRole('link', { name: '← Back to SOC feed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Coverage →' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
  const header = page.locator('article header').first();
  for (const badge of ['sigma', 'SigmaHQ'])
    await expect(header.getByText(badge, { exact: true })).toBeVisible();
  await expect(header.getByTitle('Severity: high')).toHaveText(/HIGH/);
  for (const id of ['T1572', 'T1090', 'T1102']) {
    await expect(header.getByRole('link', { name: id })).toHaveAttribute('href', `/attack/${id}/`);
  }
  await expect(header.getByText('imNetworkSession')).toBeVisible();
  await expect(page.getByText(/enriched|written with AI/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'View original rule at SigmaHQ →' })).toHaveAttribute(
    'href',
    EXAMPLE.sigmaUrl,
  );
  await expect(page.getByText('Retrieved: 2026-03-25T02:50:08Z · Confidence: medium')).toBeVisible();
  for (const heading of [
    'Hunt Hypothesis',
    'Detection Rule',
    'False Positive Guidance',
    'MITRE ATT&CK Context',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('tab', { name: 'Sigma (Original)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'KQL (Azure Sentinel)' })).toBeVisible();
  await expect(page.getByText(`Original source: ${EXAMPLE.sigmaUrl}`)).toBeVisible();

  const details = page.getByRole('region', { name: 'Rule details' });
  await expect(details).toContainText('Andreas Braathen (mnemonic.io)');
  await expect(details).toContainText('test');
  await expect(details).toContainText('2024-06-17');
  await expect(details).toContainText('category: network_connection');
  await expect(details).toContainText('product: linux');
  await expect(
    details.getByRole('link', { name: 'https://localtonet.com/documents/supported-tunnels' }),
  ).toBeVisible();
  await expect(page.getByText('Detection Rule License (DRL) 1.1').first()).toBeVisible();
});

test('tabs switch by mouse and keyboard and follow the #hash', async ({ page }) => {
  await open(page);
  const sigmaTab = page.getByRole('tab', { name: 'Sigma (Original)' });
  const kqlTab = page.getByRole('tab', { name: 'KQL (Azure Sentinel)' });
  const sigmaPanel = page.getByRole('tabpanel', { name: 'Sigma (Original)' });
  const kqlPanel = page.getByRole('tabpanel', { name: 'KQL (Azure Sentinel)' });
  await expect(sigmaTab).toHaveAttribute('aria-selected', 'true');
  await expect(sigmaPanel).toBeVisible();
  await expect(kqlPanel).toBeHidden();

  await kqlTab.click();
  await expect(kqlTab).toHaveAttribute('aria-selected', 'true');
  await expect(kqlPanel).toBeVisible();
  await expect(kqlPanel).toContainText('NetworkDirection == "Outbound"');
  await expect(sigmaPanel).toBeHidden();
  await expect(page).toHaveURL(/#kql$/);

  await kqlTab.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(sigmaTab).toBeFocused();
  await expect(sigmaTab).toHaveAttribute('aria-selected', 'true');
  await expect(sigmaPanel).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(kqlTab).toBeFocused();
  await expect(kqlPanel).toBeVisible();
  await page.keyboard.press('Home');
  await expect(sigmaTab).toBeFocused();
  await expect(kqlTab).toHaveAttribute('tabindex', '-1');

  await open(page, '#kql');
  await expect(kqlTab).toHaveAttribute('aria-selected', 'true');
  await expect(kqlPanel).toBeVisible();
});

test('copy gives the exact KQL and the original Sigma bytes, with visible feedback', async ({ page }) => {
  await open(page);
  const sigmaPanel = page.getByRole('tabpanel', { name: 'Sigma (Original)' });
  await sigmaPanel.getByRole('button', { name: 'Copy Sigma rule' }).click();
  await expect(sigmaPanel.getByRole('button', { name: /Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE.sigma());

  await page.getByRole('tab', { name: 'KQL (Azure Sentinel)' }).click();
  const kqlPanel = page.getByRole('tabpanel', { name: 'KQL (Azure Sentinel)' });
  await kqlPanel.getByRole('button', { name: /^Copy KQL/ }).click();
  await expect(kqlPanel.getByRole('button', { name: /Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE.kql);
  await expect(kqlPanel.getByRole('button', { name: /^Copy KQL/ })).toBeVisible({ timeout: 5000 });
});

test('downloads serve the original .yml bytes and the .kql', async ({ page, request }) => {
  await open(page);
  const yml = page.getByRole('link', { name: /Download \.yml/ });
  await expect(yml).toHaveAttribute('download', 'net_connection_lnx_domain_localtonet_tunnel.yml');
  const ymlResponse = await request.get((await yml.getAttribute('href'))!);
  expect(ymlResponse.status()).toBe(200);
  expect(await ymlResponse.text()).toBe(EXAMPLE.sigma());

  await page.getByRole('tab', { name: 'KQL (Azure Sentinel)' }).click();
  const kql = page.getByRole('link', { name: /Download \.kql/ });
  const kqlResponse = await request.get((await kql.getAttribute('href'))!);
  expect(await kqlResponse.text()).toBe(EXAMPLE.kql);

  const [download] = await Promise.all([page.waitForEvent('download'), kql.click()]);
  expect(download.suggestedFilename()).toBe(`${EXAMPLE.slug}.kql`);
});

test('the back link returns to the feed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: EXAMPLE.title }).click();
  await page.getByRole('link', { name: '← Back to SOC feed' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { name: 'Detection rules' })).toBeVisible();
});

test('the permalink by rule id leads to the rule page', async ({ page }) => {
  await page.goto(`/r/${EXAMPLE.id}/#kql`);
  await expect(page).toHaveURL(`${rulePath(EXAMPLE.slug)}#kql`);
  await expect(page.getByRole('tab', { name: 'KQL (Azure Sentinel)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a rule without KQL says why instead of showing a query', async ({ page }) => {
  await page.goto(`${rulePath('process-rule-without-kql')}#kql`);
  const panel = page.getByRole('tabpanel', { name: 'KQL (Azure Sentinel)' });
  await expect(panel).toContainText(
    'No KQL is shown for this rule, because a wrong query is worse than none',
  );
  await expect(panel).toContainText(
    'The rule searches whole events for keywords, which does not translate to a column match',
  );
  await expect(panel).toContainText('"nc -e /bin/sh" in imProcessCreate: no column holds the whole event');
  await expect(panel.locator('pre')).toHaveCount(0);
  // The rule has no false-positive prose and lists none: no empty heading.
  await expect(page.getByRole('heading', { name: 'False Positive Guidance' })).toHaveCount(0);
});

test('a rule whose query would be megabytes long says so, with the length and the limit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${rulePath('hostile-5mb-rule')}#kql`, { timeout: 90_000 });
  const panel = page.getByRole('tabpanel', { name: 'KQL (Azure Sentinel)' });
  await expect(panel).toContainText('No KQL is shown for this rule: its query is too long to check');
  await expect(panel).not.toContainText('a wrong query is worse than none');
  await expect(panel).toContainText('The query is too long to check and show');
  await expect(panel).toContainText(/the ASIM query is [\d,]+ characters long, over the limit of 1,000,000/);
  await expect(panel.locator('pre')).toHaveCount(0);
});

test('without JavaScript both code blocks are readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await open(page);
  await expect(page.getByText('DestinationHostname|endswith:')).toBeVisible();
  await expect(page.getByText('NetworkDirection == "Outbound"')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'KQL (Azure Sentinel)' })).toBeVisible();
  await context.close();
});

test('the theme follows the system, toggles, and remembers the choice without a flash', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  // Record the theme at the moment <body> is created, before anything is painted or hydrated.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme ?? 'system';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await open(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await bg();
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  const light = await bg();
  expect(light).not.toBe(dark);
  await page.reload();
  expect(await page.evaluate(() => (window as { themeAtBody?: string }).themeAtBody)).toBe('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe(light);
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  await context.close();
});
