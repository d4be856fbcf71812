import { describe, expect, it } from 'vitest';
import {
  buildSentinelRule,
  MAX_DESCRIPTION_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_QUERY_LENGTH,
  type Level,
} from '@/lib/export';
import { QUERY, RULE, query, rule } from './fixtures';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('buildSentinelRule', () => {
  it.each<[Level, string]>([
    ['informational', 'Informational'],
    ['low', 'Low'],
    ['medium', 'Medium'],
    ['high', 'High'],
    ['critical', 'High'],
  ])('maps level %s to severity %s', (level, severity) => {
    expect(buildSentinelRule(rule({ level }), QUERY).value?.severity).toBe(severity);
  });

  it.each<[string[], string[]]>([
    [['command-and-control'], ['CommandAndControl']],
    [
      ['defense-evasion', 'privilege-escalation'],
      ['DefenseEvasion', 'PrivilegeEscalation'],
    ],
    [['stealth'], ['DefenseEvasion']],
    [['defense-impairment'], ['DefenseEvasion']],
    [['stealth', 'defense-impairment', 'defense-evasion'], ['DefenseEvasion']],
    [
      ['initial-access', 'resource-development', 'reconnaissance'],
      ['InitialAccess', 'ResourceDevelopment', 'Reconnaissance'],
    ],
    [
      ['credential-access', 'lateral-movement', 'exfiltration', 'impact'],
      ['CredentialAccess', 'LateralMovement', 'Exfiltration', 'Impact'],
    ],
  ])('maps tactics %j to %j', (tactics, expected) => {
    expect(buildSentinelRule(rule({ attack: { tactics, techniques: [] } }), QUERY).value?.tactics).toEqual(
      expected,
    );
  });

  it('warns about v19 tactics it folds into DefenseEvasion and drops unknown ones', () => {
    const result = buildSentinelRule(
      rule({ attack: { tactics: ['stealth', 'made-up'], techniques: [] } }),
      QUERY,
    );
    expect(codes(result.warnings)).toEqual(expect.arrayContaining(['TACTIC_MAPPED', 'UNKNOWN_TACTIC']));
    expect(result.value?.tactics).toEqual(['DefenseEvasion']);
  });

  it.each<[string[], string[], string[]]>([
    [['T1572', 'T1090'], ['T1572', 'T1090'], []],
    [['T1059.001'], ['T1059'], ['T1059.001']],
    [['T1059', 'T1059.001', 'T1059.003'], ['T1059'], ['T1059.001', 'T1059.003']],
    [['t1003.001'], ['T1003'], ['T1003.001']],
    // v19 IDs Sentinel does not know become their v18 predecessors.
    [['T1685'], ['T1562'], ['T1562.001', 'T1562.006']],
    [['T1685.005'], ['T1070'], ['T1070.001']],
    [['T1684.001'], ['T1656'], []],
    // A v19 ID without a known predecessor keeps its (valid) format.
    [['T1690'], ['T1690'], []],
    [['attack.t1059', 'T12345'], [], []],
  ])('splits techniques %j into %j and sub-techniques %j', (input, techniques, subTechniques) => {
    const value = buildSentinelRule(rule({ attack: { tactics: [], techniques: input } }), QUERY).value;
    expect(value?.techniques).toEqual(techniques);
    expect(value?.subTechniques).toEqual(subTechniques);
    for (const id of value?.techniques ?? []) expect(id).toMatch(/^T\d{4}$/);
    for (const id of value?.subTechniques ?? []) expect(value?.techniques).toContain(id.slice(0, 5));
  });

  it('uses the Sigma id (lower case) as the rule GUID and the title as display name', () => {
    const value = buildSentinelRule(rule({ id: 'C4568F5D-131F-4E78-83D4-45B2DA0EC4F1' }), QUERY).value;
    expect(value?.id).toBe('c4568f5d-131f-4e78-83d4-45b2da0ec4f1');
    expect(value?.displayName).toBe(RULE.title);
  });

  it('applies the defaults: hourly, greater than 0, suppression off, enabled', () => {
    const value = buildSentinelRule(RULE, QUERY).value;
    expect(value).toMatchObject({
      queryFrequency: 'PT1H',
      queryPeriod: 'PT1H',
      triggerOperator: 'GreaterThan',
      triggerThreshold: 0,
      suppressionEnabled: false,
      enabled: true,
    });
  });

  it('keeps the query text byte for byte', () => {
    const kql = 'imProcessCreate\n| where CommandLine has @"C:\\Temp\\"  \n| where X == \'a\'\n';
    expect(buildSentinelRule(RULE, query({ table: 'imProcessCreate', kql })).value?.query).toBe(kql);
  });

  it('writes author, original link, licence and the conversion note into the description', () => {
    const description = buildSentinelRule(
      RULE,
      query({ warnings: [{ code: 'BROADER', detail: 'Matches more than the rule.' }] }),
    ).value?.description;
    expect(description).toContain(RULE.description);
    expect(description).toContain('Author: Andreas Braathen (mnemonic.io).');
    expect(description).toContain(RULE.source.url);
    expect(description).toContain('Detection Rule License (DRL) 1.1');
    expect(description).toContain('https://github.com/SigmaHQ/Detection-Rule-License');
    expect(description).toContain('Matches more than the rule.');
  });

  it('shortens an over-long title and description but keeps the attribution', () => {
    const result = buildSentinelRule(rule({ title: 'T'.repeat(400), description: 'D'.repeat(9000) }), QUERY);
    expect(result.value?.displayName.length).toBe(MAX_DISPLAY_NAME_LENGTH);
    expect(result.value?.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(result.value?.description).toContain(RULE.source.url);
    expect(codes(result.warnings)).toEqual(
      expect.arrayContaining(['TITLE_TRUNCATED', 'DESCRIPTION_TRUNCATED']),
    );
  });

  it.each<[string, number, boolean]>([
    ['exactly the limit', MAX_QUERY_LENGTH, true],
    ['one over the limit', MAX_QUERY_LENGTH + 1, false],
  ])('a query of %s exports: %s', (_name, length, exports) => {
    const prefix = 'imNetworkSession\n| where DstHostname == "';
    const kql = `${prefix}${'a'.repeat(length - prefix.length - 1)}"`;
    expect(kql.length).toBe(length);
    const result = buildSentinelRule(RULE, query({ kql }));
    expect(result.value !== undefined).toBe(exports);
    if (!exports) {
      expect(codes(result.errors)).toEqual(['QUERY_TOO_LONG']);
      expect(result.errors[0]?.message).toContain('10,000');
    }
  });

  it.each<[string, Parameters<typeof buildSentinelRule>, string]>([
    ['no query', [RULE, undefined], 'NO_QUERY'],
    ['an empty query', [RULE, query({ kql: '  \n' })], 'QUERY_EMPTY'],
    ['a non-GUID id', [rule({ id: 'not-a-guid' }), QUERY], 'INVALID_RULE_ID'],
    ['a frequency below 5 minutes', [RULE, QUERY, { queryFrequency: 'PT1M' }], 'INVALID_SCHEDULE'],
    ['a period over 14 days', [RULE, QUERY, { queryPeriod: 'P15D' }], 'INVALID_SCHEDULE'],
    [
      'a period shorter than the frequency',
      [RULE, QUERY, { queryFrequency: 'PT2H', queryPeriod: 'PT1H' }],
      'INVALID_SCHEDULE',
    ],
    ['a non-ISO duration', [RULE, QUERY, { queryFrequency: '1h' }], 'INVALID_SCHEDULE'],
  ])('refuses %s', (_name, args, code) => {
    const result = buildSentinelRule(...args);
    expect(result.value).toBeUndefined();
    expect(codes(result.errors)).toContain(code);
  });

  it('accepts other valid schedules', () => {
    const value = buildSentinelRule(RULE, QUERY, { queryFrequency: 'PT5M', queryPeriod: 'P14D' }).value;
    expect(value).toMatchObject({ queryFrequency: 'PT5M', queryPeriod: 'P14D' });
  });

  it.each<[string, boolean]>([
    ['imProcessCreate', true],
    ['imNetworkSession', true],
    ['_Im_Dns', false],
    ['SecurityEvent', false],
  ])('says when the query needs a workspace-deployed ASIM parser (%s: %s)', (table, needed) => {
    const result = buildSentinelRule(RULE, query({ table, kql: `${table}\n| take 1` }));
    expect(result.warnings.some((w) => w.code === 'ASIM_PARSER_REQUIRED')).toBe(needed);
    expect(result.value?.description.includes('workspace-deployed ASIM parser')).toBe(needed);
  });

  it('adds the tactics of the exported techniques when given ATT&CK data, and says so', () => {
    const tacticsOf = (id: string) =>
      ({
        T1547: ['persistence', 'privilege-escalation'],
        T1562: ['defense-evasion'],
        'T1562.001': ['defense-evasion'],
      })[id] ?? [];
    const result = buildSentinelRule(
      rule({ attack: { techniques: ['T1547', 'T1685'], tactics: ['persistence'] } }),
      QUERY,
      { tacticsOf },
    );
    expect(result.value?.tactics).toEqual(['Persistence', 'PrivilegeEscalation', 'DefenseEvasion']);
    expect(result.warnings.filter((w) => w.code === 'TACTIC_ADDED')).toHaveLength(2);
    // Without ATT&CK data the rule's own tags are exported as they are.
    expect(
      buildSentinelRule(rule({ attack: { techniques: ['T1547'], tactics: ['persistence'] } }), QUERY).value
        ?.tactics,
    ).toEqual(['Persistence']);
  });
});
