// The longest query the catalog offers. A rule with thousands of values converts to a query of megabytes: the
// Kusto language-service check spends 33 to 42 s on one of 6 MB, the page would carry it twice (text and
// highlighted), and no analyst runs it. Such a rule is a limit of what the converter makes useful, like an
// unsupported modifier, so it is `unsupported` with the reason, never checked.
import { formatCount } from '../../format';
import type { ConversionReason, ConversionResult } from './types';

/**
 * Characters (UTF-16 code units, as `String.length` counts) a query may have. The longest query the SigmaHQ
 * corpus gives is 212,132 characters (driver_load_win_vuln_drivers.yml, a list of hashes), the next 45,445:
 * the bound is near five times the longest, so no corpus rule comes near it. What a check costs depends on
 * the query's shape: 0.3 s for that longest one, 8 s for a million characters of `contains … or` terms. Not
 * the Sentinel analytics-rule limit (10,000, lib/export/limits.ts): a query over that is still shown, to run in
 * Logs or as a hunting query, and only its export is refused.
 */
export const MAX_KQL_LENGTH = 1_000_000;

/** Why a query of this length is refused; undefined when it is within the bound. */
export function queryTooLong(variant: string, length: number): ConversionReason | undefined {
  if (length <= MAX_KQL_LENGTH) return undefined;
  return {
    code: 'QUERY_TOO_LONG',
    detail: `the ${variant} query is ${formatCount(length)} characters long, over the limit of ${formatCount(MAX_KQL_LENGTH)}; a query this long is neither checked nor shown`,
  };
}

/**
 * The result, or `unsupported` when any of its queries is over MAX_KQL_LENGTH. All or nothing: the variants
 * of a rule are near the same length, and the primary query stays first.
 */
export function limitQueryLength(result: ConversionResult): ConversionResult {
  const reasons = result.queries.flatMap((q) => queryTooLong(q.variant, q.kql.length) ?? []);
  return reasons.length ? { status: 'unsupported', queries: [], reasons } : result;
}
