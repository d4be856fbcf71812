// The coverage of the whole shared SigmaHQ corpus, computed twice: once with lib/attack (placeRuleTags,
// coverageView) and once here, independently, straight from the rule YAML and the raw STIX bundle.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attack, coverageView, matrixOf, placeRuleTags, type RuleFacts } from '@/lib/attack';
import { hasSharedBundle, sharedBundle } from './helpers';

const RULES = path.resolve(__dirname, '../../../../shared/sigma/rules');

function ymlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? ymlFiles(path.join(dir, e.name))
      : e.name.endsWith('.yml')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe.skipIf(!hasSharedBundle || !existsSync(RULES))('coverage of the shared SigmaHQ corpus', () => {
  const rules = ymlFiles(RULES).map((file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { tags?: unknown };
    const tags = Array.isArray(doc?.tags) ? doc.tags.filter((t): t is string => typeof t === 'string') : [];
    return { file, tags };
  });

  // Independent: active attack-patterns of the bundle, their phases, and per-ID rule sets with parent roll-up.
  const active = new Map<string, { phases: string[]; sub: boolean }>();
  for (const o of sharedBundle().objects) {
    if (o.type !== 'attack-pattern' || o.revoked === true || o.x_mitre_deprecated === true) continue;
    const id = (o.external_references as { source_name: string; external_id: string }[]).find(
      (r) => r.source_name === 'mitre-attack',
    )!.external_id;
    const phases = (o.kill_chain_phases as { phase_name: string }[]).map((p) => p.phase_name);
    active.set(id, { phases, sub: o.x_mitre_is_subtechnique === true });
  }
  const rulesPerId = new Map<string, Set<string>>();
  const add = (id: string, file: string) => rulesPerId.set(id, (rulesPerId.get(id) ?? new Set()).add(file));
  const notInData = new Map<string, number>();
  for (const { file, tags } of rules) {
    for (const tag of tags) {
      const m = /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(tag);
      if (!m) continue;
      const id = m[1]!.toUpperCase();
      if (!active.has(id)) {
        notInData.set(id, (notInData.get(id) ?? 0) + 1);
        continue;
      }
      add(id, file);
      if (id.includes('.')) add(id.split('.')[0]!, file);
    }
  }

  const facts: RuleFacts[] = rules.map(({ file, tags }) => {
    const placed = placeRuleTags(attack, tags);
    return {
      slug: file,
      title: file,
      level: '',
      status: '',
      table: null,
      product: null,
      logsource: '',
      kql: false,
      techniques: placed.techniques,
      outside: placed.outside.map((o) => o.id),
    };
  });
  const view = coverageView(facts, matrixOf(attack));

  it('has the same count for every active technique and sub-technique', () => {
    for (const id of active.keys()) expect(view.counts[id] ?? 0, id).toBe(rulesPerId.get(id)?.size ?? 0);
    expect(Object.keys(view.counts).sort()).toEqual([...rulesPerId.keys()].sort());
  });

  it('has the same covered/total per tactic and overall', () => {
    const parents = [...active].filter(([, v]) => !v.sub);
    for (const t of view.tactics) {
      const members = parents.filter(([, v]) => v.phases.includes(t.shortName));
      expect(t.total, t.shortName).toBe(members.length);
      expect(t.covered, t.shortName).toBe(members.filter(([id]) => rulesPerId.has(id)).length);
    }
    expect(view.techniques).toEqual({
      covered: parents.filter(([id]) => rulesPerId.has(id)).length,
      total: 216,
    });
    const subs = [...active].filter(([, v]) => v.sub);
    expect(view.subtechniques).toEqual({
      covered: subs.filter(([id]) => rulesPerId.has(id)).length,
      total: 475,
    });
  });

  it('lists the technique tags the data lacks (shared/sigma/SURVEY.md: 12 IDs, 231 uses)', () => {
    const outsideTechniques = Object.entries(view.outside).filter(([k]) => /^T\d/.test(k));
    expect(Object.fromEntries(outsideTechniques)).toEqual(Object.fromEntries(notInData));
    expect(notInData.size).toBe(12);
    expect([...notInData.values()].reduce((a, b) => a + b, 0)).toBe(231);
  });
});
