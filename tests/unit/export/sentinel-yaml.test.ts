import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { relevantTechniques, ruleDownloads } from '@/lib/export';
import { RULE, conversion, query, rule } from './fixtures';

// Keys and formats the Azure-Sentinel repository's template validation requires of a Scheduled rule.
const REQUIRED = [
  'id',
  'name',
  'description',
  'severity',
  'requiredDataConnectors',
  'queryFrequency',
  'queryPeriod',
  'triggerOperator',
  'triggerThreshold',
  'query',
  'kind',
];

describe('Azure-Sentinel analytics rule YAML', () => {
  it('has every required key in the repository format', () => {
    const doc = parse(ruleDownloads(RULE, conversion()).yaml!);
    for (const key of REQUIRED) expect(doc, key).toHaveProperty(key);
    expect(doc).toMatchObject({
      id: RULE.id,
      name: RULE.title,
      severity: 'High',
      queryFrequency: '1h',
      queryPeriod: '1h',
      triggerOperator: 'gt',
      triggerThreshold: 0,
      tactics: ['CommandAndControl'],
      relevantTechniques: ['T1572', 'T1090', 'T1102'],
      version: '1.0.0',
      kind: 'Scheduled',
    });
    expect(doc.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.description).toContain(RULE.source.url);
  });

  it.each([
    'imNetworkSession\n| where DstHostname endswith ".localto.net"',
    'imNetworkSession\n| where DstHostname == "a: b # not a comment"\n',
    "  imNetworkSession\n\t| where X == '|'   \n\n| take 10",
    'imNetworkSession | where DstHostname =~ "x\\\\y"',
  ])('round-trips the query byte for byte: %j', (kql) => {
    const downloads = ruleDownloads(RULE, conversion(query({ kql })));
    expect(parse(downloads.yaml!).query).toBe(kql);
  });

  it('names the data connector of a native table, none for an ASIM parser', () => {
    const native = parse(
      ruleDownloads(
        RULE,
        conversion(query({ table: 'SecurityEvent', kql: 'SecurityEvent\n| where EventID == 4688' })),
      ).yaml!,
    );
    expect(native.requiredDataConnectors).toEqual([
      { connectorId: 'SecurityEvents', dataTypes: ['SecurityEvent'] },
    ]);
    const defender = parse(
      ruleDownloads(RULE, conversion(query({ table: 'DeviceProcessEvents', kql: 'DeviceProcessEvents' })))
        .yaml!,
    );
    expect(defender.requiredDataConnectors[0].connectorId).toBe('MicrosoftThreatProtection');
    expect(parse(ruleDownloads(RULE, conversion()).yaml!).requiredDataConnectors).toEqual([]);
  });

  it('lists sub-techniques in relevantTechniques, without the parents they imply', () => {
    expect(relevantTechniques({ techniques: ['T1059', 'T1572'], subTechniques: ['T1059.001'] })).toEqual([
      'T1572',
      'T1059.001',
    ]);
    const doc = parse(
      ruleDownloads(
        rule({ attack: { techniques: ['T1059.001', 'T1572'], tactics: ['execution'] } }),
        conversion(),
      ).yaml!,
    );
    expect(doc.relevantTechniques).toEqual(['T1572', 'T1059.001']);
  });
});
