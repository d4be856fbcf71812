import type { ExistingRule } from './existing-content';
import type { CatalogCounts } from './prose/types';

/** Rules per technique over the whole catalog: this import's rules plus content kept from earlier imports. */
export function countTechniques(
  imported: { techniques: string[]; tactics: string[] }[],
  kept: ExistingRule[],
): CatalogCounts {
  const techniques = new Map<string, number>();
  const families = new Map<string, number>();
  const tactics = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const add = (rule: { techniques: string[]; tactics: string[] }) => {
    new Set(rule.techniques).forEach((id) => bump(techniques, id));
    new Set(rule.techniques.map((id) => id.split('.')[0]!)).forEach((root) => bump(families, root));
    new Set(rule.tactics).forEach((t) => bump(tactics, t));
  };
  imported.forEach(add);
  for (const rule of kept) {
    const attack = rule.frontMatter?.attack as { techniques?: unknown; tactics?: unknown } | undefined;
    const strings = (v: unknown) =>
      Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
    add({ techniques: strings(attack?.techniques), tactics: strings(attack?.tactics) });
  }
  return { techniques, families, tactics };
}
