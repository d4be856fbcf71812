// Checks conversion results as the build and the importer use them: every query through the language service;
// a result with a failing query becomes status error (a converter bug, or a curated query that is wrong).
import type { ConversionResult } from '../sigma';
import { checkQueries, type CheckOptions } from './check-queries';

export async function checkResults(
  results: ConversionResult[],
  options: CheckOptions = {},
): Promise<ConversionResult[]> {
  const diagnostics = await checkQueries(
    results.flatMap((r) => r.queries.map((q) => q.kql)),
    options,
  );
  return results.map((r) => {
    const failures = r.queries.flatMap((q) =>
      (diagnostics.get(q.kql) ?? []).map((d) => ({
        code: 'KQL_CHECK_FAILED',
        detail: `${q.variant} query: ${d.code} ${d.message} (offset ${d.start})`,
      })),
    );
    return failures.length ? { status: 'error', queries: [], reasons: failures } : r;
  });
}
