import { getTechnique } from '@/lib/attack';
import { ruleDownloads, type ConversionLike, type ExportableRule, type RuleDownloads } from '@/lib/export';
import { absoluteUrl, rulePath, withBase } from '../site';

// One place that decides how a rule page's Sentinel files are built, so the page's buttons and the static files
// they link to (rules/<slug>/sentinel-rule.*, written by scripts/rule-files.ts) come from the same call with the
// same options.

export type ExportSource = ExportableRule & { slug: string; conversion: ConversionLike };

// A build renders each rule's page and two files from it: build the downloads once per rule object.
const cache = new WeakMap<ExportSource, RuleDownloads>();

export function sentinelDownloadsFor(rule: ExportSource): RuleDownloads {
  const cached = cache.get(rule);
  if (cached) return cached;
  // Link back to the rule page only when the deployed origin is known; never bake localhost into a rule.
  const pageUrl = process.env.SITE_URL ? absoluteUrl(rulePath(rule.slug)) : undefined;
  // Tactics from the project's ATT&CK table, so each exported technique's tactics are on the rule.
  const tacticsOf = (id: string) => getTechnique(id)?.tactics ?? [];
  const downloads = ruleDownloads(rule, rule.conversion, { pageUrl, tacticsOf });
  cache.set(rule, downloads);
  return downloads;
}

export const SENTINEL_FILES = { armJson: 'sentinel-rule.json', yaml: 'sentinel-rule.yaml' } as const;

/** Where the static files live, with the base path, for <a href> and fetch(). */
export function sentinelHref(slug: string, kind: keyof typeof SENTINEL_FILES): string {
  return withBase(`${rulePath(slug)}${SENTINEL_FILES[kind]}`);
}
