// Post-build step: bundles the feed's search island (components/search/feed-island.tsx) for the browser. The feed
// pages load it instead of Next's App Router client (see defer-hydration.ts): React DOM, the search and what they
// import, as ES modules with content-hashed names under /_next/static/island/ (served immutable like Next's own
// chunks). Code the island imports on demand (the Sentinel export) stays in chunks of its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const ISLAND_DIR = '_next/static/island';
const ENTRIES = { feed: 'components/search/feed-island.tsx' };
export type IslandName = keyof typeof ENTRIES;

export interface BuiltIslands {
  /** Each island's entry module, as a site path (base path included). */
  entries: Record<IslandName, string>;
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
    entryPoints: ENTRIES,
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
  const entries = {} as Record<IslandName, string>;
  let bytes = 0;
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    bytes += output.bytes;
    const env = /process\.env\.?\w*/.exec(readFileSync(path.resolve(root, file), 'utf8'));
    if (env) throw new Error(`island bundle ${file} reads ${env[0]}, which the browser does not have`);
    const name = (Object.keys(ENTRIES) as IslandName[]).find((key) => output.entryPoint === ENTRIES[key]);
    if (name)
      entries[name] =
        `${base}/${path.relative(path.resolve(dir), path.resolve(root, file)).split(path.sep).join('/')}`;
  }
  for (const name of Object.keys(ENTRIES) as IslandName[])
    if (!entries[name]) throw new Error(`island ${name}: esbuild wrote no entry module`);
  return { entries, bytes };
}
