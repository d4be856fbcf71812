// The browser's view of the index file: decoded entries plus each facet's values per entry, computed once.
import { parentTechnique, slugify } from './build-index';
import { runAll, runInSlices, SLICE, type Steps } from './slices';
import type { RuleEntry, SearchColumns, SearchIndexFile } from './types';

export const FACET_KEYS = [
  'level',
  'status',
  'tactic',
  'technique',
  'product',
  'category',
  'service',
  'table',
  'kql',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface Catalog {
  entries: RuleEntry[];
  techniqueNames: Record<string, string>;
  /** facetValues[key][n]: the values entry n has for that facet */
  facetValues: Record<FacetKey, string[][]>;
}

const opt = (value: string | undefined) => value || undefined;

function decodeEntry(c: SearchColumns, n: number): RuleEntry {
  const title = c.title[n] ?? '';
  const date = c.date[n] ?? '';
  const modified = opt(c.modified[n]);
  return {
    n,
    slug: c.slug[n] || slugify(title),
    title,
    description: c.description[n] ?? '',
    level: c.level[n] ?? 'medium',
    status: c.status[n] ?? 'experimental',
    date,
    modified,
    updated: modified && modified > date ? modified : date,
    author: c.author[n] ?? '',
    techniques: c.techniques[n] ?? [],
    tactics: c.tactics[n] ?? [],
    tags: c.tags[n] ?? [],
    product: opt(c.product[n]),
    category: opt(c.category[n]),
    service: opt(c.service[n]),
    dataTable: opt(c.dataTable[n]),
    kqlAvailable: c.kql[n] === 1,
    values: c.values[n] ?? '',
  };
}

export function decodeEntries(file: SearchIndexFile): RuleEntry[] {
  return file.columns.title.map((_, n) => decodeEntry(file.columns, n));
}

/** A sub-technique also counts under its parent: filtering T1059 shows T1059.001 rules. */
export function techniqueFacetValues(techniques: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of techniques) {
    out.add(id);
    const parent = parentTechnique(id);
    if (parent) out.add(parent);
  }
  return [...out];
}

function facetValuesOf(entry: RuleEntry, key: FacetKey): string[] {
  const one = (value: string | undefined) => (value ? [value] : []);
  switch (key) {
    case 'level':
      return [entry.level];
    case 'status':
      return [entry.status];
    case 'tactic':
      return entry.tactics;
    case 'technique':
      return techniqueFacetValues(entry.techniques);
    case 'product':
      return one(entry.product);
    case 'category':
      return one(entry.category);
    case 'service':
      return one(entry.service);
    case 'table':
      return one(entry.dataTable);
    case 'kql':
      return [entry.kqlAvailable ? 'yes' : 'no'];
    default: {
      const unreachable: never = key;
      throw new Error(`unknown facet ${String(unreachable)}`);
    }
  }
}

/**
 * Each facet's values per entry, computed the first time that facet is read: a reader's first results need only
 * the facets they filter on; the counts, which need them all, follow a render later.
 */
function lazyFacetValues(entries: RuleEntry[]): Record<FacetKey, string[][]> {
  const computed: Partial<Record<FacetKey, string[][]>> = {};
  const values = {} as Record<FacetKey, string[][]>;
  for (const key of FACET_KEYS)
    Object.defineProperty(values, key, {
      enumerable: true,
      get: () => (computed[key] ??= entries.map((entry) => facetValuesOf(entry, key))),
    });
  return values;
}

function* catalogSteps(file: SearchIndexFile): Steps<Catalog> {
  const entries: RuleEntry[] = [];
  for (let n = 0; n < file.columns.title.length; n++) {
    entries.push(decodeEntry(file.columns, n));
    if (n % SLICE === SLICE - 1) yield;
  }
  return { entries, techniqueNames: file.techniqueNames, facetValues: lazyFacetValues(entries) };
}

export function createCatalog(file: SearchIndexFile): Catalog {
  return runAll(catalogSteps(file));
}

/** createCatalog as short tasks, awaiting pause() between them (the browser's loader). */
export function createCatalogInSlices(file: SearchIndexFile, pause: () => Promise<void>): Promise<Catalog> {
  return runInSlices(catalogSteps(file), pause);
}
