import { describe, expect, it } from 'vitest';
import {
  ALERT_RULES_API_VERSION,
  MAX_DESCRIPTION_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_ENTITY_MAPPINGS,
  MAX_FIELD_MAPPINGS,
  MAX_QUERY_LENGTH,
  MAX_TEMPLATE_RESOURCES,
  armValue,
  buildArmTemplate,
  buildSentinelRule,
  durationMinutes,
  mergeArmTemplates,
  ruleDownloads,
  serializeArmTemplate,
  type SentinelRule,
} from '@/lib/export';
import { QUERY, RULE, UNSUPPORTED, conversion, query, rule } from './fixtures';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEVERITIES = ['Informational', 'Low', 'Medium', 'High'];
const TACTICS = [
  'Reconnaissance',
  'ResourceDevelopment',
  'InitialAccess',
  'Execution',
  'Persistence',
  'PrivilegeEscalation',
  'DefenseEvasion',
  'CredentialAccess',
  'Discovery',
  'LateralMovement',
  'Collection',
  'Exfiltration',
  'CommandAndControl',
  'Impact',
  'PreAttack',
  'ImpairProcessControl',
  'InhibitResponseFunction',
];
const OPERATORS = ['GreaterThan', 'LessThan', 'Equal', 'NotEqual'];
const REQUIRED = [
  'displayName',
  'enabled',
  'severity',
  'query',
  'queryFrequency',
  'queryPeriod',
  'triggerOperator',
  'triggerThreshold',
  'suppressionEnabled',
  'suppressionDuration',
];

function sentinelRule(overrides: Parameters<typeof rule>[0] = {}, kql?: string): SentinelRule {
  const value = buildSentinelRule(rule(overrides), kql ? query({ kql }) : QUERY).value;
  if (!value) throw new Error('fixture did not export');
  return value;
}

/** What a template must satisfy for Sentinel's Import, checked on the parsed JSON as a consumer sees it. */
function expectImportable(json: string): Record<string, unknown>[] {
  const template = JSON.parse(json);
  expect(template.$schema).toBe(
    'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  );
  expect(template.contentVersion).toBe('1.0.0.0');
  expect(template.parameters.workspace.type).toBe('String');
  expect(template.resources.length).toBeGreaterThan(0);
  for (const resource of template.resources) {
    expect(resource.type).toBe('Microsoft.OperationalInsights/workspaces/providers/alertRules');
    expect(resource.kind).toBe('Scheduled');
    expect(resource.apiVersion).toBe(ALERT_RULES_API_VERSION);
    const guid = /\/Microsoft\.SecurityInsights\/([^')]+)'\)\]$/.exec(resource.name)?.[1];
    expect(guid).toMatch(GUID);
    expect(resource.name).toBe(`[concat(parameters('workspace'),'/Microsoft.SecurityInsights/${guid}')]`);
    expect(resource.id).toContain(`'/alertRules/${guid}')]`);
    const p = resource.properties;
    for (const key of REQUIRED) expect(p, key).toHaveProperty(key);
    expect(SEVERITIES).toContain(p.severity);
    expect(OPERATORS).toContain(p.triggerOperator);
    for (const tactic of p.tactics) expect(TACTICS).toContain(tactic);
    for (const id of p.techniques) expect(id).toMatch(/^T\d{4}$/);
    for (const id of p.subTechniques) expect(id).toMatch(/^T\d{4}\.\d{3}$/);
    for (const key of ['queryFrequency', 'queryPeriod', 'suppressionDuration']) {
      expect(p[key]).toMatch(/^P(\d+D)?(T(\d+H)?(\d+M)?)?$/);
      expect(durationMinutes(p[key])).toBeGreaterThanOrEqual(5);
    }
    expect(durationMinutes(p.queryPeriod)).toBeGreaterThanOrEqual(durationMinutes(p.queryFrequency)!);
    expect(armValue(p.displayName).length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_LENGTH);
    expect(armValue(p.description).length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(armValue(p.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(Number.isInteger(p.triggerThreshold)).toBe(true);
    expect(typeof p.enabled).toBe('boolean');
    expect(typeof p.suppressionEnabled).toBe('boolean');
    expect(p.entityMappings?.length ?? 0).toBeLessThanOrEqual(MAX_ENTITY_MAPPINGS);
    for (const mapping of p.entityMappings ?? []) {
      expect(mapping.fieldMappings.length).toBeGreaterThan(0);
      expect(mapping.fieldMappings.length).toBeLessThanOrEqual(MAX_FIELD_MAPPINGS);
    }
  }
  return template.resources;
}

describe('ARM template', () => {
  it('holds one importable Scheduled rule for one rule', () => {
    const downloads = ruleDownloads(RULE, conversion());
    expect(downloads.errors).toEqual([]);
    const [resource] = expectImportable(downloads.armJson!);
    expect(resource).toMatchObject({
      properties: { displayName: RULE.title, severity: 'High', tactics: ['CommandAndControl'] },
    });
    expect(resource?.name).toContain(RULE.id);
  });

  it('has the same query text as the .kql download and the YAML', () => {
    const kql =
      'imNetworkSession\n| where DstHostname endswith ".localto.net"\n| extend Note = @"C:\\x"  // tail\n';
    const downloads = ruleDownloads(RULE, conversion(query({ kql })));
    const [resource] = expectImportable(downloads.armJson!);
    const deployed = armValue((resource as { properties: { query: string } }).properties.query);
    expect(deployed).toBe(kql);
    expect(downloads.kql).toBe(kql);
    expect(downloads.rule?.query).toBe(kql);
  });

  it('escapes strings ARM would read as expressions, and only those', () => {
    const value = sentinelRule({ title: '[Deprecated]', description: '[see below] text' });
    const properties = buildArmTemplate([value]).value!.resources[0]!.properties;
    expect(properties.displayName).toBe('[[Deprecated]');
    expect(armValue(properties.displayName as string)).toBe('[Deprecated]');
    expect((properties.description as string).startsWith('[see below]')).toBe(true);
  });

  it('offers no template, and says why, for a query over 10,000 characters', () => {
    const kql = `imNetworkSession\n| where DstHostname in (${'"a.example",'.repeat(1000)}"b")`;
    const downloads = ruleDownloads(RULE, conversion(query({ kql })));
    expect(downloads.armJson).toBeUndefined();
    expect(downloads.yaml).toBeUndefined();
    expect(downloads.kql).toBe(kql);
    expect(downloads.errors.map((e) => e.code)).toEqual(['QUERY_TOO_LONG']);
  });

  it('offers nothing but the reason when the rule has no query', () => {
    const downloads = ruleDownloads(RULE, UNSUPPORTED);
    expect([downloads.kql, downloads.armJson, downloads.yaml]).toEqual([undefined, undefined, undefined]);
    expect(downloads.errors.map((e) => e.code)).toEqual(['NO_QUERY']);
  });

  it('puts many rules into one bulk template, each once', () => {
    const ids = Array.from(
      { length: 25 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const rules = ids.map((id, i) =>
      sentinelRule({ id, title: `Rule ${i}`, level: i % 2 ? 'low' : 'critical' }),
    );
    const result = buildArmTemplate([...rules, rules[3]!]);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['DUPLICATE_RULE']);
    const resources = expectImportable(serializeArmTemplate(result.value!));
    expect(resources).toHaveLength(25);
    expect(new Set(resources.map((r) => r.name)).size).toBe(25);
  });

  it(`refuses a bulk template over ${MAX_TEMPLATE_RESOURCES} rules`, () => {
    const base = sentinelRule();
    const rules = Array.from({ length: MAX_TEMPLATE_RESOURCES + 1 }, (_, i) => ({
      ...base,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    expect(buildArmTemplate(rules.slice(0, MAX_TEMPLATE_RESOURCES)).value?.resources).toHaveLength(
      MAX_TEMPLATE_RESOURCES,
    );
    const result = buildArmTemplate(rules);
    expect(result.value).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toEqual(['TOO_MANY_RULES']);
  });

  it('refuses a bulk template over 4 MB', () => {
    const kql = `imNetworkSession\n| where DstHostname == "${'x'.repeat(9_900)}"`;
    const base = sentinelRule({}, kql);
    const rules = Array.from({ length: 500 }, (_, i) => ({
      ...base,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    expect(buildArmTemplate(rules).errors.map((e) => e.code)).toEqual(['TEMPLATE_TOO_LARGE']);
  });

  it('merges per-rule templates into one and rejects foreign JSON', () => {
    const a = JSON.parse(ruleDownloads(RULE, conversion()).armJson!);
    const b = JSON.parse(
      ruleDownloads(rule({ id: '11111111-2222-4333-8444-555555555555' }), conversion()).armJson!,
    );
    const merged = mergeArmTemplates([a, b, a]);
    expect(merged.value?.resources).toHaveLength(2);
    expectImportable(serializeArmTemplate(merged.value!));
    expect(
      mergeArmTemplates([a, { resources: [{ type: 'Microsoft.Web/sites', name: 'x' }] }]).errors[0]?.code,
    ).toBe('NOT_A_TEMPLATE');
    expect(mergeArmTemplates([null]).errors[0]?.code).toBe('NOT_A_TEMPLATE');
  });
});
