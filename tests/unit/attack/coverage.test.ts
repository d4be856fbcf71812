import { describe, expect, it } from 'vitest';
import { attack, groupByTechnique, placeRuleTags, tacticCoverage } from '@/lib/attack';

describe('placeRuleTags', () => {
  it.each([
    [['attack.execution', 'attack.t1059.001'], ['T1059.001'], []],
    [['attack.t1059', 'attack.T1059', 'attack.t1059.003'], ['T1059', 'T1059.003'], []],
    // revoked with a known successor: counted for it
    [['attack.t1547.011'], ['T1647'], []],
    // revoked without a known replacement, deprecated, newer, unknown: outside the data
    [
      ['attack.t1066', 'attack.t1064', 'attack.t1685', 'attack.stealth', 'attack.ds0005'],
      [],
      ['T1066', 'T1064', 'T1685', 'TA0005', 'DS0005'],
    ],
    [['cve.2021-44228', 'detection.threat-hunting'], [], []],
  ])('%j', (tags, techniques, outside) => {
    const placed = placeRuleTags(attack, tags);
    expect(placed.techniques).toEqual(techniques);
    expect(placed.outside.map((o) => o.id)).toEqual(outside);
  });
});

describe('groupByTechnique and tacticCoverage', () => {
  const rules = [
    { slug: 'a', techniques: ['T1059.001'] },
    { slug: 'b', techniques: ['T1059', 'T1059.001', 'T1059.003'] },
    { slug: 'c', techniques: ['T1078'] },
  ];
  const parentOf = (id: string) => attack.technique(id)?.parent;
  const grouped = groupByTechnique(rules, parentOf);
  const count = (id: string) => grouped.get(id)?.all.length ?? 0;

  it('counts a rule once per technique and rolls sub-techniques up to the parent', () => {
    expect(grouped.get('T1059')?.direct.map((r) => r.slug)).toEqual(['b']);
    expect(grouped.get('T1059')?.all.map((r) => r.slug)).toEqual(['a', 'b']);
    expect(grouped.get('T1059.001')?.all.map((r) => r.slug)).toEqual(['a', 'b']);
    expect(count('T1059.003')).toBe(1);
    expect(count('T1078')).toBe(1);
  });

  it('counts covered parent techniques per tactic; a technique counts in each of its tactics', () => {
    const cov = tacticCoverage(attack.tactics, count);
    const execution = cov.find((c) => c.shortName === 'execution')!;
    expect(execution.total).toBe(attack.tactic('execution')!.techniques.length);
    expect(execution.covered).toBe(1);
    // T1078 Valid Accounts is in four tactics in v18.1
    for (const t of ['initial-access', 'persistence', 'privilege-escalation', 'defense-evasion']) {
      expect(cov.find((c) => c.shortName === t)?.covered, t).toBe(1);
    }
    expect(cov.find((c) => c.shortName === 'impact')).toMatchObject({ covered: 0, percent: 0 });
    expect(
      tacticCoverage([{ shortName: 'x', techniques: ['T1059', 'T1078', 'T1105'] }], count)[0]?.percent,
    ).toBe(66);
  });
});
