// npm run convert -- <files or folders> [--json]
// Converts Sigma rules to KQL, checks every query with the Kusto language service, prints one result per rule
// and a summary by status, table and reason. A query that fails the check is a converter bug: status error,
// and the exit code is non-zero.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkResults } from '../lib/kusto';
import { convertSigma, type ConversionResult } from '../lib/sigma';

export interface RuleConversion {
  path: string;
  id?: string;
  title?: string;
  result: ConversionResult;
}

export function listRuleFiles(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else if (/\.ya?ml$/i.test(p)) out.push(p);
  };
  inputs.forEach(walk);
  return out;
}

/** Parse, lower and convert one rule file's text. Parse and lowering errors give status error. */
export function convertText(text: string, file: string): RuleConversion {
  // The id and title come from a cheap look at the text, so that the file is parsed once (by convertSigma).
  const id = /^id:\s*['"]?([^'"\s]+)/m.exec(text)?.[1];
  const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim();
  return { path: file, id, title, result: convertSigma(text, file) };
}

export function convertFiles(files: string[]): RuleConversion[] {
  return files.map((f) => convertText(readFileSync(f, 'utf8'), f));
}

/** Checks every query; a rule with a failing query turns into status error (a converter bug). */
export async function checkConversions(conversions: RuleConversion[]): Promise<number> {
  const checked = await checkResults(conversions.map((c) => c.result));
  let failed = 0;
  conversions.forEach((c, i) => {
    const r = checked[i] as ConversionResult;
    if (r !== c.result) {
      failed++;
      // Keep the failing queries in the report: they are what a developer needs to see.
      c.result = { ...r, queries: c.result.queries };
    }
  });
  return failed;
}

export function summarise(conversions: RuleConversion[]) {
  const count = (keys: string[]) =>
    Object.fromEntries(
      [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())].sort(
        (a, b) => b[1] - a[1],
      ),
    );
  return {
    total: conversions.length,
    status: count(conversions.map((c) => c.result.status)),
    table: count(conversions.flatMap((c) => c.result.queries.map((q) => `${q.variant}: ${q.table}`))),
    reason: count(conversions.flatMap((c) => [...new Set(c.result.reasons.map((r) => r.code))])),
    // Rules per reason (code and detail, quoted values and patterns elided so that like reasons group), top 40.
    reasonDetail: Object.fromEntries(
      Object.entries(
        count(
          conversions.flatMap((c) => [
            ...new Set(
              c.result.reasons.map((r) => `${r.code} ${r.detail.replace(/"[^"]*"|'[^']*'|\/.*\//g, '…')}`),
            ),
          ]),
        ),
      ).slice(0, 40),
    ),
    warning: count(
      conversions.flatMap((c) => [
        ...new Set(c.result.queries.flatMap((q) => q.warnings.map((w) => w.code))),
      ]),
    ),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const inputs = args.filter((a) => a !== '--json');
  if (!inputs.length) {
    console.error('usage: npm run convert -- <files or folders> [--json]');
    process.exit(2);
  }
  const conversions = convertFiles(listRuleFiles(inputs));
  const failed = await checkConversions(conversions);
  const summary = summarise(conversions);
  if (json) {
    const rows = conversions.map((c) => ({
      path: c.path,
      id: c.id,
      status: c.result.status,
      table: c.result.queries[0]?.table,
      kql: c.result.queries[0]?.kql,
      queries: c.result.queries,
      reasons: c.result.reasons,
      warnings: c.result.queries.flatMap((q) => q.warnings),
    }));
    console.log(JSON.stringify({ results: rows, summary }, null, 2));
  } else {
    for (const c of conversions) {
      console.log(`${c.result.status.toUpperCase().padEnd(11)} ${c.path}${c.id ? ` (${c.id})` : ''}`);
      for (const q of c.result.queries) console.log(`  [${q.variant}] ${q.kql.replaceAll('\n', '\n  ')}`);
      for (const r of c.result.reasons) console.log(`  ${r.code}: ${r.detail}`);
      for (const w of c.result.queries.flatMap((q) => q.warnings))
        console.log(`  warning ${w.code}: ${w.detail}`);
    }
    console.log('\nSummary');
    console.log(JSON.stringify(summary, null, 2));
  }
  if (failed) {
    console.error(`${failed} rule(s) produced KQL that fails the check: converter bug`);
    process.exitCode = 1;
  }
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) void main();
