// Which /attack/<ID>/ pages the site builds. The rule is generic: the matrix, every ID a rule is tagged with, and
// every ID that any of those technique pages links to, repeated until nothing new appears. Building from one
// definition of "what a technique page links to" keeps a new kind of link (an overlay's sub-techniques, a v19
// successor's parent) from pointing at a page nobody generated.

import type { AttackIndex } from './attack-index';

/**
 * The technique IDs the page for `id` links to: its parent, its sub-techniques, what it became in the newer
 * release, what replaced it (revoked) and what it took over (overlay techniques). The technique page and its
 * status note render exactly these links.
 */
export function techniqueLinks(index: AttackIndex, id: string): string[] {
  const links = new Set<string>();
  const technique = index.technique(id);
  if (technique?.parent && index.technique(technique.parent)) links.add(technique.parent);
  for (const sub of index.subtechniquesOf(id)) links.add(sub.id);
  for (const successor of index.successorsOf(id)) links.add(successor.id);
  const resolved = index.resolveTag(`attack.${id.toLowerCase()}`);
  if (resolved.replacedBy) links.add(resolved.replacedBy.id);
  for (const p of resolved.previously ?? []) links.add(p);
  links.delete(id.toUpperCase());
  return [...links].map((l) => l.toUpperCase());
}

/** Every technique ID that gets a page, sorted: the matrix, the tagged IDs, and all they link to, transitively. */
export function techniquePageIds(index: AttackIndex, tagged: Iterable<string>): string[] {
  const ids = new Set<string>();
  const queue: string[] = [];
  const add = (id: string) => {
    const key = id.toUpperCase();
    if (ids.has(key)) return;
    ids.add(key);
    queue.push(key);
  };
  for (const tactic of index.tactics) {
    for (const id of tactic.techniques) {
      add(id);
      for (const sub of index.subtechniquesOf(id)) add(sub.id);
    }
  }
  for (const id of tagged) add(id);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const link of techniqueLinks(index, next)) add(link);
  }
  return [...ids].sort();
}
