import type { AttackNames } from './prose/types';
import type { TableChooser } from './engine';

export type ProgressEvent =
  | { phase: 'download'; received: number; total?: number }
  | { phase: 'read'; files: number; origin: string }
  | { phase: 'import'; done: number; total: number };

export interface ImportOptions {
  /** Folder, .zip/.tar.gz/.tar archive, or http(s) URL of an archive. */
  source: string;
  /** Content folder to write (created when missing). */
  out: string;
  /** Compute and report everything, write nothing. */
  dryRun?: boolean;
  /** Prefix of the link to the original; the rule's repository path is appended. */
  baseUrl?: string;
  /** `source.name` in the front matter. */
  sourceName?: string;
  /** Clock for `retrieved` (tests pin it). */
  now?: () => Date;
  onProgress?: (event: ProgressEvent) => void;
  /** Names for ATT&CK IDs; defaults to the project's ATT&CK data. */
  attackNames?: AttackNames;
  /** Picks the data table a rule's query reads; defaults to the KQL converter's choice. */
  chooseTable?: TableChooser;
}

export interface SkippedRule {
  path: string;
  line: number;
  reason: string;
}

export interface ImportSummary {
  origin: string;
  /** Rule files found in the source. */
  found: number;
  /** Content file paths (the .md) per outcome. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Content files newly marked `upstream: removed` in this run. */
  removed: string[];
  /** Content files that were already marked removed and are still absent upstream. */
  stillRemoved: string[];
  skipped: SkippedRule[];
  dryRun: boolean;
  /** Wall time of the import in milliseconds. */
  ms: number;
}
