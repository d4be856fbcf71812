import type { Rule } from './types';

// The files a rule offers for download, served at /rules/<slug>/<file>. Copy buttons fetch the same files,
// so what is copied is exactly what is downloaded.

export interface RuleDownload {
  /** File name in the URL: /rules/<slug>/<file>. */
  file: string;
  /** Name the browser saves it under. */
  saveAs: string;
  text: string;
  /** For a KQL file: index into rule.conversion.queries. */
  queryIndex?: number;
}

function variantSuffix(variant: string): string {
  return variant
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every downloadable file of a rule: the Sigma original, then one .kql per query variant. */
export function ruleDownloads(rule: Rule): RuleDownload[] {
  const sigmaName = rule.source.path?.split('/').pop() || `${rule.slug}.yml`;
  const files: RuleDownload[] = [{ file: `${rule.slug}.yml`, saveAs: sigmaName, text: rule.sigma }];
  if (rule.conversion.status === 'ok') {
    rule.conversion.queries.forEach((query, index) => {
      const name =
        index === 0 ? `${rule.slug}.kql` : `${rule.slug}.${variantSuffix(query.variant) || index}.kql`;
      files.push({ file: name, saveAs: name, text: query.kql, queryIndex: index });
    });
  }
  return files;
}
