// Lighthouse (12.2.3, pinned: newer needs Node 22) with the system Chromium against the served export: a rule page,
// the feed and the coverage page, mobile and desktop; prints the four category scores (median of --runs).
// Usage: tsx scripts/lighthouse.ts [dir=out] [--runs 3] [--rule <slug>] [--url http://host/base] [--json] [--assert]
//        [--metrics] [--only feed,rule,coverage]
//   --url    measure a server that is already running instead of serving <dir> in-process
//   --assert exit 1 when a score is under its budget (mobile perf 90, desktop perf 98, the rest 100)
//   --metrics print each run's performance metrics (FCP, LCP, TBT, CLS, SI) and what costs the most
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serveExport } from './export-server';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type FormFactor = 'mobile' | 'desktop';

export const BUDGETS: Record<FormFactor, Record<Category, number>> = {
  mobile: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 },
  desktop: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
};

export interface LighthouseRow {
  page: string;
  path: string;
  formFactor: FormFactor;
  scores: Record<Category, number>;
  /** Audits that cost points outside performance, so a failing score says why. */
  failing: string[];
  /** Performance metrics of the median run (ms; CLS unitless). */
  metrics: Record<string, number>;
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function pickRulePage(dir: string, slug?: string): string {
  if (slug) return `/rules/${slug}/`;
  const slugs = readdirSync(path.join(dir, 'rules')).sort();
  const preferred = slugs.find((s) => s.startsWith('communication-to-localtonet')) ?? slugs[0];
  if (!preferred) throw new Error(`no rule pages in ${dir}/rules`);
  return `/rules/${preferred}/`;
}

export async function runLighthouse(options: {
  baseUrl: string;
  pages: { name: string; path: string }[];
  runs: number;
  log?: (line: string) => void;
  /** also log per run: the metrics and the audits that cost performance points */
  details?: boolean;
}): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  // chrome-launcher starts Chromium in a process group of its own: an interrupted run must still end it.
  const stop = () => {
    chrome.kill();
    process.exit(130);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const rows: LighthouseRow[] = [];
  try {
    for (const page of options.pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const perRun: Record<Category, number[]> = {
          performance: [],
          accessibility: [],
          'best-practices': [],
          seo: [],
        };
        const failing = new Set<string>();
        const metricRuns: Record<string, number>[] = [];
        for (let run = 0; run < options.runs; run++) {
          const url = `${options.baseUrl}${page.path}`;
          const result = await lighthouse(
            url,
            { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
          const { lhr } = result;
          if (lhr.runtimeError)
            throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          for (const category of CATEGORIES) {
            const cat = lhr.categories[category];
            perRun[category].push(Math.round((cat?.score ?? 0) * 100));
            if (category === 'performance') continue;
            for (const ref of cat?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
                failing.add(`${category}:${ref.id}`);
            }
          }
          const metrics = Object.fromEntries(
            Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]),
          );
          metricRuns.push(metrics);
          options.log?.(
            `${page.name} ${formFactor} run ${run + 1}: ${CATEGORIES.map((c) => perRun[c].at(-1)).join(' / ')}`,
          );
          if (options.details) {
            options.log?.(
              `  ${Object.entries(metrics)
                .map(([k, v]) => `${k} ${k === 'CLS' ? v.toFixed(3) : Math.round(v)}`)
                .join(', ')}`,
            );
            for (const audit of Object.values(lhr.audits)) {
              const details = audit.details as { type?: string; overallSavingsMs?: number } | undefined;
              const cost = details?.overallSavingsMs ?? 0;
              if (
                audit.score !== null &&
                audit.score < 0.9 &&
                (cost > 0 || audit.scoreDisplayMode === 'numeric')
              )
                options.log?.(
                  `  ${audit.id}: ${audit.displayValue ?? ''}${cost ? ` (saves ~${Math.round(cost)} ms)` : ''}`,
                );
            }
          }
        }
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun[c])])) as Record<
          Category,
          number
        >;
        const byPerf = perRun.performance.map((score, i) => ({ score, i })).sort((a, b) => a.score - b.score);
        const metrics = metricRuns[byPerf[Math.floor(byPerf.length / 2)]!.i]!;
        rows.push({ page: page.name, path: page.path, formFactor, scores, failing: [...failing], metrics });
      }
    }
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    chrome.kill();
  }
  return rows;
}

export function underBudget(row: LighthouseRow): string[] {
  return CATEGORIES.filter((c) => row.scores[c] < BUDGETS[row.formFactor][c]).map(
    (c) => `${row.page} ${row.formFactor} ${c} ${row.scores[c]} < ${BUDGETS[row.formFactor][c]}`,
  );
}

export function formatTable(rows: LighthouseRow[]): string {
  const header = ['page', 'form', 'perf', 'a11y', 'best-pr', 'seo', 'FCP', 'LCP', 'TBT', 'CLS'];
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : `${Math.round(v)}`);
  const lines = rows.map((r) => [
    r.page,
    r.formFactor,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    ms(r.metrics.FCP),
    ms(r.metrics.LCP),
    ms(r.metrics.TBT),
    r.metrics.CLS === undefined ? '-' : r.metrics.CLS.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [fmt(header), ...lines.map(fmt)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let dir = 'out';
  let runs = 1;
  let rule: string | undefined;
  let url: string | undefined;
  let json = false;
  let assert = false;
  let details = false;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--rule') rule = argv[++i];
    else if (arg === '--url') url = argv[++i]?.replace(/\/+$/, '');
    else if (arg === '--json') json = true;
    else if (arg === '--assert') assert = true;
    else if (arg === '--metrics') details = true;
    else if (arg === '--only') only = (argv[++i] ?? '').split(',');
    else dir = arg;
  }
  const pages = [
    { name: 'rule', path: pickRulePage(dir, rule) },
    { name: 'feed', path: '/' },
    { name: 'coverage', path: '/coverage/' },
  ].filter((p) => !only || only.includes(p.name));
  const server = url ? null : await serveExport(dir, { basePath: process.env.BASE_PATH ?? '' });
  try {
    const rows = await runLighthouse({
      baseUrl: url ?? server!.url,
      pages,
      runs,
      log: (l) => console.error(l),
      details,
    });
    console.log(formatTable(rows));
    for (const row of rows)
      if (row.failing.length)
        console.log(`${row.page} ${row.formFactor} loses points on: ${row.failing.join(', ')}`);
    if (json) console.log(JSON.stringify({ lighthouse: rows.map(({ failing: _f, ...r }) => r) }));
    const misses = rows.flatMap(underBudget);
    for (const miss of misses) console.log(`over budget: ${miss}`);
    return assert && misses.length > 0 ? 1 : 0;
  } finally {
    await server?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
