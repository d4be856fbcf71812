// Post-build step: bundles the React islands for the browser: the feed's search (components/search/feed-island.tsx),
// a technique page's bulk Sentinel download (components/export/bulk-export-island.tsx) and the coverage explorer
// (components/coverage/coverage-island.tsx). Their pages load them
// instead of Next's App Router client (see defer-hydration.ts): React DOM, the component and what it imports, as ES
// modules with content-hashed names under /_next/static/island/ (served immutable like Next's own chunks). What
// the islands share (React DOM) and code imported on demand (the Sentinel export) are chunks of their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const ISLAND_DIR = '_next/static/island';
/**
 * The islands by the name their pages give (`data-island`): the entry modules, in the order the loader adds (and the
 * browser runs) them, and the client components they hydrate, the only ones of ours such a page may reference.
 */
export const ISLANDS = {
  feed: { entries: ['components/search/feed-island.tsx'], roots: ['FeedSearch'] },
  'bulk-export': { entries: ['components/export/bulk-export-island.tsx'], roots: ['BulkSentinelDownload'] },
  coverage: { entries: ['components/coverage/coverage-island.tsx'], roots: ['CoverageExplorer'] },
};
export type IslandName = keyof typeof ISLANDS;

export interface BuiltIslands {
  /**
   * Each island's modules, as site paths (base path included), in the order to run them: each entry module after
   * the chunks it imports statically (running a chunk first only defines what it exports).
   */
  entries: Record<IslandName, string[]>;
  bytes: number;
}

/**
 * Builds the islands into `<dir>/_next/static/island/`. `basePath` is baked in as Next bakes NEXT_PUBLIC_BASE_PATH
 * into its own client code; any other `process.env` read left in the bundle fails the build (the browser has none).
 */
export async function buildIslands(dir: string, basePath = ''): Promise<BuiltIslands> {
  const base = basePath.replace(/\/+$/, '');
  const root = path.resolve(import.meta.dirname, '..');
  const outdir = path.resolve(dir, ISLAND_DIR);
  const result = await build({
    entryPoints: Object.values(ISLANDS).flatMap((island) => island.entries),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    // tsconfig.json keeps JSX for Next to compile; here esbuild compiles it.
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.NEXT_PUBLIC_BASE_PATH': JSON.stringify(base),
      // Server-only (absolute links in exports written at build time): unset in the browser, as under Next.
      'process.env.SITE_URL': 'undefined',
    },
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: true,
    // 'use client' directives mean nothing to a bundle of client code only; esbuild would warn about each.
    logLevel: 'error',
    logOverride: { 'module-level-directive': 'silent' },
  });
  const { outputs } = result.metafile;
  const sitePath = (file: string) =>
    `${base}/${path.relative(path.resolve(dir), path.resolve(root, file)).split(path.sep).join('/')}`;
  const outputOf = new Map<string, string>();
  let bytes = 0;
  for (const [file, output] of Object.entries(outputs)) {
    bytes += output.bytes;
    const env = /process\.env\.?\w*/.exec(readFileSync(path.resolve(root, file), 'utf8'));
    if (env) throw new Error(`island bundle ${file} reads ${env[0]}, which the browser does not have`);
    if (output.entryPoint) outputOf.set(output.entryPoint, file);
  }
  // The chunks a module imports statically, depth first, before the module itself: named to the loader up front,
  // they download in parallel instead of one level at a time as each importer is parsed.
  const withImports = (file: string, seen: Set<string>): string[] => {
    if (seen.has(file)) return [];
    seen.add(file);
    const chunks = (outputs[file]?.imports ?? [])
      .filter((i) => i.kind === 'import-statement')
      .flatMap((i) => withImports(i.path, seen));
    return [...chunks, file];
  };
  const entries = {} as Record<IslandName, string[]>;
  for (const [name, island] of Object.entries(ISLANDS) as [IslandName, { entries: string[] }][]) {
    const seen = new Set<string>();
    entries[name] = island.entries.flatMap((source) => {
      const file = outputOf.get(source);
      if (!file) throw new Error(`island ${name}: esbuild wrote no module for ${source}`);
      return withImports(file, seen).map(sitePath);
    });
  }
  return { entries, bytes };
}
