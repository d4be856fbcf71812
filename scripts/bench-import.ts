// Import benchmark: the whole ../shared/sigma/rules corpus into a fresh temporary folder, several times, and a
// re-import over the result (every rule unchanged). Prints the median wall time of each; target: import < 20 s.
// Usage: tsx scripts/bench-import.ts [--runs 3] [--rules <dir>]
// The combined bench (scripts/bench.ts) can call benchImport(rulesDir, runs) for the same figures as data.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runImport } from '@/lib/importer';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ImportBench {
  rules: number;
  skipped: number;
  runs: number;
  /** Fresh import into an empty folder. */
  importMedianMs: number;
  importMinMs: number;
  /** Re-import over the previous result: nothing written. */
  reimportMedianMs: number;
  peakRssBytes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function benchImport(
  rulesDir = path.join(ROOT, '..', 'shared', 'sigma', 'rules'),
  runs = 3,
): Promise<ImportBench> {
  const fresh: number[] = [];
  const again: number[] = [];
  let rules = 0;
  let skipped = 0;
  let peak = process.memoryUsage().rss;
  for (let run = 0; run < runs; run++) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'socfeed-bench-import-'));
    try {
      let started = performance.now();
      const first = await runImport({ source: rulesDir, out });
      fresh.push(performance.now() - started);
      peak = Math.max(peak, process.memoryUsage().rss);
      rules = first.added.length;
      skipped = first.skipped.length;
      started = performance.now();
      const second = await runImport({ source: rulesDir, out });
      again.push(performance.now() - started);
      peak = Math.max(peak, process.memoryUsage().rss);
      if (second.unchanged.length !== rules)
        throw new Error(`re-import changed ${rules - second.unchanged.length} rules`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return {
    rules,
    skipped,
    runs,
    importMedianMs: Math.round(median(fresh)),
    importMinMs: Math.round(Math.min(...fresh)),
    reimportMedianMs: Math.round(median(again)),
    peakRssBytes: peak,
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const rulesDir = path.resolve(value('--rules') ?? path.join(ROOT, '..', 'shared', 'sigma', 'rules'));
  const runs = Number(value('--runs') ?? 3);
  if (!existsSync(rulesDir)) {
    console.log(`bench-import: ${rulesDir} not found; nothing to measure`);
    return 0;
  }
  const r = await benchImport(rulesDir, runs);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `import of ${r.rules} rules (${r.skipped} skipped), ${r.runs} runs, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`  fresh import   median ${s(r.importMedianMs)}  (min ${s(r.importMinMs)})  target < 20 s`);
  console.log(`  re-import      median ${s(r.reimportMedianMs)}  (every rule unchanged)`);
  console.log(`  peak RSS       ${(r.peakRssBytes / 1048576).toFixed(0)} MiB`);
  console.log(JSON.stringify({ import: r }));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
