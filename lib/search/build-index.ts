// Build time: SearchSource[] -> the compact SearchIndexFile shipped to the browser.
import { tokenize, valueChunks } from './tokenize';
import type { SearchColumns, SearchIndexFile, SearchSource } from './types';

/** The slug a title would get; records omit a slug that equals it. */
export function slugify(title: string): string {
  const lower = title.toLowerCase();
  // Decomposing only matters for non-ASCII titles (é → e); the browser slugs every title it decodes.
  const folded = /[^ -~]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Distinct value tokens of a rule's detection, leaving out those the title or description already index. */
export function compactValues(values: readonly string[], alreadyIndexed: string): string {
  const known = new Set(tokenize(alreadyIndexed.toLowerCase()));
  const kept = new Set<string>();
  for (const value of values) {
    for (const chunk of valueChunks(value)) if (!known.has(chunk)) kept.add(chunk);
  }
  return [...kept].join(' ');
}

function emptyColumns(): SearchColumns {
  return {
    slug: [],
    title: [],
    description: [],
    level: [],
    status: [],
    date: [],
    modified: [],
    author: [],
    techniques: [],
    tactics: [],
    tags: [],
    product: [],
    category: [],
    service: [],
    dataTable: [],
    kql: [],
    values: [],
  };
}

function pushSource(columns: SearchColumns, source: SearchSource): void {
  columns.slug.push(source.slug === slugify(source.title) ? '' : source.slug);
  columns.title.push(source.title);
  columns.description.push(source.description);
  columns.level.push(source.level);
  columns.status.push(source.status);
  columns.date.push(source.date);
  columns.modified.push(source.modified && source.modified !== source.date ? source.modified : '');
  columns.author.push(source.author ?? '');
  columns.techniques.push(source.techniques);
  columns.tactics.push(source.tactics);
  columns.tags.push(source.tags);
  columns.product.push(source.logsource.product ?? '');
  columns.category.push(source.logsource.category ?? '');
  columns.service.push(source.logsource.service ?? '');
  columns.dataTable.push(source.dataTable ?? '');
  columns.kql.push(source.kqlAvailable ? 1 : 0);
  columns.values.push(compactValues(source.detectionValues, `${source.title} ${source.description}`));
}

/**
 * The index file for the browser. `techniqueName` looks a technique ID up (lib/attack); names are stored once
 * for the whole file, not per rule. Rules keep the order given (the feed's default order).
 */
export function buildSearchIndex(
  sources: readonly SearchSource[],
  techniqueName: (id: string) => string | undefined,
): SearchIndexFile {
  const techniqueNames: Record<string, string> = {};
  for (const source of sources) {
    for (const id of source.techniques) {
      for (const candidate of [id, parentTechnique(id)]) {
        if (!candidate || candidate in techniqueNames) continue;
        const name = techniqueName(candidate);
        if (name) techniqueNames[candidate] = name;
      }
    }
  }
  const columns = emptyColumns();
  for (const source of sources) pushSource(columns, source);
  return { version: 2, techniqueNames, columns };
}

/** T1059.001 -> T1059; a technique that is not a sub-technique -> undefined. */
export function parentTechnique(id: string): string | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(0, dot) : undefined;
}
