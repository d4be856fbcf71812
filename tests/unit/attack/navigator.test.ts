import { describe, expect, it } from 'vitest';
import {
  attack,
  buildNavigatorLayer,
  checkNavigatorLayer,
  COVERAGE_BINS,
  groupByTechnique,
  placeRuleTags,
  type LayerEntry,
} from '@/lib/attack';

const rules = [
  { slug: 'ps-encoded', title: 'Encoded PowerShell', tags: ['attack.execution', 'attack.t1059.001'] },
  { slug: 'ps-download', title: 'PowerShell Download Cradle', tags: ['attack.t1059.001', 'attack.t1105'] },
  { slug: 'cmd-generic', title: 'Suspicious Cmd', tags: ['attack.t1059', 'attack.t1059.003'] },
  {
    slug: 'evtlog-off',
    title: 'Event Log Disabled',
    tags: ['attack.defense-impairment', 'attack.t1685.001'],
  },
].map((r) => ({ ...r, ...placeRuleTags(attack, r.tags) }));

function entries(): LayerEntry[] {
  const grouped = groupByTechnique(rules, (id) => attack.technique(id)?.parent);
  const out: LayerEntry[] = [...grouped].map(([techniqueId, g]) => ({
    techniqueId,
    rules: g.all,
    directCount: g.direct.length,
  }));
  for (const r of rules)
    for (const o of r.outside) if (o.kind !== 'tactic') out.push({ techniqueId: o.id, rules: [r] });
  return out;
}

const layer = buildNavigatorLayer(attack, {
  name: 'SOC Feed coverage',
  baseUrl: 'https://feed.example/soc',
  entries: entries(),
});
const byId = new Map(layer.techniques.map((t) => [t.techniqueID, t]));

describe('buildNavigatorLayer', () => {
  it('passes the layer format 4.5 rules and the data checks', () => {
    expect(checkNavigatorLayer(JSON.parse(JSON.stringify(layer)), attack)).toEqual([]);
  });

  it('declares format, domain and versions', () => {
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.versions).toEqual({ attack: '18', navigator: '5.2.0', layer: '4.5' });
    expect(layer.metadata).toContainEqual({ name: 'ATT&CK data', value: 'Enterprise ATT&CK v18.1' });
  });

  it('scores each technique by distinct rules, a parent counting its sub-techniques', () => {
    expect(byId.get('T1059.001')?.score).toBe(2);
    expect(byId.get('T1059.003')?.score).toBe(1);
    expect(byId.get('T1059')?.score).toBe(3);
    expect(byId.get('T1059')?.comment).toBe(
      '3 rules in SOC Feed (1 tagged T1059 itself, 2 through its sub-techniques)',
    );
    expect(byId.get('T1059')?.showSubtechniques).toBe(true);
    expect(byId.get('T1105')).toMatchObject({ score: 1, comment: '1 rule in SOC Feed' });
    expect(byId.get('T1105')?.showSubtechniques).toBeUndefined();
    expect([...byId.keys()]).toEqual(['T1059', 'T1059.001', 'T1059.003', 'T1105']);
  });

  it('links each technique to its rule pages and its technique page under the base URL', () => {
    expect(byId.get('T1059.001')?.links).toEqual([
      { label: 'Encoded PowerShell', url: 'https://feed.example/soc/rules/ps-encoded/' },
      { label: 'PowerShell Download Cradle', url: 'https://feed.example/soc/rules/ps-download/' },
      { divider: true },
      { label: 'All 2 rules for T1059.001', url: 'https://feed.example/soc/attack/T1059.001/' },
    ]);
  });

  it('colours by the matrix bins and explains them in the legend', () => {
    expect(layer.legendItems.map((l) => l.color)).toEqual(COVERAGE_BINS.map((b) => b.color));
    expect(byId.get('T1059')?.color).toBe(COVERAGE_BINS[1]!.color);
    expect(byId.get('T1105')?.color).toBe(COVERAGE_BINS[0]!.color);
    expect(layer.gradient.maxValue).toBeGreaterThan(layer.gradient.minValue);
  });

  it('leaves out IDs the data does not have, and says so', () => {
    expect(byId.has('T1685.001')).toBe(false);
    expect(layer.metadata).toContainEqual({
      name: 'Left out: not active in ATT&CK v18.1 data',
      value: 'T1685.001 (1 rule)',
    });
  });

  it('keeps a tactic when asked to', () => {
    const l = buildNavigatorLayer(attack, {
      name: 'x',
      baseUrl: 'https://x.example/',
      entries: [{ techniqueId: 'T1078', tactic: 'persistence', rules: [{ slug: 'a', title: 'A' }] }],
    });
    expect(l.techniques[0]).toMatchObject({ techniqueID: 'T1078', tactic: 'persistence' });
    expect(checkNavigatorLayer(l, attack)).toEqual([]);
  });
});

// Mutating parsed JSON in place: a loose type is the honest one here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

describe('checkNavigatorLayer rejects what the format forbids', () => {
  const good = () => JSON.parse(JSON.stringify(layer)) as Loose;
  it.each([
    ['no name', (l: Loose) => delete l.name, 'layer.name'],
    ['bad domain', (l: Loose) => (l.domain = 'enterprise'), 'layer.domain'],
    ['layer version', (l: Loose) => (l.versions.layer = '4.4'), 'layer.versions.layer'],
    ['old navigator', (l: Loose) => (l.versions.navigator = '4.8.2'), 'layer.versions.navigator'],
    ['other ATT&CK version', (l: Loose) => (l.versions.attack = '17'), 'does not match the data'],
    ['one gradient colour', (l: Loose) => (l.gradient.colors = ['#ffffff']), 'layer.gradient.colors'],
    ['max not above min', (l: Loose) => (l.gradient.maxValue = l.gradient.minValue), 'layer.gradient'],
    ['legend without colour', (l: Loose) => delete l.legendItems[0].color, 'layer.legendItems'],
    ['bad technique ID', (l: Loose) => (l.techniques[0].techniqueID = 'T59'), 'techniqueID'],
    ['unknown technique', (l: Loose) => (l.techniques[0].techniqueID = 'T1685'), 'not an active technique'],
    ['revoked technique', (l: Loose) => (l.techniques[0].techniqueID = 'T1066'), 'not an active technique'],
    ['wrong tactic', (l: Loose) => (l.techniques[0].tactic = 'impact'), 'is not in impact'],
    ['score as text', (l: Loose) => (l.techniques[0].score = '3'), '.score'],
    ['link without protocol', (l: Loose) => (l.techniques[0].links[0].url = 'feed.example/x'), '.links[0]'],
    [
      'showSubtechniques without subs',
      (l: Loose) => (l.techniques[3].showSubtechniques = true),
      'has no sub-techniques',
    ],
    ['duplicate entry', (l: Loose) => l.techniques.push({ ...l.techniques[0] }), 'appears twice'],
    ['stray property', (l: Loose) => (l.version = '4.5'), 'layer.version'],
    ['bad metadata', (l: Loose) => l.metadata.push({ name: 'x' }), 'layer.metadata'],
  ])('%s', (_name, mutate, message) => {
    const l = good();
    mutate(l);
    const problems = checkNavigatorLayer(l, attack);
    expect(
      problems.some((p) => p.includes(message)),
      problems.join('\n'),
    ).toBe(true);
  });
});
