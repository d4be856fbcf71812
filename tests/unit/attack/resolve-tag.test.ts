import { describe, expect, it } from 'vitest';
import {
  ATTACK_V19_OVERLAY,
  buildAttackTable,
  createAttackIndex,
  resolveTag,
  techniqueUrl,
  type ResolvedTag,
} from '@/lib/attack';
import { syntheticBundle } from './helpers';

/** Like toMatchObject, but `key: undefined` means "absent or undefined". */
function expectTag(actual: ResolvedTag, expected: Partial<ResolvedTag>) {
  for (const [key, value] of Object.entries(expected)) {
    expect(actual[key as keyof ResolvedTag], key).toEqual(value);
  }
}

// Against the committed v18.1 table plus the v19 overlay (the index the site uses).
describe('resolveTag on the shipped data', () => {
  const cases: [string, Partial<ResolvedTag>][] = [
    [
      'attack.t1059',
      {
        kind: 'technique',
        id: 'T1059',
        name: 'Command and Scripting Interpreter',
        status: 'current',
        url: 'https://attack.mitre.org/techniques/T1059/',
      },
    ],
    [
      'attack.t1059.001',
      {
        kind: 'subtechnique',
        id: 'T1059.001',
        name: 'PowerShell',
        status: 'current',
        url: 'https://attack.mitre.org/techniques/T1059/001/',
      },
    ],
    ['  ATTACK.T1059.001 ', { kind: 'subtechnique', id: 'T1059.001', status: 'current' }],
    [
      'attack.execution',
      {
        kind: 'tactic',
        id: 'TA0002',
        name: 'Execution',
        shortName: 'execution',
        status: 'current',
        url: 'https://attack.mitre.org/tactics/TA0002/',
      },
    ],
    [
      'attack.command_and_control',
      { kind: 'tactic', id: 'TA0011', shortName: 'command-and-control', status: 'current' },
    ],
    ['attack.ta0043', { kind: 'tactic', id: 'TA0043', name: 'Reconnaissance', status: 'current' }],
    ['attack.defense-evasion', { kind: 'tactic', id: 'TA0005', name: 'Defense Evasion', status: 'current' }],
    // Revoked in v18.1; the shared bundle has no revoked-by relationships, so no replacement is known...
    [
      'attack.t1066',
      {
        kind: 'technique',
        id: 'T1066',
        name: 'Indicator Removal from Tools',
        status: 'revoked',
        replacedBy: undefined,
      },
    ],
    // ...except where the v19 notes say which technique took it over.
    [
      'attack.t1547.011',
      {
        kind: 'subtechnique',
        status: 'revoked',
        replacedBy: {
          kind: 'technique',
          id: 'T1647',
          name: 'Plist File Modification',
          url: 'https://attack.mitre.org/techniques/T1647/',
        },
      },
    ],
    ['attack.t1064', { kind: 'technique', id: 'T1064', name: 'Scripting', status: 'deprecated' }],
    ['attack.t1053.004', { kind: 'subtechnique', name: 'Launchd', status: 'deprecated' }],
    [
      'attack.t1685',
      {
        kind: 'technique',
        id: 'T1685',
        name: 'Disable or Modify Tools',
        status: 'newer-than-data',
        fromOverlay: true,
        previously: ['T1562.001', 'T1562.006'],
      },
    ],
    [
      'attack.t1685.004',
      {
        kind: 'subtechnique',
        id: 'T1685.004',
        name: undefined,
        status: 'newer-than-data',
        fromOverlay: true,
        url: 'https://attack.mitre.org/techniques/T1685/004/',
      },
    ],
    [
      'attack.t1999.123',
      {
        kind: 'subtechnique',
        id: 'T1999.123',
        name: undefined,
        status: 'newer-than-data',
        fromOverlay: undefined,
      },
    ],
    [
      'attack.stealth',
      { kind: 'tactic', id: 'TA0005', name: 'Stealth', status: 'newer-than-data', fromOverlay: true },
    ],
    [
      'attack.defense-impairment',
      {
        kind: 'tactic',
        id: 'TA0112',
        name: 'Defense Impairment',
        status: 'newer-than-data',
        url: 'https://attack.mitre.org/tactics/TA0112/',
      },
    ],
    ['attack.ta0199', { kind: 'tactic', id: 'TA0199', status: 'newer-than-data' }],
    // The shared bundle carries no groups or software: the kind is known, the status cannot be.
    [
      'attack.g0016',
      { kind: 'group', id: 'G0016', status: 'unknown', url: 'https://attack.mitre.org/groups/G0016/' },
    ],
    [
      'attack.s0002',
      { kind: 'software', id: 'S0002', status: 'unknown', url: 'https://attack.mitre.org/software/S0002/' },
    ],
    ['attack.ds0005', { kind: 'unknown', id: 'DS0005', status: 'unknown', url: undefined }],
    ['attack.no-such-tactic', { kind: 'unknown', status: 'unknown' }],
    ['attack.', { kind: 'unknown', status: 'unknown' }],
    ['cve.2021-44228', { kind: 'unknown', status: 'unknown' }],
    ['', { kind: 'unknown', status: 'unknown' }],
  ];
  it.each(cases)('%s', (tag, expected) => {
    expectTag(resolveTag(tag), { tag, ...expected });
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [
      null,
      undefined,
      42,
      {},
      [],
      'attack.t',
      'attack.t1059.0011',
      'attack.🙂',
      'attack.__proto__',
    ]) {
      expect(() => resolveTag(junk as unknown as string)).not.toThrow();
      expect(['unknown', 'newer-than-data']).toContain(resolveTag(junk as unknown as string).status);
    }
  });
});

describe('resolveTag with revoked-by relationships (synthetic bundle)', () => {
  const table = buildAttackTable(syntheticBundle(), { sourceName: 's', sha256: 's' }).value!;
  const index = createAttackIndex(table, ATTACK_V19_OVERLAY);
  it.each([
    [
      'attack.t1086',
      {
        status: 'revoked',
        name: 'PowerShell',
        replacedBy: {
          kind: 'subtechnique',
          id: 'T1059.001',
          name: 'PowerShell',
          url: techniqueUrl('T1059.001'),
        },
      },
    ],
    [
      'attack.t1500',
      {
        status: 'revoked',
        replacedBy: { kind: 'technique', id: 'T1078', name: 'Valid Accounts', url: techniqueUrl('T1078') },
      },
    ],
    ['attack.t1000', { status: 'revoked', replacedBy: undefined }],
    [
      'attack.g0001',
      {
        kind: 'group',
        status: 'revoked',
        name: 'Old Group',
        replacedBy: { kind: 'group', id: 'G0007', url: 'https://attack.mitre.org/groups/G0007/' },
      },
    ],
    ['attack.g0007', { kind: 'group', status: 'current', name: 'APT28' }],
    ['attack.g0099', { kind: 'group', status: 'newer-than-data' }],
    ['attack.s0002', { kind: 'software', status: 'current', name: 'Mimikatz' }],
    ['attack.s0003', { kind: 'software', status: 'deprecated' }],
  ] as [string, Partial<ResolvedTag>][])('%s', (tag, expected) => {
    expectTag(index.resolveTag(tag), expected);
  });
});

describe('the overlay gives way to newer data', () => {
  it('is ignored once the data is v19', () => {
    const table = buildAttackTable(syntheticBundle('19.0'), { sourceName: 's', sha256: 's' }).value!;
    const index = createAttackIndex(table, ATTACK_V19_OVERLAY);
    expectTag(index.resolveTag('attack.t1685'), {
      status: 'newer-than-data',
      name: undefined,
      fromOverlay: undefined,
    });
    expect(index.resolveTag('attack.stealth')).toMatchObject({ kind: 'unknown', status: 'unknown' });
    expect(index.newerTactics).toEqual([]);
  });

  it('never overrides what the data has', () => {
    const index = createAttackIndex(
      buildAttackTable(syntheticBundle('18.1'), { sourceName: 's', sha256: 's' }).value!,
      { version: '19', tactics: [], techniques: [{ id: 'T1059', name: 'Wrong Name', previously: [] }] },
    );
    expect(index.resolveTag('attack.t1059')).toMatchObject({
      name: 'Command and Scripting Interpreter',
      status: 'current',
    });
  });
});

describe('techniqueUrl', () => {
  it.each([
    ['T1059', 'https://attack.mitre.org/techniques/T1059/'],
    ['T1059.001', 'https://attack.mitre.org/techniques/T1059/001/'],
    ['t1685.004', 'https://attack.mitre.org/techniques/T1685/004/'],
  ])('%s → %s', (id, url) => expect(techniqueUrl(id)).toBe(url));
});
