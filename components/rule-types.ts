// The shapes rule components receive. Components never read content files; pages pass the loader's rules in,
// and TypeScript checks they fit these shapes.
import type { Level } from './ui/SeverityBadge';

export interface Reason {
  code: string;
  detail: string;
}

export interface RuleSummary {
  id: string;
  slug: string;
  title: string;
  description: string;
  level: Level;
  date: string;
  modified?: string;
  dataTable?: string;
  attack: { techniques: string[]; tactics: string[] };
}

export interface RuleDetail extends RuleSummary {
  format: string;
  status: string;
  author: string;
  license: string;
  source: { name: string; url: string; path?: string };
  retrieved: string;
  confidence: string;
  enrichment: 'ai' | 'generated' | 'curated';
  logsource: { category?: string; product?: string; service?: string; definition?: string };
  tags: string[];
  references: string[];
  falsepositives: string[];
  related: { id: string; type: string }[];
  upstream?: 'present' | 'removed';
}

/** One KQL variant ready to show: highlighted HTML and where to download it. */
export interface KqlView {
  variant: string;
  table: string;
  html: string;
  warnings: Reason[];
  download: { href: string; fileName: string };
}

export interface DetectionView {
  sigmaHtml: string;
  sigmaDownload: { href: string; fileName: string };
  status: 'ok' | 'unsupported' | 'error';
  queries: KqlView[];
  reasons: Reason[];
}
