// The SigmaHQ corpus (../shared/sigma/rules, read in place, skipped when absent): at least 2,500 rules give a
// query, not one query fails the Kusto language service, and none comes near the length bound.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQueries } from '@/lib/kusto';
import { convertToKql, lowerRule, MAX_KQL_LENGTH, parseSigma, type ConversionResult } from '@/lib/sigma';
import { listRuleFiles } from '@/scripts/convert';

const dir = path.resolve('../shared/sigma/rules');

describe.skipIf(!existsSync(dir))('SigmaHQ corpus', () => {
  const results = new Map<string, ConversionResult>();
  for (const file of listRuleFiles([dir])) {
    const parsed = parseSigma(readFileSync(file, 'utf8'), { path: file });
    const lowered = parsed.rule && lowerRule(parsed.rule);
    if (lowered?.value) results.set(file, convertToKql(lowered.value));
  }
  const ok = [...results.values()].filter((r) => r.status === 'ok');

  it('converts at least 2,500 rules', () => expect(ok.length).toBeGreaterThanOrEqual(2500));

  // The length bound must stay well above what real rules give: none refused for it, the longest under half of it.
  it('refuses no rule for its length; the longest query is under half of MAX_KQL_LENGTH', () => {
    const refused = [...results].filter(([, r]) => r.reasons.some((x) => x.code === 'QUERY_TOO_LONG'));
    expect(refused.map(([file]) => file)).toEqual([]);
    const longest = Math.max(...ok.flatMap((r) => r.queries.map((q) => q.kql.length)));
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThan(MAX_KQL_LENGTH / 2);
  });

  it('never emits a query without a reason when it refuses', () => {
    for (const r of results.values()) if (r.status !== 'ok') expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('passes the language-service check for every query', async () => {
    const queries = ok.flatMap((r) => r.queries.map((q) => q.kql));
    const diagnostics = await checkQueries(queries);
    const failed = [...diagnostics]
      .filter(([, d]) => d.length > 0)
      .map(([q, d]) => `${d[0]?.code} ${d[0]?.message}\n${q.slice(0, 300)}`);
    expect(failed).toEqual([]);
  }, 600_000);
});
