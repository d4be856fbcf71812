// Not through lib/kusto's index: that also exports the worker pool, whose worker loader the site bundle cannot take.
import { checkKqlCached } from '../kusto/check-sync';
import { convertSigma, limitQueryLength, type ConversionResult } from '@/lib/sigma';
import type { FrontMatter } from './schema';

// The one place that decides what the KQL tab shows: the converter's queries for the rule's Sigma text, with a
// curated `kql` from the front matter in place of them, and then the language-service check of every query.
// A query that fails the check is never shown: the rule gets status error and the check's findings as reasons.

/** The KQL tab's data for one rule, before the check. Never throws: a converter fault becomes a reason. */
export function ruleKql(frontMatter: FrontMatter, sigmaText: string, path?: string): ConversionResult {
  if (frontMatter.kql) {
    const kql = frontMatter.kql.trimEnd();
    // Held to the converter's length bound, so that no query reaches the check (or a page) over it.
    return limitQueryLength({
      status: 'ok',
      queries: [{ variant: 'Curated', table: frontMatter.dataTable ?? tableOf(kql), kql, warnings: [] }],
      reasons: [],
    });
  }
  try {
    return convertSigma(sigmaText, path);
  } catch (error) {
    return {
      status: 'error',
      queries: [],
      reasons: [{ code: 'CONVERTER_FAULT', detail: `the converter failed on this rule: ${String(error)}` }],
    };
  }
}

/** The same result after the language-service check: any failing query turns it into status error. */
export function checkedKql(result: ConversionResult): ConversionResult {
  const reasons = result.queries.flatMap((q) =>
    checkKqlCached(q.kql).map((d) => ({
      code: 'KQL_CHECK_FAILED',
      detail: `the ${q.variant} query failed the Kusto language-service check (${d.code} ${d.message}), so it is not shown`,
    })),
  );
  return reasons.length ? { status: 'error', queries: [], reasons } : result;
}

/** The table a query reads: its first token. */
function tableOf(kql: string): string {
  return /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(kql)?.[1] ?? '';
}
