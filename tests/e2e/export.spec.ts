import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { EXAMPLE, rulePath } from './rules';

// Sentinel downloads as an analyst gets them: click, save, open the file. Checked on the parsed file, not on
// the page's markup. The second and third rules come from tests/fixtures/e2e-content/sentinel-export.

const SUB_TECHNIQUE_RULE = {
  slug: 'encoded-powershell-started-by-office',
  id: '3e1b7c52-8a40-4d6e-9f21-6b0c4d8e2a17',
};
const LONG_QUERY_RULE = {
  slug: 'connection-to-a-long-list-of-tunnel-hosts',
  id: '9b2d4f61-7c3a-4e85-a1d0-2f6e8b9c0d34',
};

interface Resource {
  type: string;
  kind: string;
  apiVersion: string;
  name: string;
  properties: Record<string, unknown> & {
    query: string;
    tactics: string[];
    techniques: string[];
    subTechniques: string[];
  };
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

function resourcesOf(text: string): Resource[] {
  const template = JSON.parse(text);
  expect(template.$schema).toContain('deploymentTemplate.json');
  expect(template.parameters.workspace.type).toBe('String');
  for (const resource of template.resources as Resource[]) {
    expect(resource.type).toBe('Microsoft.OperationalInsights/workspaces/providers/alertRules');
    expect(resource.kind).toBe('Scheduled');
    expect(resource.apiVersion).toBe('2023-12-01-preview');
    expect(resource.properties).toMatchObject({
      enabled: true,
      queryFrequency: 'PT1H',
      queryPeriod: 'PT1H',
      triggerOperator: 'GreaterThan',
      triggerThreshold: 0,
      suppressionEnabled: false,
    });
    for (const id of resource.properties.techniques) expect(id).toMatch(/^T\d{4}$/);
  }
  return template.resources;
}

test("a rule's ARM template imports the same query the KQL tab shows and the .kql file holds", async ({
  page,
}) => {
  await page.goto(rulePath(EXAMPLE.slug));
  const section = page.getByTestId('sentinel-export');
  await expect(section.getByRole('heading', { name: 'Deploy to Microsoft Sentinel' })).toBeVisible();

  const arm = await download(page, 'sentinel-arm-download');
  expect(arm.name).toBe(`${EXAMPLE.slug}.sentinel-rule.json`);
  const [resource, ...others] = resourcesOf(arm.text);
  expect(others).toHaveLength(0);
  expect(resource!.name).toBe(
    `[concat(parameters('workspace'),'/Microsoft.SecurityInsights/${EXAMPLE.id}')]`,
  );
  expect(resource!.properties).toMatchObject({
    displayName: EXAMPLE.title,
    severity: 'High',
    tactics: ['CommandAndControl'],
    techniques: ['T1572', 'T1090', 'T1102'],
  });
  expect(resource!.properties.description).toContain(EXAMPLE.sigmaUrl);
  expect(resource!.properties.description).toContain('Detection Rule License (DRL) 1.1');

  // The .kql download linked from the KQL tab, and the text shown in it.
  await page.getByRole('tab', { name: /KQL/ }).click();
  const kqlHref = await page.locator('a[download$=".kql"]').first().getAttribute('href');
  const kqlFile = await (await page.request.get(kqlHref!)).text();
  expect(resource!.properties.query).toBe(kqlFile);
  expect(resource!.properties.query).toBe(EXAMPLE.kql);
  const shown = await page.locator('[role="tabpanel"]:visible pre').first().innerText();
  expect(shown.trim()).toBe(resource!.properties.query.trim());
});

test("a rule's YAML download is the same rule in the Azure-Sentinel format", async ({ page }) => {
  await page.goto(rulePath(EXAMPLE.slug));
  const yaml = await download(page, 'sentinel-yaml-download');
  expect(yaml.name).toBe(`${EXAMPLE.slug}.sentinel-rule.yaml`);
  const doc = parse(yaml.text);
  expect(doc).toMatchObject({
    id: EXAMPLE.id,
    name: EXAMPLE.title,
    severity: 'High',
    queryFrequency: '1h',
    triggerOperator: 'gt',
    kind: 'Scheduled',
    query: EXAMPLE.kql,
  });
});

test('sub-techniques and v19 tactics are exported the way Sentinel takes them', async ({ page }) => {
  await page.goto(rulePath(SUB_TECHNIQUE_RULE.slug));
  const [resource] = resourcesOf((await download(page, 'sentinel-arm-download')).text);
  expect(resource!.properties).toMatchObject({
    severity: 'High', // critical
    tactics: ['Execution', 'DefenseEvasion'], // stealth -> DefenseEvasion
    techniques: ['T1059', 'T1562'],
    subTechniques: ['T1059.001', 'T1562.001', 'T1562.006'], // T1685 (v19) -> its v18 predecessors
  });
  expect(resource!.properties.entityMappings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ entityType: 'Host' }),
      expect.objectContaining({ entityType: 'Process' }),
    ]),
  );
  await page.getByText(/Notes on this export/).click();
  await expect(page.getByTestId('sentinel-export')).toContainText('T1685');
});

test('a query over 10,000 characters gets no export, and the page says why', async ({ page }) => {
  await page.goto(rulePath(LONG_QUERY_RULE.slug));
  const section = page.getByTestId('sentinel-export');
  await expect(section.getByTestId('sentinel-export-unavailable')).toContainText('at most 10,000');
  await expect(section.getByTestId('sentinel-arm-download')).toHaveCount(0);
  const response = await page.request.get(`${rulePath(LONG_QUERY_RULE.slug)}sentinel-rule.json`);
  expect(response.status()).toBe(404);
});

test('a technique page downloads its rules as one ARM template, leaving out those without an export', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/attack/T1572/');
  const bulk = page.getByTestId('sentinel-bulk-export');
  await expect(bulk).toContainText(/1 of these \d+ rules has no Sentinel export/);
  // The button is a React island: the click (made before React runs) loads it and is replayed once it hydrated.
  const file = await download(page, 'bulk-sentinel-download');
  expect(scripts.some((p) => p.startsWith('/_next/static/island/bulk-export-island-'))).toBe(true);
  expect(scripts.filter((p) => p.startsWith('/_next/') && !p.startsWith('/_next/static/island/'))).toEqual(
    [],
  );
  expect(await page.evaluate(() => 'TURBOPACK' in window || '__next_f' in window)).toBe(false);
  expect(file.name).toBe('T1572.sentinel-rules.json');
  const resources = resourcesOf(file.text);
  const names = resources.map((r) => r.name);
  expect(names).toContain(`[concat(parameters('workspace'),'/Microsoft.SecurityInsights/${EXAMPLE.id}')]`);
  expect(names.some((name) => name.includes(LONG_QUERY_RULE.id))).toBe(false);
  expect(new Set(names).size).toBe(names.length);
  await expect(page.getByTestId('bulk-sentinel-status')).toHaveText(
    `${resources.length} ${resources.length === 1 ? 'rule' : 'rules'} in the template.`,
  );
  // Each rule in the bulk template is exactly the rule's own download.
  const single = resourcesOf(
    await (await page.request.get(`${rulePath(EXAMPLE.slug)}sentinel-rule.json`)).text(),
  );
  expect(resources.find((r) => r.name === single[0]!.name)).toEqual(single[0]);
});

test('a filtered feed view downloads the matching rules as one ARM template', async ({ page }) => {
  await page.goto('/?q=tunnel');
  const button = page.getByTestId('bulk-sentinel-download');
  await expect(button).toBeEnabled();
  const file = await download(page, 'bulk-sentinel-download');
  expect(file.name).toBe('soc-feed.sentinel-rules.json');
  const names = resourcesOf(file.text).map((r) => r.name);
  expect(names.some((name) => name.includes(EXAMPLE.id))).toBe(true);
  expect(names.some((name) => name.includes(LONG_QUERY_RULE.id))).toBe(false);
  await expect(page.getByTestId('bulk-sentinel-status')).toContainText('without a Sentinel export left out');
});
