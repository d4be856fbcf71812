// Everything the coverage page shows, computed from rule facts and the matrix shape. The same code runs at build
// time (unfiltered page) and in the browser (after each filter change), so both always agree.

import type { AttackIndex } from './attack-index';
import { groupByTechnique, tacticCoverage, type TacticCoverage } from './coverage';
import type { LayerData, LayerEntry } from './navigator';
import { parentFromId, type RuleFacts } from './rule-facts';

export interface MatrixSub {
  id: string;
  name: string;
}

export interface MatrixTechnique {
  id: string;
  name: string;
  subtechniques: MatrixSub[];
}

export interface MatrixTactic {
  id: string;
  shortName: string;
  name: string;
  /** Name a newer ATT&CK release gives this ID (TA0005: "Stealth" in v19). */
  laterName?: string;
  laterVersion?: string;
  techniques: MatrixTechnique[];
}

export function matrixOf(index: AttackIndex): MatrixTactic[] {
  return index.tactics.map((t) => ({
    id: t.id,
    shortName: t.shortName,
    name: t.name,
    ...(t.renamedLater ? { laterName: t.renamedLater.name, laterVersion: t.renamedLater.version } : {}),
    techniques: index.techniquesOfTactic(t.shortName).map((tech) => ({
      id: tech.id,
      name: tech.name,
      subtechniques: index.subtechniquesOf(tech.id).map((s) => ({ id: s.id, name: s.name })),
    })),
  }));
}

export interface CoverageFilter {
  levels: string[];
  statuses: string[];
  tables: string[];
  products: string[];
  kqlOnly: boolean;
}

export const NO_FILTER: CoverageFilter = {
  levels: [],
  statuses: [],
  tables: [],
  products: [],
  kqlOnly: false,
};

/** An empty list means "any". A rule without a table or product matches only "any". */
export function filterFacts(facts: readonly RuleFacts[], f: CoverageFilter): RuleFacts[] {
  return facts.filter(
    (r) =>
      (f.levels.length === 0 || f.levels.includes(r.level)) &&
      (f.statuses.length === 0 || f.statuses.includes(r.status)) &&
      (f.tables.length === 0 || (r.table !== null && f.tables.includes(r.table))) &&
      (f.products.length === 0 || (r.product !== null && f.products.includes(r.product))) &&
      (!f.kqlOnly || r.kql),
  );
}

export interface GroupRow {
  key: string;
  rules: number;
  /** Matrix techniques and sub-techniques these rules count for. */
  techniques: number;
}

export interface CoverageView {
  rules: number;
  /** Technique or sub-technique ID → distinct rules (a parent includes its sub-techniques'). */
  counts: Record<string, number>;
  /** Rules tagged with the ID itself. */
  direct: Record<string, number>;
  tactics: TacticCoverage[];
  techniques: { covered: number; total: number };
  subtechniques: { covered: number; total: number };
  byTable: GroupRow[];
  byLogsource: GroupRow[];
  /** ID of an attack.* tag outside the data → rules carrying it. */
  outside: Record<string, number>;
}

function groupRows(facts: readonly RuleFacts[], key: (r: RuleFacts) => string): GroupRow[] {
  const groups = new Map<string, { rules: number; techniques: Set<string> }>();
  for (const r of facts) {
    const k = key(r);
    const g = groups.get(k) ?? { rules: 0, techniques: new Set<string>() };
    g.rules++;
    for (const t of r.techniques) g.techniques.add(t);
    groups.set(k, g);
  }
  return [...groups]
    .map(([k, g]) => ({ key: k, rules: g.rules, techniques: g.techniques.size }))
    .sort((a, b) => b.rules - a.rules || a.key.localeCompare(b.key));
}

export function coverageView(facts: readonly RuleFacts[], matrix: readonly MatrixTactic[]): CoverageView {
  const grouped = groupByTechnique(facts, parentFromId);
  const counts: Record<string, number> = {};
  const direct: Record<string, number> = {};
  for (const [id, g] of grouped) {
    counts[id] = g.all.length;
    direct[id] = g.direct.length;
  }
  const count = (id: string) => counts[id] ?? 0;
  const parents = new Set<string>();
  const subs = new Set<string>();
  for (const t of matrix) {
    for (const tech of t.techniques) {
      parents.add(tech.id);
      for (const s of tech.subtechniques) subs.add(s.id);
    }
  }
  const outside: Record<string, number> = {};
  for (const r of facts) for (const id of r.outside) outside[id] = (outside[id] ?? 0) + 1;
  return {
    rules: facts.length,
    counts,
    direct,
    tactics: tacticCoverage(
      matrix.map((t) => ({ shortName: t.shortName, techniques: t.techniques.map((x) => x.id) })),
      count,
    ),
    techniques: { covered: [...parents].filter((id) => count(id) > 0).length, total: parents.size },
    subtechniques: { covered: [...subs].filter((id) => count(id) > 0).length, total: subs.size },
    byTable: groupRows(facts, (r) => r.table ?? '(no table)'),
    byLogsource: groupRows(facts, (r) => r.logsource),
    outside,
  };
}

/** Navigator entries for these rules: every technique with rules, plus outside-data technique IDs (listed, not scored). */
export function layerEntriesOf(facts: readonly RuleFacts[]): LayerEntry[] {
  const entries: LayerEntry[] = [...groupByTechnique(facts, parentFromId)].map(([techniqueId, g]) => ({
    techniqueId,
    rules: g.all.map((r) => ({ slug: r.slug, title: r.title })),
    directCount: g.direct.length,
  }));
  const outside = new Map<string, { slug: string; title: string }[]>();
  for (const r of facts) {
    for (const id of r.outside) {
      if (/^T\d{4}(\.\d{3})?$/.test(id))
        outside.set(id, [...(outside.get(id) ?? []), { slug: r.slug, title: r.title }]);
    }
  }
  for (const [techniqueId, rules] of [...outside].sort(([a], [b]) => a.localeCompare(b)))
    entries.push({ techniqueId, rules });
  return entries;
}

/** Navigator's view of the data, from the matrix alone (every matrix technique is active in the data). */
export function layerDataOf(matrix: readonly MatrixTactic[], version: string): LayerData {
  const techniques = new Map<string, { id: string; source: 'data'; subtechniques?: string[] }>();
  for (const t of matrix) {
    for (const tech of t.techniques) {
      techniques.set(tech.id, {
        id: tech.id,
        source: 'data',
        subtechniques: tech.subtechniques.map((s) => s.id),
      });
      for (const s of tech.subtechniques) techniques.set(s.id, { id: s.id, source: 'data' });
    }
  }
  return {
    version,
    majorVersion: version.split('.')[0] ?? version,
    technique: (id) => techniques.get(id.toUpperCase()),
  };
}
