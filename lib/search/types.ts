// The search index travels to the browser as one static JSON file (app/search-index.json). Records use short
// keys and drop what the client can recompute, because every byte is paid for 3,000+ rules.

export const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];
export const STATUSES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;
export type Status = (typeof STATUSES)[number];

/** What the build knows about one rule; the input of buildSearchIndex. */
export interface SearchSource {
  slug: string;
  title: string;
  description: string;
  level: Level;
  status: Status;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD */
  modified?: string;
  author?: string;
  /** Upper-case ATT&CK technique IDs, sub-techniques as T1059.001. */
  techniques: string[];
  /** Sigma tactic short names, e.g. command-and-control. */
  tactics: string[];
  /** Other tags (cve.2021-44228, detection.threat-hunting...). */
  tags: string[];
  logsource: { product?: string; category?: string; service?: string };
  /** The table or ASIM parser the KQL reads, when there is a query. */
  dataTable?: string;
  kqlAvailable: boolean;
  /** Literal values inside the detection (lib/sigma's detectionValuesOf). */
  detectionValues: string[];
}

/**
 * The index on the wire: one array per field ("columns"), index i of every array describing rule i. Grouping
 * like with like compresses about a sixth smaller than an array of objects. Empty string = absent.
 */
export interface SearchColumns {
  /** '' when the slug equals slugify(title) */
  slug: string[];
  title: string[];
  description: string[];
  level: Level[];
  status: Status[];
  date: string[];
  modified: string[];
  author: string[];
  techniques: string[][];
  tactics: string[][];
  tags: string[][];
  product: string[];
  category: string[];
  service: string[];
  dataTable: string[];
  /** 1 when a KQL query exists */
  kql: (0 | 1)[];
  /** distinct lower-case detection value chunks not already in title or description, space separated */
  values: string[];
}

export interface SearchIndexFile {
  version: 2;
  /** ATT&CK technique ID -> name, once for all rules. */
  techniqueNames: Record<string, string>;
  columns: SearchColumns;
}

/** One rule as the browser uses it, decoded from a SearchRecord. */
export interface RuleEntry {
  /** position in the index file (stable id for the text index) */
  n: number;
  slug: string;
  title: string;
  description: string;
  level: Level;
  status: Status;
  date: string;
  modified?: string;
  /** max(date, modified): when the rule last changed */
  updated: string;
  author: string;
  techniques: string[];
  tactics: string[];
  tags: string[];
  product?: string;
  category?: string;
  service?: string;
  dataTable?: string;
  kqlAvailable: boolean;
  values: string;
}

export interface TextHit {
  score: number;
  /** every query term matched the title */
  titleHit: boolean;
  /** query terms (scan) or document terms (MiniSearch) that matched, by field */
  matched: Record<string, string[]>;
}

/** The full-text side of search: hits by entry number; empty for a query without terms. */
export interface TextIndex {
  search(query: string): Map<number, TextHit>;
}
