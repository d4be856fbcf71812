// Describes the attack.* tags that place nothing in the matrix (newer than the data, revoked without a known
// replacement, deprecated, unknown) for the "not in ATT&CK vN data" list and their pages.

import type { AttackIndex } from './attack-index';
import type { RuleFacts } from './rule-facts';

export interface OutsideTag {
  /** outsideKey: a tactic's short name, else the ID. */
  key: string;
  /** The tag as rules write it. */
  tag: string;
  id: string;
  kind: string;
  status: string;
  name?: string;
  url?: string;
  /** Site path of our page for it, when there is one. */
  page?: string;
  note?: string;
}

export function describeOutside(index: AttackIndex, key: string): OutsideTag {
  const isTactic = /^[a-z][a-z-]*$/.test(key);
  const tag = `attack.${key.toLowerCase()}`;
  const r = index.resolveTag(tag);
  const isTechnique = r.kind === 'technique' || r.kind === 'subtechnique';
  const overlayTactic = isTactic ? index.newerTactics.find((t) => t.shortName === key) : undefined;
  const note = r.previously?.length
    ? `In v${index.majorVersion} this was ${r.previously.join(', ')}`
    : r.status === 'newer-than-data' && isTechnique && !r.name
      ? 'Name not known from the shipped data'
      : r.status === 'unknown' && (r.kind === 'group' || r.kind === 'software')
        ? `The shipped ATT&CK data has no ${r.kind === 'group' ? 'groups' : 'software'} to check it against`
        : overlayTactic?.note;
  return {
    key,
    tag,
    id: r.id,
    kind: r.kind,
    status: r.status,
    ...(r.name ? { name: r.name } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(isTechnique
      ? { page: `/attack/${r.id}/` }
      : overlayTactic
        ? { page: `/attack/tactics/${key}/` }
        : {}),
    ...(note ? { note } : {}),
  };
}

/** Every outside tag the catalog uses, most used first. */
export function outsideTags(index: AttackIndex, facts: readonly RuleFacts[]): OutsideTag[] {
  const counts = new Map<string, number>();
  for (const f of facts) for (const k of f.outside) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key]) => describeOutside(index, key));
}
