// Runs after `next build` (see the build script in package.json): writes each rule's download files and permalink
// from the catalog (see rule-files.ts), static documents lose React's payload (see static-pages.ts), the feed,
// technique and coverage pages load their React island (see island.ts) on the reader's first interaction instead of
// Next's runtime (see defer-hydration.ts), every rule page but the shell Next built is rendered into the shell's
// document (see rule-pages.ts), then the Content-Security-Policy step hashes what inline script is left and writes
// the pages.
// Usage: tsx scripts/postbuild.ts [dir=out]   (BASE_PATH and CONTENT_DIR as for the build)
import { existsSync } from 'node:fs';
import { applyCsp } from './csp';
import { applyDeferredHydration } from './defer-hydration';
import { buildIslands } from './island';
import { applyStaticPages } from './static-pages';

// Routes reached by plain links only (rule pages, permalinks, ATT&CK pages, the feed's later pages): no client
// navigation fetches their RSC payload files, so the export does not need them.
const PLAIN_LINK_ROUTES = ['rules', 'r', 'attack', 'page'];

const dir = process.argv[2] ?? 'out';
if (!existsSync(dir)) {
  console.error(`postbuild: ${dir} does not exist; run next build first`);
  process.exit(2);
}
const started = performance.now();
// The site helpers read the base path the way the pages saw it (next.config.ts sets it for the build).
process.env.NEXT_PUBLIC_BASE_PATH = process.env.BASE_PATH?.replace(/\/$/, '') ?? '';
const { writeRuleFiles } = await import('./rule-files');
const { getRules } = await import('../lib/content');
const written = writeRuleFiles(dir, getRules());
const since = (t: number) => `${Math.round(performance.now() - t)} ms`;
console.log(
  `postbuild: ${written.files} rule files (downloads, Sentinel exports, permalinks) written ` +
    `(${(written.bytes / 2 ** 20).toFixed(1)} MB) in ${since(started)}`,
);
const stripStarted = performance.now();
const statics = applyStaticPages(dir, PLAIN_LINK_ROUTES);
if (statics.problems.length > 0) {
  for (const p of statics.problems) console.error(`${p.file}: ${p.detail}`);
  console.error(`postbuild: ${statics.problems.length} page(s) marked static need React; nothing stripped`);
  process.exit(1);
}
console.log(
  `postbuild: ${statics.stripped.size} static pages without React payload, ${statics.payloadFiles} RSC payload files ` +
    `deleted (${(statics.savedBytes / 2 ** 20).toFixed(1)} MB saved) in ${since(stripStarted)}`,
);
const deferStarted = performance.now();
const islands = await buildIslands(dir, process.env.BASE_PATH ?? '');
let islandPages: Record<string, number>;
try {
  islandPages = applyDeferredHydration(dir, statics.stripped, process.env.BASE_PATH ?? '', islands.entries);
} catch (error) {
  console.error(`postbuild: ${(error as Error).message}`);
  process.exit(1);
}
console.log(
  `postbuild: React islands hydrate on first interaction on ${Object.entries(islandPages)
    .map(([name, pages]) => `${pages} ${name} page${pages === 1 ? '' : 's'}`)
    .join(', ')} (${Math.round(islands.bytes / 1024)} KB of modules) in ${since(deferStarted)}`,
);
const renderStarted = performance.now();
const { renderRulePages, RulePageError } = await import('./rule-pages');
try {
  const pages = await renderRulePages(dir, getRules(), statics.stripped);
  console.log(
    `postbuild: ${pages.rendered} rule pages rendered into the document of ${pages.shell} (the shell Next built, ` +
      `which the renderer reproduces byte for byte) in ${since(renderStarted)}`,
  );
} catch (error) {
  if (!(error instanceof RulePageError)) throw error;
  console.error(`postbuild: ${error.message}`);
  process.exit(1);
}
const result = applyCsp(dir, { basePath: process.env.BASE_PATH ?? '', pages: statics.stripped });
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(`${p.file}: ${p.kind}: ${p.detail}`);
  console.error(
    `postbuild: ${result.problems.length} page problem(s) a CSP must not paper over; pages left unchanged`,
  );
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `postbuild: CSP for ${result.pages} pages (${result.inlineScripts} inline scripts hashed), _headers written; ` +
    `post-build took ${ms} ms`,
);
