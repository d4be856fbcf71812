import type { ConversionResult } from '@/lib/sigma';

export type Level = 'informational' | 'low' | 'medium' | 'high' | 'critical';
export type RuleStatus = 'stable' | 'test' | 'experimental' | 'deprecated' | 'unsupported';
export type Confidence = 'low' | 'medium' | 'high';
export type Enrichment = 'ai' | 'generated' | 'curated';
export type SectionKey = 'hunt-hypothesis' | 'false-positive-guidance' | 'mitre-attack-context';

/** Codes for everything that can be wrong with a content file. Tests assert these, not message text. */
export type ContentProblemCode =
  | 'NO_FRONT_MATTER'
  | 'YAML_SYNTAX'
  | 'SCHEMA'
  | 'SLUG_MISMATCH'
  | 'MISSING_SIGMA'
  | 'ORPHAN_SIGMA'
  | 'SIGMA_YAML'
  | 'ID_MISMATCH'
  | 'UNKNOWN_SECTION'
  | 'DUPLICATE_SECTION'
  | 'TEXT_OUTSIDE_SECTION'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_SLUG'
  | 'READ_FAILED';

/** One problem in one content file. `field` is a dotted front matter path, or a word like `body` or `file`. */
export interface ContentProblem {
  code: ContentProblemCode;
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface RuleSource {
  name: string;
  url: string;
  path?: string;
}

export interface RuleLogsource {
  category?: string;
  product?: string;
  service?: string;
  definition?: string;
}

export interface RelatedRule {
  id: string;
  type: string;
}

/** One body section: its markdown and the HTML rendered from it (safe to inject). */
export interface RuleSection {
  key: SectionKey;
  title: string;
  markdown: string;
  html: string;
}

/** A validated rule with everything a page needs. Built only by the loader. */
export interface Rule {
  id: string;
  slug: string;
  title: string;
  format: 'sigma';
  level: Level;
  status: RuleStatus;
  description: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  modified?: string;
  license: string;
  source: RuleSource;
  retrieved: string;
  confidence: Confidence;
  enrichment: Enrichment;
  curated: SectionKey[];
  attack: { techniques: string[]; tactics: string[] };
  tags: string[];
  logsource: RuleLogsource;
  dataTable?: string;
  /** Curated KQL from the front matter, when the file has one. */
  curatedKql?: string;
  references: string[];
  falsepositives: string[];
  related: RelatedRule[];
  upstream?: 'present' | 'removed';
  sections: RuleSection[];
  /** The Sigma rule text exactly as in the .yml file. */
  sigma: string;
  /** What the page shows on the KQL tab. */
  conversion: ConversionResult;
  files: { markdown: string; sigma: string };
  /** Lines of `id` and `slug` in the markdown file, for cross-file errors. */
  lines: { id: number; slug: number };
}
