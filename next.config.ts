import type { NextConfig } from 'next';

// A static export: every page is HTML on disk, served by any static host.
// BASE_PATH lets the export live under a sub-path (GitHub Pages and similar).
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') || undefined;

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? '' },
  experimental: { cpus: 1 },
  // Loaded with require() at run time (a Bridge.NET build that sets a global): not for the bundler.
  serverExternalPackages: ['@kusto/language-service-next'],
  // `npm run typecheck` (tsc over the whole repo, tests included) is the type gate; the build's own pass would
  // fail the site on a type error in an unrelated test file and costs ~30 s per build.
  typescript: { ignoreBuildErrors: true },
};

export default config;
