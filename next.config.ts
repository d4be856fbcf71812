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
};

export default config;
