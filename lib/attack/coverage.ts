// Rule tags → matrix coverage. Two steps so the browser needs no ATT&CK table to recount after filtering:
// `placeRuleTags` (build time, needs the index) turns a rule's tags into the matrix technique IDs it counts for;
// `groupByTechnique` and `tacticCoverage` (anywhere) count rules per technique and per tactic.
//
// Counting rules, the same on the page and in the Navigator layer:
// - a rule counts once per technique, whatever the number of its tags for it;
// - a parent technique's figure is its distinct rules plus its sub-techniques' (a rule for T1059.001 detects a
//   form of T1059); a sub-technique's figure is its own;
// - a revoked ID counts for its replacement when the replacement is known; otherwise, and for deprecated IDs and
//   IDs newer than the data, the tag is listed as outside the data and counts for no cell;
// - a technique counts in every tactic column it belongs to (like Navigator without a `tactic`);
// - tactic tags place nothing in the matrix (a technique's tactics come from the data).

import type { AttackIndex } from './attack-index';
import type { ResolvedTag } from './resolve-tag';

export interface PlacedTags {
  /** Active technique and sub-technique IDs of the data this rule counts for (sorted, distinct). */
  techniques: string[];
  /** Tactics named by the rule's tactic tags, as resolved (data or overlay). */
  tactics: ResolvedTag[];
  /** Every attack.* tag that places nothing: newer than the data, revoked without a replacement, deprecated, unknown. */
  outside: ResolvedTag[];
  /** Revoked tags that were counted for their replacement. */
  replaced: ResolvedTag[];
}

export function placeRuleTags(index: AttackIndex, tags: readonly string[]): PlacedTags {
  const techniques = new Set<string>();
  const placed: PlacedTags = { techniques: [], tactics: [], outside: [], replaced: [] };
  for (const tag of tags) {
    if (!/^\s*attack\./i.test(tag)) continue;
    const r = index.resolveTag(tag);
    const isTechnique = r.kind === 'technique' || r.kind === 'subtechnique';
    if (isTechnique && r.status === 'current') techniques.add(r.id);
    else if (
      isTechnique &&
      r.status === 'revoked' &&
      r.replacedBy &&
      index.technique(r.replacedBy.id)?.source === 'data'
    ) {
      techniques.add(r.replacedBy.id);
      placed.replaced.push(r);
    } else if (r.kind === 'tactic' && r.status === 'current') placed.tactics.push(r);
    else {
      if (r.kind === 'tactic') placed.tactics.push(r);
      placed.outside.push(r);
    }
  }
  placed.techniques = [...techniques].sort();
  return placed;
}

export interface TechniqueRules<R> {
  /** Rules tagged with this ID itself. */
  direct: R[];
  /** direct plus, for a parent, its sub-techniques' rules; distinct. */
  all: R[];
}

/** `parentOf` maps a sub-technique ID to its parent ID ("T1059.001" → "T1059"). */
export function groupByTechnique<R extends { techniques: readonly string[] }>(
  rules: readonly R[],
  parentOf: (id: string) => string | undefined,
): Map<string, TechniqueRules<R>> {
  const out = new Map<string, TechniqueRules<R>>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { direct: [], all: [] }));
    return e;
  };
  for (const rule of rules) {
    const counted = new Set<string>();
    for (const id of rule.techniques) {
      const e = entry(id);
      if (!e.direct.includes(rule)) e.direct.push(rule);
      for (const target of [id, parentOf(id)]) {
        if (!target || counted.has(target)) continue;
        counted.add(target);
        entry(target).all.push(rule);
      }
    }
  }
  return out;
}

export interface TacticCoverage {
  shortName: string;
  /** Parent techniques of the tactic with at least one rule (own or through sub-techniques). */
  covered: number;
  total: number;
  /** Rounded down, so 99.6 % never shows as 100 %. */
  percent: number;
}

export function tacticCoverage(
  tactics: readonly { shortName: string; techniques: readonly string[] }[],
  counts: (id: string) => number,
): TacticCoverage[] {
  return tactics.map((t) => {
    const covered = t.techniques.filter((id) => counts(id) > 0).length;
    const total = t.techniques.length;
    return {
      shortName: t.shortName,
      covered,
      total,
      percent: total === 0 ? 0 : Math.floor((covered * 100) / total),
    };
  });
}
