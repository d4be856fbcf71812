import { Document } from 'yaml';
import { toShortDuration } from './durations';
import type { SentinelRule } from './types';

// The analytics-rule YAML of the Azure-Sentinel repository (Detections/ and Solutions/*/Analytic Rules/):
// durations as 1h / 5m / 1d, trigger operator as gt / lt / eq / ne, sub-techniques listed in relevantTechniques.

const OPERATORS = { GreaterThan: 'gt', LessThan: 'lt', Equal: 'eq', NotEqual: 'ne' } as const;

/** Sub-techniques, plus the parent techniques that are not already implied by one of them. */
export function relevantTechniques(rule: Pick<SentinelRule, 'techniques' | 'subTechniques'>): string[] {
  const implied = new Set(rule.subTechniques.map((id) => id.slice(0, 5)));
  return [...rule.techniques.filter((id) => !implied.has(id)), ...rule.subTechniques];
}

export function sentinelYaml(rule: SentinelRule, header?: string): string {
  const doc = new Document({
    id: rule.id,
    name: rule.displayName,
    description: rule.description,
    severity: rule.severity,
    requiredDataConnectors: rule.requiredDataConnectors,
    queryFrequency: toShortDuration(rule.queryFrequency),
    queryPeriod: toShortDuration(rule.queryPeriod),
    triggerOperator: OPERATORS[rule.triggerOperator],
    triggerThreshold: rule.triggerThreshold,
    tactics: rule.tactics,
    relevantTechniques: relevantTechniques(rule),
    query: rule.query,
    ...(rule.entityMappings.length > 0 ? { entityMappings: rule.entityMappings } : {}),
    version: rule.version,
    kind: 'Scheduled',
  });
  if (header)
    doc.commentBefore = header
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  // lineWidth 0: never fold, so the query keeps its line breaks exactly; multi-line text as literal blocks.
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}
