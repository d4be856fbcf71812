// How counts and facet values read in the feed.
import type { Catalog, FacetKey } from '@/lib/search';
import { LEVELS, STATUSES } from '@/lib/search';

export const FACET_LABELS: Record<FacetKey, string> = {
  level: 'Severity',
  status: 'Status',
  tactic: 'Tactic',
  technique: 'Technique',
  product: 'Product',
  category: 'Category',
  service: 'Service',
  table: 'Data table',
  kql: 'KQL query',
};

const SMALL_WORDS = new Set(['and', 'or', 'of']);

export function tacticLabel(shortName: string): string {
  return shortName
    .split('-')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

export function valueLabel(key: FacetKey, value: string, catalog: Catalog): string {
  switch (key) {
    case 'level':
    case 'status':
      return value.charAt(0).toUpperCase() + value.slice(1);
    case 'tactic':
      return tacticLabel(value);
    case 'technique': {
      const name = catalog.techniqueNames[value];
      return name ? `${value} ${name}` : value;
    }
    case 'kql':
      return value === 'yes' ? 'Available' : 'Not available';
    default:
      return value;
  }
}

/** Fixed orders where the values have one (severity high to low); otherwise by count, then name. */
export function orderValues(key: FacetKey, counts: Map<string, number>, selected: string[]): string[] {
  const values = [...new Set([...counts.keys(), ...selected])];
  const fixed: readonly string[] | undefined =
    key === 'level'
      ? [...LEVELS].reverse()
      : key === 'status'
        ? STATUSES
        : key === 'kql'
          ? ['yes', 'no']
          : undefined;
  if (fixed) return fixed.filter((v) => values.includes(v));
  return values.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
}
