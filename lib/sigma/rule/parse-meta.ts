// Sigma v2 meta rules, parsed and checked but not converted: a correlation (counts or sequences of other rules'
// matches) and a filter (a selection and condition added to other rules). Their summaries name what the
// converter would have to express, for the reason an analyst reads.
import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import type { SourceRange } from '../problem';
import type { ProblemSink } from './codes';
import type { Detection } from './model';
import { parseDetection } from './parse-detection';
import { rangeOf, resolve, stringList, stringValue } from './yaml-node';

export const CORRELATION_TYPES = [
  'event_count',
  'value_count',
  'temporal',
  'temporal_ordered',
  'value_sum',
  'value_avg',
  'value_percentile',
  'value_median',
] as const;

/** Correlation types that compare an aggregate with a `condition`; temporal ones need no condition. */
const NEEDS_CONDITION = new Set([
  'event_count',
  'value_count',
  'value_sum',
  'value_avg',
  'value_percentile',
  'value_median',
]);
const CONDITION_KEYS = new Set(['gt', 'gte', 'lt', 'lte', 'eq', 'neq', 'field']);
/** 30s, 5m, 1h, 7d (the specification's units; months and years are not fixed durations but are allowed). */
const TIMESPAN = /^\d+[smhdwMy]$/;

export interface MetaSummary {
  /** e.g. "event_count of failed_logon grouped by User within 5m". */
  summary: string;
}

function field(map: YAMLMap, key: string): { node: unknown; range: SourceRange } | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) return undefined;
  const keyRange = rangeOf(pair.key, { start: 0, end: 0 });
  return { node: pair.value, range: rangeOf(pair.value, keyRange) };
}

/** Checks a `correlation` section; returns its summary (undefined when it is not a mapping). */
export function checkCorrelation(
  node: unknown,
  at: SourceRange,
  doc: Document,
  sink: ProblemSink,
): MetaSummary | undefined {
  const map = resolve(node, doc);
  if (!isMap(map)) {
    sink.error('INVALID_CORRELATION', "'correlation' must be a mapping", rangeOf(map, at));
    return undefined;
  }
  const bad = (message: string, range: SourceRange) => sink.error('INVALID_CORRELATION', message, range);
  const type = field(map, 'type');
  const typeText = type && stringValue(type.node, doc);
  if (!type) bad("a correlation needs a 'type'", at);
  else if (!typeText || !(CORRELATION_TYPES as readonly string[]).includes(typeText))
    bad(`'type' must be one of ${CORRELATION_TYPES.join(', ')}`, type.range);

  const rules = field(map, 'rules');
  const ruleNames = rules && stringList(rules.node, doc);
  if (!rules) bad("a correlation needs 'rules' (the rules whose matches it correlates)", at);
  else if (!ruleNames?.length) bad("'rules' must name a rule or list rules", rules.range);

  const timespan = field(map, 'timespan');
  const span = timespan && stringValue(timespan.node, doc);
  if (!timespan) bad("a correlation needs a 'timespan'", at);
  else if (!span || !TIMESPAN.test(span))
    bad("'timespan' must be a number and a unit, e.g. 5m or 1h", timespan.range);

  const groupBy = field(map, 'group-by');
  const groups = groupBy && stringList(groupBy.node, doc);
  if (groupBy && !groups) bad("'group-by' must be a field or a list of fields", groupBy.range);

  const condition = field(map, 'condition');
  if (typeText && NEEDS_CONDITION.has(typeText)) {
    const cond = condition && resolve(condition.node, doc);
    if (!condition) bad(`a ${typeText} correlation needs a 'condition'`, at);
    else if (!isMap(cond) || cond.items.length === 0)
      bad("'condition' must be a mapping such as gte: 10", condition.range);
    else
      for (const pair of cond.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = resolve(pair.value, doc);
        const numeric = isScalar(value) && typeof value.value === 'number';
        const ok =
          CONDITION_KEYS.has(key) && (key === 'field' ? stringValue(value, doc) !== undefined : numeric);
        if (!ok)
          bad(
            `'condition' takes gt, gte, lt, lte, eq or neq with a number, and field`,
            rangeOf(pair.key, condition.range),
          );
      }
  }
  const parts = [
    typeText ?? 'correlation',
    ruleNames?.length ? `of ${ruleNames.join(', ')}` : '',
    groups?.length ? `grouped by ${groups.join(', ')}` : '',
    span ? `within ${span}` : '',
  ];
  return { summary: parts.filter(Boolean).join(' ') };
}

/** Checks a `filter` section: the rules it applies to, and its selection and condition as a detection. */
export function checkFilter(
  map: YAMLMap,
  at: SourceRange,
  doc: Document,
  text: string,
  sink: ProblemSink,
): { detection: Detection; summary: string } {
  const rules = field(map, 'rules');
  const ruleNames = rules && stringList(rules.node, doc);
  if (!rules) sink.error('INVALID_FILTER', "a filter needs 'rules' (the rules it applies to)", at);
  else if (!ruleNames?.length)
    sink.error('INVALID_FILTER', "'rules' must name a rule or list rules", rules.range);
  const detection = parseDetection(map, at, doc, text, sink, true, ['rules']);
  const count = ruleNames?.length ?? 0;
  return { detection, summary: `a filter for ${count} rule${count === 1 ? '' : 's'}` };
}
