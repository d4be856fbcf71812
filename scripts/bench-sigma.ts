// Sigma engine benchmark: parse + lower every rule of the shared SigmaHQ corpus, 5 runs, median printed.
// Files are read once before timing; only the engine is measured. Target: under 3 s for the whole corpus.
// Run: npx tsx scripts/bench-sigma.ts [rules-dir]. Prints figures; asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lowerRule, parseSigma } from '../lib/sigma';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_RULES_DIR = resolve(ROOT, '../shared/sigma/rules');

export interface SigmaBenchFigures {
  files: number;
  bytes: number;
  runs: number;
  /** Median wall time of one pass over the corpus, in milliseconds. */
  parseMs: number;
  parseAndLowerMs: number;
  /** Median CPU time (user + system) of the parse + lower pass: steadier than wall time on a shared machine. */
  parseAndLowerCpuMs: number;
  /** Slowest single file in the median parse+lower run, for spotting outliers. */
  slowest: { path: string; ms: number };
  errors: number;
}

function yamlFiles(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, into);
    else if (/\.ya?ml$/i.test(name)) into.push(path);
  }
  return into;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Times the engine over a rules folder; returns undefined when the folder is absent. */
export function benchSigma(rulesDir = DEFAULT_RULES_DIR, runs = 5): SigmaBenchFigures | undefined {
  try {
    statSync(rulesDir);
  } catch {
    return undefined;
  }
  const files = yamlFiles(rulesDir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const parseTimes: number[] = [];
  const fullTimes: number[] = [];
  const cpuTimes: number[] = [];
  const slowestPerRun: { path: string; ms: number }[] = [];
  let errors = 0;
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    for (const f of files) parseSigma(f.text);
    parseTimes.push(performance.now() - t0);

    errors = 0;
    let slowest = { path: '', ms: 0 };
    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    for (const f of files) {
      const start = performance.now();
      const parsed = parseSigma(f.text);
      errors += parsed.errors.length;
      if (parsed.rule && parsed.errors.length === 0) errors += lowerRule(parsed.rule).errors.length;
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { path: f.path, ms };
    }
    fullTimes.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    slowestPerRun.push(slowest);
  }
  const mid = fullTimes.indexOf(median(fullTimes));
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.text.length, 0),
    runs,
    parseMs: median(parseTimes),
    parseAndLowerMs: median(fullTimes),
    parseAndLowerCpuMs: median(cpuTimes),
    slowest: slowestPerRun[mid] as { path: string; ms: number },
    errors,
  };
}

function main(): void {
  const dir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_RULES_DIR;
  const figures = benchSigma(dir);
  if (!figures) {
    console.log(`bench-sigma: ${dir} not found, skipped`);
    return;
  }
  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `Sigma engine over ${figures.files} files (${(figures.bytes / 1e6).toFixed(1)} MB), median of ${figures.runs} runs`,
  );
  console.log(`  parse          ${f(figures.parseMs)}`);
  console.log(`  parse + lower  ${f(figures.parseAndLowerMs)}   (target < 3 s)`);
  console.log(`  CPU time       ${f(figures.parseAndLowerCpuMs)}`);
  console.log(`  per rule       ${((figures.parseAndLowerMs / figures.files) * 1000).toFixed(0)} µs`);
  console.log(`  slowest file   ${figures.slowest.ms.toFixed(1)} ms  ${figures.slowest.path}`);
  console.log(`  errors         ${figures.errors}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
