import type { ExistingRule } from './existing-content';
import type { CatalogCounts } from './prose/types';

/** Rules per technique over the whole catalog: this import's rules plus content kept from earlier imports. */
export function countTechniques(imported: string[][], kept: ExistingRule[]): CatalogCounts {
  const techniques = new Map<string, number>();
  const families = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const add = (ids: string[]) => {
    new Set(ids).forEach((id) => bump(techniques, id));
    new Set(ids.map((id) => id.split('.')[0]!)).forEach((root) => bump(families, root));
  };
  imported.forEach(add);
  for (const rule of kept) {
    const attack = rule.frontMatter?.attack as { techniques?: unknown } | undefined;
    if (Array.isArray(attack?.techniques))
      add(attack.techniques.filter((t): t is string => typeof t === 'string'));
  }
  return { techniques, families };
}
