import { describe, expect, it } from 'vitest';
import { coverageByTactic, loadContent, tacticName, type Rule } from '@/lib/content';

const [base] = loadContent('tests/fixtures/content/valid').rules as [Rule];
const rule = (slug: string, techniques: string[], tactics: string[]): Rule => ({
  ...base,
  slug,
  title: slug,
  attack: { techniques, tactics },
});

describe('coverageByTactic', () => {
  it('groups techniques by tactic in ATT&CK order with rule counts', () => {
    const groups = coverageByTactic([
      rule('a', ['T1572', 'T1090'], ['command-and-control']),
      rule('b', ['T1572'], ['command-and-control']),
      rule('c', ['T1059.001', 'T1059'], ['execution']),
      rule('d', ['T1033'], []),
    ]);
    expect(groups.map((g) => [g.tactic, g.ruleCount])).toEqual([
      ['execution', 1],
      ['command-and-control', 2],
      ['', 1],
    ]);
    const c2 = groups[1]!;
    expect(c2.techniques.map((t) => [t.id, t.rules.length])).toEqual([
      ['T1090', 1],
      ['T1572', 2],
    ]);
    expect(groups[0]!.techniques.map((t) => t.id)).toEqual(['T1059', 'T1059.001']);
  });

  it('names tactics the way ATT&CK does', () => {
    expect(tacticName('command-and-control')).toBe('Command and Control');
    expect(tacticName('defense-impairment')).toBe('Defense Impairment');
  });
});
