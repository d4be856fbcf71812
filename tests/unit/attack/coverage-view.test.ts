import { describe, expect, it } from 'vitest';
import {
  attack,
  buildNavigatorLayer,
  checkNavigatorLayer,
  coverageView,
  decodeFacts,
  encodeFacts,
  filterFacts,
  layerDataOf,
  layerEntriesOf,
  matrixOf,
  NO_FILTER,
  outsideTags,
  ruleFacts,
  type RuleLike,
} from '@/lib/attack';

function rule(
  slug: string,
  over: Partial<RuleLike> & { techniques?: string[]; tactics?: string[] },
): RuleLike {
  return {
    slug,
    title: slug.toUpperCase(),
    level: 'high',
    status: 'test',
    attack: { techniques: over.techniques ?? [], tactics: over.tactics ?? [] },
    tags: over.tags ?? [],
    logsource: over.logsource ?? { product: 'windows', category: 'process_creation' },
    ...(over.dataTable ? { dataTable: over.dataTable } : {}),
    conversion: over.conversion ?? { status: 'ok', queries: [{ table: 'imProcessCreate' }] },
    ...(over.level ? { level: over.level } : {}),
  };
}

const rules = [
  rule('a', { techniques: ['T1059.001'], tactics: ['execution'] }),
  rule('b', { techniques: ['T1059', 'T1059.003'], level: 'medium' }),
  rule('c', {
    techniques: ['T1078'],
    logsource: { product: 'azure', service: 'signinlogs' },
    conversion: { status: 'unsupported', queries: [] },
    dataTable: 'SigninLogs',
  }),
  rule('d', { techniques: ['T1685'], tactics: ['defense-impairment'], tags: ['attack.g0016', 'cve.2024-1'] }),
  rule('e', { techniques: [], logsource: {}, conversion: { status: 'unsupported', queries: [] } }),
];
const facts = rules.map((r) => ruleFacts(attack, r));
const matrix = matrixOf(attack);

describe('ruleFacts and the compact form', () => {
  it('extracts what coverage needs', () => {
    expect(facts[2]).toEqual({
      slug: 'c',
      title: 'C',
      level: 'high',
      status: 'test',
      table: 'SigninLogs',
      product: 'azure',
      logsource: 'azure / signinlogs',
      kql: false,
      techniques: ['T1078'],
      outside: [],
    });
    expect(facts[3]!.outside).toEqual(['T1685', 'defense-impairment', 'G0016']);
    expect(facts[4]).toMatchObject({ table: null, product: null, logsource: '(none)' });
  });

  it('round-trips through JSON', () => {
    expect(decodeFacts(JSON.parse(JSON.stringify(encodeFacts(facts))))).toEqual(facts);
  });
});

describe('coverageView', () => {
  const view = coverageView(facts, matrix);

  it('counts per technique like the matrix shows them', () => {
    expect(view.counts).toEqual({ 'T1059.001': 1, T1059: 2, 'T1059.003': 1, T1078: 1 });
    expect(view.direct).toEqual({ 'T1059.001': 1, T1059: 1, 'T1059.003': 1, T1078: 1 });
    expect(view.techniques).toEqual({ covered: 2, total: 216 });
    expect(view.subtechniques).toEqual({ covered: 2, total: 475 });
    expect(view.outside).toEqual({ T1685: 1, 'defense-impairment': 1, G0016: 1 });
  });

  it('groups by data table and log source', () => {
    expect(view.byTable).toEqual([
      { key: 'imProcessCreate', rules: 3, techniques: 3 },
      { key: '(no table)', rules: 1, techniques: 0 },
      { key: 'SigninLogs', rules: 1, techniques: 1 },
    ]);
    expect(view.byLogsource[0]).toEqual({ key: 'windows / process_creation', rules: 3, techniques: 3 });
  });

  it.each([
    [{ levels: ['medium'] }, { T1059: 1, 'T1059.003': 1 }],
    [{ kqlOnly: true }, { 'T1059.001': 1, T1059: 2, 'T1059.003': 1 }],
    [{ tables: ['SigninLogs'] }, { T1078: 1 }],
    [
      { products: ['azure', 'windows'], statuses: ['test'] },
      { 'T1059.001': 1, T1059: 2, 'T1059.003': 1, T1078: 1 },
    ],
    [{ statuses: ['stable'] }, {}],
  ])('filter %j', (filter, counts) => {
    expect(coverageView(filterFacts(facts, { ...NO_FILTER, ...filter }), matrix).counts).toEqual(counts);
  });

  it('gives Navigator entries that make a valid layer', () => {
    const layer = buildNavigatorLayer(attack, {
      name: 'x',
      baseUrl: 'https://x.example/',
      entries: layerEntriesOf(facts),
    });
    expect(checkNavigatorLayer(layer, attack)).toEqual([]);
    expect(layer.techniques.map((t) => [t.techniqueID, t.score])).toEqual([
      ['T1059', 2],
      ['T1059.001', 1],
      ['T1059.003', 1],
      ['T1078', 1],
    ]);
  });
});

describe('layerDataOf (the browser has the matrix, not the table)', () => {
  it('builds the same layer as the full index', () => {
    const options = { name: 'x', baseUrl: 'https://x.example/', entries: layerEntriesOf(facts) };
    const fromMatrix = buildNavigatorLayer(layerDataOf(matrix, attack.version), options);
    expect(fromMatrix).toEqual(buildNavigatorLayer(attack, options));
  });
});

describe('outsideTags', () => {
  it('describes each tag the matrix cannot place, most used first', () => {
    const many = [...facts, ruleFacts(attack, rule('f', { techniques: ['T1685'] }))];
    expect(outsideTags(attack, many)).toEqual([
      {
        key: 'T1685',
        tag: 'attack.t1685',
        id: 'T1685',
        kind: 'technique',
        status: 'newer-than-data',
        name: 'Disable or Modify Tools',
        url: 'https://attack.mitre.org/techniques/T1685/',
        page: '/attack/T1685/',
        note: 'In v18 this was T1562.001, T1562.006',
      },
      {
        key: 'defense-impairment',
        tag: 'attack.defense-impairment',
        id: 'TA0112',
        kind: 'tactic',
        status: 'newer-than-data',
        name: 'Defense Impairment',
        url: 'https://attack.mitre.org/tactics/TA0112/',
        page: '/attack/tactics/defense-impairment/',
        note: 'New in ATT&CK v19, split from Defense Evasion (TA0005) together with Stealth.',
      },
      {
        key: 'G0016',
        tag: 'attack.g0016',
        id: 'G0016',
        kind: 'group',
        status: 'unknown',
        url: 'https://attack.mitre.org/groups/G0016/',
        note: 'The shipped ATT&CK data has no groups to check it against',
      },
    ]);
  });
});
