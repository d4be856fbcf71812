import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAttackTable, createAttackIndex, serializeAttackTable, type AttackTable } from '@/lib/attack';
import { hasSharedBundle, SHARED_BUNDLE, sharedBundle, syntheticBundle } from './helpers';

const opts = { sourceName: 'enterprise-attack.json', sha256: 'test' };
const committedText = readFileSync(
  new URL('../../../lib/attack/data/enterprise.json', import.meta.url),
  'utf8',
);
const committed = JSON.parse(committedText) as AttackTable;

describe.skipIf(!hasSharedBundle)('buildAttackTable on the shared v18.1 bundle', () => {
  const result = buildAttackTable(sharedBundle(), { ...opts, attackVersion: '18.1' });
  const table = result.value!;
  const active = table.techniques.filter((t) => !t.revoked && !t.deprecated);

  it('builds without errors and warns that replacements are unknown', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['NO_REVOKED_BY']);
  });

  it('has the counts documented in shared/attack/SOURCE.md', () => {
    expect(table.tactics).toHaveLength(14);
    expect(active.filter((t) => !t.parent)).toHaveLength(216);
    expect(active.filter((t) => t.parent)).toHaveLength(475);
    expect(table.techniques.filter((t) => t.revoked)).toHaveLength(132);
    expect(table.techniques.filter((t) => t.deprecated)).toHaveLength(12);
    expect(table.techniques).toHaveLength(835);
  });

  it('keeps the matrix order', () => {
    expect(table.tactics.map((t) => `${t.shortName} ${t.id}`).join(', ')).toBe(
      'reconnaissance TA0043, resource-development TA0042, initial-access TA0001, execution TA0002, ' +
        'persistence TA0003, privilege-escalation TA0004, defense-evasion TA0005, credential-access TA0006, ' +
        'discovery TA0007, lateral-movement TA0008, collection TA0009, command-and-control TA0011, ' +
        'exfiltration TA0010, impact TA0040',
    );
  });

  it('lists per tactic exactly the active parent techniques whose phases name it (computed here from the bundle)', () => {
    const expected = new Map<string, Set<string>>();
    for (const o of sharedBundle().objects) {
      if (o.type !== 'attack-pattern' || o.revoked === true || o.x_mitre_deprecated === true) continue;
      if (o.x_mitre_is_subtechnique === true) continue;
      const id = (o.external_references as { source_name: string; external_id: string }[]).find(
        (r) => r.source_name === 'mitre-attack',
      )!.external_id;
      for (const p of o.kill_chain_phases as { phase_name: string }[]) {
        expected.set(p.phase_name, (expected.get(p.phase_name) ?? new Set()).add(id));
      }
    }
    for (const t of table.tactics) {
      expect(new Set(t.techniques), t.shortName).toEqual(expected.get(t.shortName));
      const names = t.techniques.map((id) => table.techniques.find((x) => x.id === id)!.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('links sub-techniques and parents both ways', () => {
    const byId = new Map(table.techniques.map((t) => [t.id, t]));
    for (const t of active.filter((x) => x.parent))
      expect(byId.get(t.parent!)?.subtechniques).toContain(t.id);
    for (const t of table.techniques)
      for (const s of t.subtechniques ?? []) expect(byId.get(s)?.parent).toBe(t.id);
    expect(byId.get('T1059')?.subtechniques).toContain('T1059.001');
  });

  it('records the version, MITRE notice and platforms', () => {
    expect(table.version).toBe('18.1');
    expect(table.notice).toMatch(/^Copyright 2015-2025, The MITRE Corporation\./);
    expect(table.techniques.find((t) => t.id === 'T1059.001')?.platforms).toEqual(['Windows']);
  });

  it('is what lib/attack/data/enterprise.json holds (the committed file is generated, not edited)', () => {
    const { source: _s, ...rest } = table;
    const { source: _c, ...committedRest } = committed;
    expect(committedRest).toEqual(rest);
    expect(serializeAttackTable({ ...table, source: committed.source })).toBe(committedText);
    expect(committed.source.sha256).toBe(
      createHash('sha256').update(readFileSync(SHARED_BUNDLE)).digest('hex'),
    );
  });
});

describe('buildAttackTable on a synthetic bundle', () => {
  const result = buildAttackTable(syntheticBundle(), opts);
  const t = result.value!;

  it('reads the version from the collection object and follows the matrix order', () => {
    expect(result.errors).toEqual([]);
    expect(t.version).toBe('18.1');
    expect(t.tactics.map((x) => x.shortName)).toEqual(['initial-access', 'execution']);
    expect(t.tactics[1]!.techniques).toEqual(['T1059', 'T1078']);
  });

  it('takes replacements from revoked-by relationships, and groups and software', () => {
    expect(t.techniques.find((x) => x.id === 'T1086')).toMatchObject({
      revoked: true,
      revokedBy: 'T1059.001',
      tactics: [],
    });
    expect(t.groups).toEqual([
      { id: 'G0001', name: 'Old Group', revoked: true, revokedBy: 'G0007' },
      { id: 'G0007', name: 'APT28' },
    ]);
    expect(t.software.map((s) => s.id)).toEqual(['S0002', 'S0003']);
  });

  it('serializes to JSON that parses back to the same table', () => {
    expect(JSON.parse(serializeAttackTable(t))).toEqual(t);
    expect(createAttackIndex(JSON.parse(serializeAttackTable(t))).technique('T1059.001')?.name).toBe(
      'PowerShell',
    );
  });
});

describe('buildAttackTable errors', () => {
  it.each([
    ['not a bundle', null, 'NOT_A_BUNDLE'],
    ['objects not an array', { objects: {} }, 'NOT_A_BUNDLE'],
    [
      'no matrix',
      { objects: syntheticBundle().objects.filter((o) => o.type !== 'x-mitre-matrix') },
      'NO_MATRIX',
    ],
    [
      'no version',
      { objects: syntheticBundle().objects.filter((o) => o.type !== 'x-mitre-collection') },
      'NO_VERSION',
    ],
  ])('%s → %s', (_name, bundle, code) => {
    const r = buildAttackTable(bundle, opts);
    expect(r.value).toBeUndefined();
    expect(r.errors.map((e) => e.code)).toContain(code);
  });

  it('accepts the version from the options when the bundle has no collection object', () => {
    const bundle = { objects: syntheticBundle().objects.filter((o) => o.type !== 'x-mitre-collection') };
    expect(buildAttackTable(bundle, { ...opts, attackVersion: '17.0' }).value?.version).toBe('17.0');
  });

  it('reports a matrix tactic_ref that is not in the bundle', () => {
    const bundle = syntheticBundle();
    const matrix = bundle.objects.find((o) => o.type === 'x-mitre-matrix') as { tactic_refs: string[] };
    matrix.tactic_refs.push('x-mitre-tactic--missing');
    expect(buildAttackTable(bundle, opts).errors.map((e) => e.code)).toEqual(['UNKNOWN_TACTIC_REF']);
  });
});
