// Search benchmark: the compact index + MiniSearch built in the browser against Pagefind, on the full SigmaHQ
// corpus, in Chromium. Prints figures; asserts nothing. Run: npx tsx scripts/bench-search.ts [--site out]
// Budgets (issue 6): index < 400 KB compressed, results < 50 ms after a keystroke, feed interactive < 1 s.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import YAML from 'yaml';
import { benchFeed } from './bench-search-feed';
import { buildSearchIndex, LEVELS, STATUSES, slugify } from '@/lib/search';
import { detectionValuesOf } from '@/lib/sigma';
import type { Level, SearchIndexFile, SearchSource, Status } from '@/lib/search';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
/** What an analyst types, one keystroke at a time. */
const QUERIES = ['certutil', 'localto.net', 'T1572', 'lsass', 'mimikatz', 'powershell download', 'T1059.001'];

export interface SearchBenchOptions {
  rulesDir?: string;
  attackFile?: string;
  /** a built static export (out/) to time the feed page; skipped when absent */
  siteDir?: string;
  chromium?: string;
}

export interface SearchBenchFigures {
  rules: number;
  /**
   * The shipped index file (same for the scan and MiniSearch engines; the key name is what scripts/bench.ts
   * reads) and, for comparison, MiniSearch's own serialized index.
   */
  minisearch: { rawBytes: number; gzipBytes: number; brotliBytes: number; serializedIndexGzipBytes: number };
  pagefind: { files: number; totalBytes: number; firstQueryBytes: number } | null;
  browser: Record<string, number>;
  /** results for each full query, per engine: a sanity check that the engines agree roughly */
  found: Record<string, Record<string, number>>;
}

interface EngineRun {
  figures: Record<string, number>;
  found: Record<string, number>;
}

// ---- corpus: SigmaHQ YAML straight from ../shared (the benchmark must not depend on an import run) ----

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : p.endsWith('.yml') ? [p] : [];
  });
}

const day = (v: unknown) => (v ? String(v).replaceAll('/', '-').slice(0, 10) : undefined);

function sourceOf(text: string): SearchSource {
  const rule = YAML.parseAllDocuments(text)[0]?.toJS() as Record<string, unknown>;
  const tags = ((rule.tags as string[] | undefined) ?? []).map(String);
  const attack = tags.filter((t) => t.startsWith('attack.')).map((t) => t.slice(7));
  const logsource = (rule.logsource ?? {}) as SearchSource['logsource'];
  const level = String(rule.level) as Level;
  const status = String(rule.status) as Status;
  return {
    slug: slugify(String(rule.title)),
    title: String(rule.title),
    description: String(rule.description ?? ''),
    level: LEVELS.includes(level) ? level : 'medium',
    status: STATUSES.includes(status) ? status : 'experimental',
    date: day(rule.date) ?? '1970-01-01',
    modified: day(rule.modified),
    author: rule.author ? String(rule.author) : undefined,
    techniques: attack.filter((t) => /^t\d{4}(\.\d{3})?$/.test(t)).map((t) => t.toUpperCase()),
    tactics: attack.filter((t) => !/^[tgs]\d{4}/.test(t)),
    tags: tags.filter((t) => !t.startsWith('attack.')),
    logsource: { product: logsource.product, category: logsource.category, service: logsource.service },
    kqlAvailable: false,
    detectionValues: detectionValuesOf(text),
  };
}

export function loadCorpus(rulesDir: string): SearchSource[] {
  return yamlFiles(rulesDir).map((file) => sourceOf(fs.readFileSync(file, 'utf8')));
}

function techniqueNames(attackFile: string): (id: string) => string | undefined {
  const bundle = JSON.parse(fs.readFileSync(attackFile, 'utf8')) as { objects: Record<string, unknown>[] };
  const names = new Map<string, string>();
  for (const o of bundle.objects) {
    if (o.type !== 'attack-pattern' || o.revoked || o.x_mitre_deprecated) continue;
    const ref = (o.external_references as { source_name: string; external_id?: string }[]).find(
      (r) => r.source_name === 'mitre-attack',
    );
    if (ref?.external_id) names.set(ref.external_id, String(o.name));
  }
  return (id) => names.get(id);
}

// ---- sizes ----

async function pagefindBundle(sources: SearchSource[], outDir: string) {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('pagefind: no index');
  for (const s of sources) {
    await index.addCustomRecord({
      url: `/rules/${s.slug}/`,
      language: 'en',
      content: [
        s.title,
        s.description,
        ...s.techniques,
        ...s.tactics,
        s.logsource.product,
        s.logsource.category,
        s.logsource.service,
        s.author,
        ...s.tags,
        ...s.detectionValues,
      ]
        .filter(Boolean)
        .join(' \n'),
      meta: { title: s.title, level: s.level, date: s.date },
      filters: {
        level: [s.level],
        status: [s.status],
        tactic: s.tactics,
        technique: s.techniques,
        product: s.logsource.product ? [s.logsource.product] : [],
      },
      sort: { date: s.date },
    });
  }
  await index.writeFiles({ outputPath: outDir });
  await pagefind.close();
  const files = yamlLess(outDir);
  return { files: files.length, totalBytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}

function yamlLess(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlLess(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// ---- browser ----

const BROWSER_ENTRY = `
import { createCatalog, createScanIndex, createMiniSearchIndex, runQuery, EMPTY_STATE } from '@/lib/search';
const QUERIES = ${JSON.stringify(QUERIES)};
const now = () => performance.now();
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], max: s[s.length - 1] }; };
window.benchEngine = async (engine) => {
  const t0 = now();
  const file = await (await fetch('/__bench/search-index.json')).json();
  const t1 = now();
  const catalog = createCatalog(file);
  const t2 = now();
  const index = engine === 'scan' ? createScanIndex(catalog) : createMiniSearchIndex(catalog);
  const t3 = now();
  const keystrokes = [];
  const filtered = [];
  const found = {};
  for (const q of QUERIES) for (let i = 1; i <= q.length; i++) {
    let s = now(); const r = runQuery(catalog, index, { ...EMPTY_STATE, q: q.slice(0, i) }); keystrokes.push(now() - s);
    if (i === q.length) found[q] = r.results.length;
    s = now(); runQuery(catalog, index, { ...EMPTY_STATE, q: q.slice(0, i), filters: { level: ['high', 'critical'], product: ['windows'] }, sort: 'newest' }); filtered.push(now() - s);
  }
  let s = now(); runQuery(catalog, index, { ...EMPTY_STATE, filters: { tactic: ['execution'] } }); const filterOnly = now() - s;
  const ks = stats(keystrokes), fk = stats(filtered);
  const p = engine + '.';
  return { figures: { [p + 'fetchParseMs']: t1 - t0, [p + 'decodeMs']: t2 - t1, [p + 'textIndexBuildMs']: t3 - t2, [p + 'keystrokeMedianMs']: ks.median, [p + 'keystrokeMaxMs']: ks.max,
    [p + 'filteredKeystrokeMedianMs']: fk.median, [p + 'filteredKeystrokeMaxMs']: fk.max, [p + 'filterOnlyMs']: filterOnly }, found };
};
window.benchPagefind = async () => {
  const t0 = now();
  const pf = await import('/__bench/pagefind/pagefind.js');
  await pf.init();
  const times = [];
  for (const q of QUERIES) for (let i = 1; i <= q.length; i++) {
    const s = now();
    const r = await pf.search(q.slice(0, i));
    await Promise.all(r.results.slice(0, 50).map((x) => x.data()));
    times.push(now() - s);
  }
  const bytes = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).reduce((n, e) => n + e.encodedBodySize, 0);
  const st = stats(times);
  return { pagefindInitMs: times.length ? 0 : 0, pagefindKeystrokeMedianMs: st.median, pagefindKeystrokeMaxMs: st.max, pagefindLoadedBytes: bytes, pagefindTotalMs: now() - t0 };
};
`;

function serve(routes: Map<string, string>): Promise<http.Server> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
  };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file =
      routes.get(url.replace(/^\/__bench\//, '')) ??
      (url.startsWith('/__bench/') ? path.join(routes.get('')!, url.slice(9)) : undefined);
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchFigures | null> {
  const rulesDir = options.rulesDir ?? path.join(SHARED, 'sigma/rules');
  const attackFile = options.attackFile ?? path.join(SHARED, 'attack/enterprise-attack.json');
  if (!fs.existsSync(rulesDir)) {
    console.log(`bench-search: skipped, no rules at ${rulesDir}`);
    return null;
  }
  const sources = loadCorpus(rulesDir);
  const file: SearchIndexFile = buildSearchIndex(
    sources,
    fs.existsSync(attackFile) ? techniqueNames(attackFile) : () => undefined,
  );
  const json = JSON.stringify(file);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  fs.writeFileSync(path.join(work, 'search-index.json'), json);

  const { createCatalog } = await import('@/lib/search');
  const MiniSearch = (await import('minisearch')).default;
  const catalog = createCatalog(file);
  const ms = new MiniSearch({ fields: ['title', 'description', 'values'] });
  ms.addAll(
    catalog.entries.map((e) => ({ id: e.n, title: e.title, description: e.description, values: e.values })),
  );
  const minisearch = {
    rawBytes: Buffer.byteLength(json),
    gzipBytes: zlib.gzipSync(json, { level: 9 }).length,
    brotliBytes: zlib.brotliCompressSync(json).length,
    serializedIndexGzipBytes: zlib.gzipSync(JSON.stringify(ms)).length,
  };

  let pagefind: SearchBenchFigures['pagefind'] = null;
  try {
    pagefind = { ...(await pagefindBundle(sources, path.join(work, 'pagefind'))), firstQueryBytes: 0 };
  } catch (error) {
    console.log(`bench-search: pagefind skipped (${(error as Error).message})`);
  }

  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({
    stdin: { contents: BROWSER_ENTRY, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    alias: { '@': ROOT },
    external: ['/__bench/*'],
  });
  fs.writeFileSync(path.join(work, 'bench.js'), bundle.outputFiles[0]!.text);
  fs.writeFileSync(
    path.join(work, 'bench.html'),
    '<!doctype html><script type="module" src="/__bench/bench.js"></script>',
  );

  const server = await serve(new Map([['', work]]));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: options.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const browserFigures: Record<string, number> = {};
  const found: Record<string, Record<string, number>> = {};
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/__bench/bench.html`);
    await page.waitForFunction(() => 'benchEngine' in window);
    for (const engine of ['scan', 'minisearch']) {
      const run = await page.evaluate(
        (name) => (window as unknown as { benchEngine(e: string): Promise<EngineRun> }).benchEngine(name),
        engine,
      );
      Object.assign(browserFigures, run.figures);
      found[engine] = run.found;
    }
    if (pagefind) {
      const pf = await page.evaluate(() =>
        (window as unknown as { benchPagefind(): Promise<Record<string, number>> }).benchPagefind(),
      );
      pagefind.firstQueryBytes = pf.pagefindLoadedBytes ?? 0;
      Object.assign(browserFigures, pf);
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (options.siteDir && fs.existsSync(path.join(options.siteDir, 'index.html'))) {
    // The feed page as served compressed, median of three cold loads (scripts/bench-search-feed.ts).
    const { median } = await benchFeed(options.siteDir, 3, options.chromium);
    for (const [key, value] of Object.entries(median))
      browserFigures[`feed${key[0]!.toUpperCase()}${key.slice(1)}`] = value;
  }
  const shipped = options.siteDir ? path.join(options.siteDir, 'search-index.json') : '';
  if (shipped && fs.existsSync(shipped)) {
    const bytes = fs.readFileSync(shipped);
    browserFigures.siteIndexBytes = bytes.length;
    browserFigures.siteIndexGzipBytes = zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { rules: sources.length, minisearch, pagefind, browser: browserFigures, found };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const siteArg = process.argv.indexOf('--site');
  const siteDir = siteArg > 0 ? path.resolve(process.argv[siteArg + 1] ?? 'out') : undefined;
  const figures = await benchSearch({ siteDir });
  if (figures)
    console.log(
      JSON.stringify(figures, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2),
    );
}
