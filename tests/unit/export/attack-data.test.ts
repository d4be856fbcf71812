import { describe, expect, it } from 'vitest';
import { attack } from '@/lib/attack';
import { sentinelTactic, v19Predecessors } from '@/lib/export';

// The export's own ATT&CK facts must agree with the project's ATT&CK data (lib/attack).

describe('export ATT&CK facts', () => {
  const overlay = [
    'T1685',
    'T1685.001',
    'T1685.002',
    'T1685.005',
    'T1685.006',
    'T1686',
    'T1686.001',
    'T1689',
    'T1684.001',
  ];

  it.each(overlay)('maps v19 technique %s to the techniques lib/attack says it replaced', (id) => {
    expect(attack.technique(id)?.source).toBe('overlay');
    expect(v19Predecessors(id)).toEqual(attack.technique(id)?.previously);
    for (const old of v19Predecessors(id) ?? []) expect(attack.technique(old)?.source).toBe('data');
  });

  it('has a Sentinel tactic for every tactic of the ATT&CK data and the v19 ones', () => {
    for (const tactic of attack.tactics)
      expect(sentinelTactic(tactic.shortName), tactic.shortName).toBeDefined();
    expect(sentinelTactic('stealth')).toBe('DefenseEvasion');
    expect(sentinelTactic('defense-impairment')).toBe('DefenseEvasion');
  });
});
