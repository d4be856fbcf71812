import type { ExistingRule } from './existing-content';

/** Rules per technique ID over the whole catalog: this import's rules plus content kept from earlier imports. */
export function countTechniques(imported: string[][], kept: ExistingRule[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (ids: Iterable<string>) => {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  imported.forEach(add);
  for (const rule of kept) {
    const attack = rule.frontMatter?.attack as { techniques?: unknown } | undefined;
    if (Array.isArray(attack?.techniques))
      add(attack.techniques.filter((t): t is string => typeof t === 'string'));
  }
  return counts;
}
