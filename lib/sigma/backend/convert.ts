// IR rule → KQL queries: the primary table (first target that expresses the whole rule) and, where it also
// can, the Defender XDR variant. A rule no target can express is `unsupported`, with every reason.
import type { IrRule } from '../ir/types';
import { routeLogsource, type TableTarget } from '../pipeline';
import { kql } from './kql-config';
import { limitQueryLength } from './query-length';
import { render, renderFilter } from './render';
import { isReason } from './resolve-field';
import { Translator } from './translate';
import type { ConversionReason, ConversionResult, KqlQuery } from './types';

function queryFor(rule: IrRule, target: TableTarget): KqlQuery | ConversionReason[] {
  const t = new Translator(target);
  const expr = t.expr(rule.condition);
  if (!expr || t.reasons.length) return t.reasons;
  const lines = [kql.column(target.table)];
  if (target.filters.length) lines.push(`| where ${target.filters.map(renderFilter).join(kql.and)}`);
  for (const [name, e] of t.extends) lines.push(`| extend ${name} = ${e}`);
  lines.push(`| where ${render(expr)}`);
  return {
    variant: target.variant,
    table: target.table,
    kql: lines.join('\n'),
    warnings: [...(target.notes ?? []), ...t.warnings],
  };
}

/**
 * Never throws: an exception here is a converter bug (or an IR no parser made), and one rule must not stop a
 * build of thousands. It becomes status error with code INTERNAL_ERROR, which the tests assert never appears.
 */
export function convertToKql(rule: IrRule): ConversionResult {
  try {
    return limitQueryLength(convert(rule));
  } catch (e) {
    return internalError(e);
  }
}

export function internalError(e: unknown): ConversionResult {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    status: 'error',
    queries: [],
    reasons: [{ code: 'INTERNAL_ERROR', detail: `the converter failed on this rule (${message})` }],
  };
}

function convert(rule: IrRule): ConversionResult {
  const route = routeLogsource(rule.logsource);
  if (isReason(route)) return { status: 'unsupported', queries: [], reasons: [route] };
  const reasons: ConversionReason[] = [];
  let primary: KqlQuery | undefined;
  for (const target of route.primary) {
    const q = queryFor(rule, target);
    if (Array.isArray(q)) reasons.push(...q);
    else {
      primary = q;
      break;
    }
  }
  const defender = route.defender && queryFor(rule, route.defender);
  const queries = [primary, Array.isArray(defender) ? undefined : defender].filter((q): q is KqlQuery => !!q);
  if (queries.length === 0) {
    if (Array.isArray(defender)) reasons.push(...defender);
    return { status: 'unsupported', queries: [], reasons: dedupe(reasons) };
  }
  if (rule.timeframe !== undefined) {
    const note = {
      code: 'TIMEFRAME_IGNORED',
      detail: `timeframe ${rule.timeframe}: the query matches single events; the analytics rule's lookback decides the time window`,
    };
    for (const q of queries) q.warnings.push(note);
  }
  return { status: 'ok', queries, reasons: [] };
}

function dedupe(reasons: ConversionReason[]): ConversionReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const k = `${r.code}\u0000${r.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
