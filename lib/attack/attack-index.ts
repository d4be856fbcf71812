// Lookups over one ATT&CK table plus an optional overlay of newer facts. Pure and browser-safe.

import type { AttackOverlay, OverlayTactic } from './overlay';
import { resolveAttackTag, type ResolvedTag } from './resolve-tag';
import type { AttackTable, NamedRow, TechniqueRow } from './types';
import { tacticUrl, techniqueUrl } from './urls';

export interface Technique extends TechniqueRow {
  url: string;
  /** 'overlay': known only from the newer-release overlay, not in the data. */
  source: 'data' | 'overlay';
  /** Overlay techniques: the IDs they took over in the data's release. */
  previously?: string[];
}

export interface Tactic {
  id: string;
  shortName: string;
  name: string;
  url: string;
  source: 'data' | 'overlay';
  deprecated?: boolean;
  /** Active parent techniques, matrix order (empty for overlay tactics: their techniques are not known). */
  techniques: string[];
  /** A newer release reuses this ID under another name (Defense Evasion TA0005 → Stealth in v19). */
  renamedLater?: OverlayTactic & { version: string };
  note?: string;
}

export interface AttackIndex {
  version: string;
  majorVersion: string;
  notice: string;
  termsUrl: string;
  source: AttackTable['source'];
  /** The data's tactics, matrix order. */
  tactics: Tactic[];
  /** Overlay tactics the data lacks (by short name). */
  newerTactics: Tactic[];
  /** Overlay techniques the data lacks. */
  newerTechniques: Technique[];
  technique(id: string): Technique | undefined;
  /** By short name ("execution", "stealth") or ID ("TA0002"); the data wins over the overlay. */
  tactic(key: string): Tactic | undefined;
  techniquesOfTactic(shortName: string): Technique[];
  subtechniquesOf(id: string): Technique[];
  /** Overlay techniques that took over `id` in the newer release. */
  successorsOf(id: string): Technique[];
  group(id: string): NamedRow | undefined;
  software(id: string): NamedRow | undefined;
  hasGroups: boolean;
  hasSoftware: boolean;
  resolveTag(tag: string): ResolvedTag;
}

const major = (v: string) => v.split('.')[0] ?? v;

export function createAttackIndex(table: AttackTable, overlay?: AttackOverlay): AttackIndex {
  const useOverlay = !!overlay && Number(major(overlay.version)) > Number(major(table.version));
  const techniques = new Map<string, Technique>();
  for (const row of table.techniques)
    techniques.set(row.id, { ...row, url: techniqueUrl(row.id), source: 'data' });

  const newerTechniques: Technique[] = [];
  const successors = new Map<string, Technique[]>();
  if (useOverlay) {
    for (const o of overlay.techniques) {
      if (techniques.has(o.id)) continue;
      const dot = o.id.indexOf('.');
      const t: Technique = {
        id: o.id,
        name: o.name ?? '',
        tactics: [],
        platforms: [],
        ...(dot > 0 ? { parent: o.id.slice(0, dot) } : {}),
        url: techniqueUrl(o.id),
        source: 'overlay',
        previously: o.previously,
      };
      techniques.set(o.id, t);
      newerTechniques.push(t);
    }
    for (const o of overlay.techniques) {
      const t = techniques.get(o.id);
      if (!t) continue;
      for (const p of o.previously) successors.set(p, [...(successors.get(p) ?? []), t]);
    }
    for (const t of newerTechniques) {
      const parent = t.parent ? techniques.get(t.parent) : undefined;
      if (parent?.source === 'overlay') (parent.subtechniques ??= []).push(t.id);
    }
  }

  // Matrix columns are the data's tactics. With v18.1 data TA0005 stays "Defense Evasion" and carries
  // `renamedLater` (Stealth in v19) for the page to note: relabelling it would be wrong, since its techniques are
  // the v18.1 set, including those v19 moved to Defense Impairment (TA0112). The overlay's Stealth and Defense
  // Impairment are reachable by short name (rule tags) as newer-than-data tactics, outside the matrix.
  const tactics: Tactic[] = table.tactics.map((row) => {
    const later = useOverlay
      ? overlay.tactics.find((o) => o.id === row.id && o.shortName !== row.shortName)
      : undefined;
    return {
      ...row,
      url: tacticUrl(row.id),
      source: 'data' as const,
      ...(later ? { renamedLater: { ...later, version: overlay!.version } } : {}),
    };
  });
  const byShortName = new Map(tactics.map((t) => [t.shortName, t]));
  const byTacticId = new Map(tactics.map((t) => [t.id, t]));
  const newerTactics: Tactic[] = [];
  if (useOverlay) {
    for (const o of overlay.tactics) {
      if (byShortName.has(o.shortName)) continue;
      const t: Tactic = { ...o, url: tacticUrl(o.id), source: 'overlay', techniques: [] };
      newerTactics.push(t);
      byShortName.set(o.shortName, t);
      if (!byTacticId.has(o.id)) byTacticId.set(o.id, t);
    }
  }

  const groups = new Map(table.groups.map((g) => [g.id, g]));
  const software = new Map(table.software.map((s) => [s.id, s]));
  const lookup = (id: string) => techniques.get(id.toUpperCase());

  const index: AttackIndex = {
    version: table.version,
    majorVersion: major(table.version),
    notice: table.notice,
    termsUrl: table.termsUrl,
    source: table.source,
    tactics,
    newerTactics,
    newerTechniques,
    technique: lookup,
    tactic: (key) => {
      const k = key.trim();
      if (/^ta\d{4}$/i.test(k)) return byTacticId.get(k.toUpperCase());
      return byShortName.get(k.toLowerCase().replace(/_/g, '-'));
    },
    techniquesOfTactic: (shortName) =>
      (byShortName.get(shortName)?.techniques ?? []).map((id) => techniques.get(id)).filter((t) => !!t),
    subtechniquesOf: (id) =>
      (lookup(id)?.subtechniques ?? []).map((s) => techniques.get(s)).filter((t) => !!t),
    successorsOf: (id) => successors.get(id.toUpperCase()) ?? [],
    group: (id) => groups.get(id.toUpperCase()),
    software: (id) => software.get(id.toUpperCase()),
    hasGroups: groups.size > 0,
    hasSoftware: software.size > 0,
    resolveTag: (tag) => resolveAttackTag(index, tag),
  };
  return index;
}
