import { buildArmTemplate, serializeArmTemplate } from './arm-template';
import { exportQuery, buildSentinelRule, type ConversionLike } from './sentinel-rule';
import { sentinelYaml } from './sentinel-yaml';
import type { ExportOptions, ExportProblem, ExportableRule, SentinelRule } from './types';

/** Everything a rule page offers for download, all cut from one query object so the texts cannot drift. */
export interface RuleDownloads {
  /** The .kql file: the query text exactly as the KQL tab shows it (absent when there is no query). */
  kql?: string;
  /** Absent when the rule cannot become an analytics rule; `errors` says why. */
  rule?: SentinelRule;
  armJson?: string;
  yaml?: string;
  errors: ExportProblem[];
  warnings: ExportProblem[];
}

export function ruleDownloads(
  rule: ExportableRule,
  conversion: ConversionLike,
  options: ExportOptions = {},
): RuleDownloads {
  const query = exportQuery(conversion);
  const result = buildSentinelRule(rule, query, options);
  const downloads: RuleDownloads = { errors: [...result.errors], warnings: [...result.warnings] };
  if (query && query.kql.trim()) downloads.kql = query.kql;
  if (!result.value) return downloads;
  const template = buildArmTemplate([result.value]);
  downloads.errors.push(...template.errors);
  if (!template.value) return downloads;
  downloads.rule = result.value;
  downloads.armJson = serializeArmTemplate(template.value);
  downloads.yaml = sentinelYaml(
    result.value,
    `${rule.title}\nSigma rule ${result.value.id}, converted to KQL by SOC Feed. Original: ${rule.source.url}`,
  );
  return downloads;
}

/** File names for the downloads: the slug keeps them readable and unique. */
export function downloadFileNames(slug: string): { kql: string; armJson: string; yaml: string } {
  return { kql: `${slug}.kql`, armJson: `${slug}.sentinel-rule.json`, yaml: `${slug}.sentinel-rule.yaml` };
}
