// The one benchmark: on the full ../shared/sigma/rules corpus, measures the engine, the importer, the static build
// and what the built pages cost, prints a table with the budgets, then one JSON line with every figure.
// Usage: tsx scripts/bench.ts [--runs 5] [--build-runs 1] [--rules <dir>] [--content <dir>] [--skip-build [--site dir]]
//                              [--no-search] [--no-engine]
//   --content     build from this already imported content folder (e.g. /work/corpus-content) instead of importing
//   --skip-build  measure the export already built (out/, or --site <dir>) instead of importing and building
// It builds in place (like `npm run build`), so out/ holds the full-corpus export afterwards.
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { heavyJobRunning, timeCommand, type TimedRun } from './bench-build';
import { exportBreakdown, exportSize, pageWeight, runtimeFiles, type PageWeight } from './bench-page-weight';
import { pickRulePage } from './lighthouse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const MB = 1024 * 1024;

interface Options {
  runs: number;
  buildRuns: number;
  rulesDir: string;
  skipBuild: boolean;
  search: boolean;
  engine: boolean;
  /** An imported content folder to build from; the import step is skipped. */
  content?: string;
  /** The export to measure. */
  site: string;
}

type Figures = Record<string, unknown>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Another engineer's bench module, when it has landed: its first exported function whose name starts with bench. */
async function benchModule(name: string): Promise<((...args: unknown[]) => unknown) | null> {
  const file = path.join(ROOT, 'scripts', `${name}.ts`);
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = Object.entries(mod).find(([key, value]) => /^bench/.test(key) && typeof value === 'function');
  return fn ? (fn[1] as (...args: unknown[]) => unknown) : null;
}

async function engineFigures(options: Options, figures: Figures, log: (l: string) => void): Promise<void> {
  const sigma = await benchModule('bench-sigma');
  if (sigma) {
    log('sigma: parsing the corpus');
    figures.sigma = await sigma(options.rulesDir, options.runs);
  }
  const kql = await benchModule('bench-kql');
  if (kql) {
    log('kql: converting the corpus, with and without the query check');
    figures.kql = await kql({ rulesDir: options.rulesDir, runs: options.runs });
  }
}

async function importAndBuild(options: Options, figures: Figures, log: (l: string) => void): Promise<void> {
  if (options.content) return build(options.content, options, figures, log);
  const contentDir = mkdtempSync(path.join(os.tmpdir(), 'socfeed-bench-content-'));
  try {
    log(`import: ${options.rulesDir} → ${contentDir}`);
    const imported = await timeCommand(
      'npm',
      ['run', '--silent', 'import', '--', options.rulesDir, '--out', contentDir],
      {
        cwd: ROOT,
      },
    );
    if (imported.code !== 0) throw new Error(`import failed:\n${imported.tail}`);
    const contentFiles = readdirSync(contentDir).filter((f) => f.endsWith('.md')).length;
    figures.import = {
      wallMs: Math.round(imported.wallMs),
      peakRssBytes: imported.peakRssBytes,
      contentFiles,
    };
    await build(contentDir, options, figures, log);
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}

async function build(contentDir: string, options: Options, figures: Figures, log: (l: string) => void) {
  const builds: TimedRun[] = [];
  for (let run = 0; run < options.buildRuns; run++) {
    const other = heavyJobRunning();
    if (other) log(`warning: another heavy job is running, figures will be slower: ${other.slice(0, 100)}`);
    log(`build ${run + 1}/${options.buildRuns}: CONTENT_DIR=${contentDir} npm run build`);
    rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
    // The build's own output goes to stderr too: its step timings (KQL check, compile, page generation,
    // post-build) say where the wall time went.
    const build = await timeCommand('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { CONTENT_DIR: contentDir },
      echo: true,
    });
    if (build.code !== 0) throw new Error(`build failed:\n${build.tail}`);
    builds.push(build);
  }
  figures.build = {
    runs: builds.length,
    wallMs: Math.round(median(builds.map((b) => b.wallMs))),
    wallMsEach: builds.map((b) => Math.round(b.wallMs)),
    peakRssBytes: Math.max(...builds.map((b) => b.peakRssBytes ?? 0)) || null,
  };
}

function exportFigures(out: string, figures: Figures): PageWeight[] {
  const size = exportSize(out);
  const rulePages = existsSync(path.join(out, 'rules')) ? readdirSync(path.join(out, 'rules')).length : 0;
  figures.export = { ...size, rulePages, parts: exportBreakdown(out) };
  const runtime = runtimeFiles(ROOT);
  const basePath = process.env.BASE_PATH ?? '';
  const pages = [
    { name: 'rule', path: pickRulePage(out) },
    { name: 'feed', path: '/' },
    { name: 'coverage', path: '/coverage/' },
  ].map((page) => pageWeight(out, page, { basePath, runtime }));
  figures.pages = pages;
  return pages;
}

async function searchFigures(out: string, figures: Figures, log: (l: string) => void): Promise<void> {
  const search = await benchModule('bench-search');
  if (!search) return;
  log('search: index size and latency in Chromium');
  figures.search = await search({ siteDir: out });
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(figures: Figures, pages: PageWeight[]): string {
  const rows: [string, string, string, string][] = [];
  const row = (name: string, value: string, budget = '', ok?: boolean) =>
    rows.push([name, value, budget, ok === undefined ? '' : ok ? 'ok' : 'OVER']);
  const sigma = figures.sigma as { files: number; parseMs: number; parseAndLowerMs: number } | undefined;
  if (sigma) {
    row('sigma parse', `${Math.round(sigma.files / (sigma.parseMs / 1000))} rules/s (${sec(sigma.parseMs)})`);
    row('sigma parse+lower', `${Math.round(sigma.files / (sigma.parseAndLowerMs / 1000))} rules/s`);
  }
  for (const [key, value] of Object.entries((figures.kql as Record<string, unknown>) ?? {})) {
    if (typeof value === 'number') row(`kql ${key}`, String(Math.round(value * 10) / 10));
  }
  const imported = figures.import as { wallMs: number; contentFiles: number } | undefined;
  if (imported)
    row(
      'import',
      `${sec(imported.wallMs)} (${imported.contentFiles} rules)`,
      '< 20 s',
      imported.wallMs < 20_000,
    );
  const build = figures.build as { wallMs: number; peakRssBytes: number | null } | undefined;
  if (build) {
    row('build wall', sec(build.wallMs), '< 120 s', build.wallMs < 120_000);
    if (build.peakRssBytes)
      row('build peak RSS', mb(build.peakRssBytes), '< 2048 MB', build.peakRssBytes < 2 * 1024 * MB);
  }
  const exp = figures.export as { bytes: number; files: number; rulePages: number };
  row(
    'export size',
    `${mb(exp.bytes)} (${exp.files} files, ${exp.rulePages} rule pages)`,
    '< 120 MB',
    exp.bytes < 120 * MB,
  );
  for (const [part, bytes] of Object.entries((exp as { parts?: Record<string, number> }).parts ?? {}).sort(
    (a, b) => b[1] - a[1],
  ))
    row(`  export: ${part}`, mb(bytes));
  for (const p of pages) {
    const isRule = p.name === 'rule';
    row(
      `${p.name} HTML gz/br`,
      `${kb(p.html.gzip)} / ${kb(p.html.brotli)}`,
      isRule ? '< 25 KB' : '',
      isRule ? p.html.gzip < 25 * KB : undefined,
    );
    row(
      `${p.name} JS all gz/br`,
      `${kb(p.js.gzip)} / ${kb(p.js.brotli)} (${p.scripts} files)`,
      '< 140 KB',
      p.js.gzip < 140 * KB,
    );
    row(
      `${p.name} JS own gz/br`,
      `${kb(p.ownJs.gzip)} / ${kb(p.ownJs.brotli)}`,
      isRule ? '< 15 KB' : '',
      isRule ? p.ownJs.gzip < 15 * KB : undefined,
    );
    row(`${p.name} CSS gz/br`, `${kb(p.css.gzip)} / ${kb(p.css.brotli)}`);
  }
  const search = figures.search as
    { minisearch?: { gzipBytes: number }; browser?: Record<string, number> } | undefined;
  if (search?.minisearch)
    row(
      'search index gz',
      kb(search.minisearch.gzipBytes),
      '< 400 KB',
      search.minisearch.gzipBytes < 400 * KB,
    );
  for (const [key, value] of Object.entries(search?.browser ?? {}))
    row(`search ${key}`, `${value.toFixed(1)} ms`);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), 6));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    buildRuns: 1,
    rulesDir: path.resolve(ROOT, '../shared/sigma/rules'),
    skipBuild: false,
    search: true,
    engine: true,
    site: path.join(ROOT, 'out'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--build-runs') options.buildRuns = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--rules') options.rulesDir = path.resolve(argv[++i] ?? '');
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--content') options.content = path.resolve(argv[++i] ?? '');
    else if (arg === '--no-search') options.search = false;
    else if (arg === '--no-engine') options.engine = false;
    else if (arg === '--site') options.site = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`bench: ${line}`);
  const figures: Figures = { cpus: os.cpus().length, node: process.version, runs: options.runs };
  if (!existsSync(options.rulesDir)) {
    log(`${options.rulesDir} not found: corpus figures skipped`);
  } else {
    if (options.engine) await engineFigures(options, figures, log);
    if (!options.skipBuild) await importAndBuild(options, figures, log);
  }
  const pages = exportFigures(options.site, figures);
  if (options.search) await searchFigures(options.site, figures, log);
  console.log(table(figures, pages));
  console.log(JSON.stringify(figures));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
