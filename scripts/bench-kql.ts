// Corpus benchmark for the KQL converter: conversion alone (parse + lower + convert), and conversion plus the
// Kusto language-service check of every query (cold: no cache, both cores; warm: from the cache).
// npx tsx scripts/bench-kql.ts [rulesDir] [--runs N] [--check-runs N]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkQueries } from '../lib/kusto';
import { convertToKql, lowerRule, parseSigma } from '../lib/sigma';
import { listRuleFiles } from './convert';

export interface KqlBenchFigures {
  rules: number;
  ok: number;
  queries: number;
  /** Medians in milliseconds. */
  convertMs: number;
  parseMs: number;
  backendMs: number;
  /** Conversion plus the check of every query, no cache, worker threads on every core. */
  checkColdMs: number;
  /** CPU time of that run, all threads: what it costs on an idle machine (the wall time depends on load). */
  checkColdCpuMs: number;
  /** Conversion plus the check answered from the cache (a rebuild with nothing changed). */
  checkWarmMs: number;
  failedChecks: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

function convertAll(texts: { file: string; text: string }[]) {
  let parseMs = 0;
  let backendMs = 0;
  const queries: string[] = [];
  let ok = 0;
  for (const { file, text } of texts) {
    const t0 = performance.now();
    const parsed = parseSigma(text, { path: file });
    const lowered = parsed.rule && !parsed.errors.length ? lowerRule(parsed.rule) : undefined;
    const t1 = performance.now();
    const result = lowered?.value ? convertToKql(lowered.value) : undefined;
    backendMs += performance.now() - t1;
    parseMs += t1 - t0;
    if (result?.status === 'ok') ok++;
    for (const q of result?.queries ?? []) queries.push(q.kql);
  }
  return { parseMs, backendMs, queries, ok };
}

export async function benchKql(rulesDir: string, runs = 5, checkRuns = 1): Promise<KqlBenchFigures> {
  const texts = listRuleFiles([rulesDir]).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const total: number[] = [];
  const parse: number[] = [];
  const backend: number[] = [];
  let last = convertAll(texts); // warm-up (JIT)
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = convertAll(texts);
    total.push(performance.now() - t);
    parse.push(last.parseMs);
    backend.push(last.backendMs);
  }
  const cold: number[] = [];
  const coldCpu: number[] = [];
  let failedChecks = 0;
  for (let i = 0; i < checkRuns; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const d = await checkQueries(convertAll(texts).queries, { cacheFile: false });
    cold.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    coldCpu.push((used.user + used.system) / 1000);
    failedChecks = [...d.values()].filter((x) => x.length > 0).length;
  }
  const cacheFile = path.resolve('.cache/kql-bench-check.json');
  await checkQueries(last.queries, { cacheFile });
  const warm: number[] = [];
  for (let i = 0; i < Math.max(1, checkRuns); i++) {
    const t = performance.now();
    await checkQueries(convertAll(texts).queries, { cacheFile });
    warm.push(performance.now() - t);
  }
  return {
    rules: texts.length,
    ok: last.ok,
    queries: last.queries.length,
    convertMs: median(total),
    parseMs: median(parse),
    backendMs: median(backend),
    checkColdMs: median(cold),
    checkColdCpuMs: median(coldCpu),
    checkWarmMs: median(warm),
    failedChecks,
  };
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const flag = (name: string, dflt: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const dir =
    args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
    path.resolve('../shared/sigma/rules');
  const f = await benchKql(dir, flag('--runs', 5), flag('--check-runs', 1));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`KQL corpus benchmark: ${f.rules} rules, ${f.ok} ok, ${f.queries} queries`);
  console.log(
    `  conversion alone (median):   ${s(f.convertMs)}  (parse+lower ${s(f.parseMs)}, backend ${s(f.backendMs)})  target < 3 s`,
  );
  console.log(
    `  conversion + check, cold:    ${s(f.checkColdMs)} wall, ${s(f.checkColdCpuMs)} CPU (all threads)  target < 45 s`,
  );
  console.log(`  conversion + check, cached:  ${s(f.checkWarmMs)}`);
  console.log(`  queries failing the check:   ${f.failedChecks}`);
}
