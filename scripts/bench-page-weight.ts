// What a page costs to load from the export: its HTML plus every script and stylesheet it references, compressed
// with gzip (level 6, what most servers use on the fly) and brotli (quality 11, what static hosts precompress with).
// The page's own JavaScript is what is left after Next's and React's runtime, which `.next/build-manifest.json` lists
// (rootMainFiles and polyfillFiles).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileFor } from './check-links';
import { scanTags } from './html-scan';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  name: string;
  path: string;
  html: Sizes;
  /** All JavaScript the page loads by script tag or preload. */
  js: Sizes;
  /** The page's JavaScript minus the framework runtime. */
  ownJs: Sizes;
  css: Sizes;
  scripts: number;
}

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const sizeCache = new Map<string, Sizes>();

export function sizesOf(file: string): Sizes {
  let sizes = sizeCache.get(file);
  if (!sizes) {
    const body = readFileSync(file);
    sizes = {
      raw: body.length,
      gzip: gzipSync(body, { level: 6 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    sizeCache.set(file, sizes);
  }
  return sizes;
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/** The framework runtime's files (paths under the export, e.g. `_next/static/chunks/x.js`); empty without a build. */
export function runtimeFiles(projectDir: string): Set<string> {
  const manifest = path.join(projectDir, '.next', 'build-manifest.json');
  if (!existsSync(manifest)) return new Set();
  const data = JSON.parse(readFileSync(manifest, 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  return new Set([...(data.rootMainFiles ?? []), ...(data.polyfillFiles ?? [])].map((f) => `_next/${f}`));
}

export function pageWeight(
  exportDir: string,
  page: { name: string; path: string },
  options: { basePath?: string; runtime: Set<string> },
): PageWeight {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const htmlFile = fileFor(exportDir, page.path);
  if (!htmlFile) throw new Error(`no page at ${page.path} in ${exportDir}`);
  const pageUrl = `http://x${basePath}${page.path}`;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const tag of scanTags(readFileSync(htmlFile, 'utf8'))) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    let ref: string | undefined;
    let kind: 'js' | 'css' | undefined;
    if (tag.name === 'script' && tag.attrs.has('src')) [ref, kind] = [tag.attrs.get('src'), 'js'];
    else if (tag.name === 'link' && rel.includes('stylesheet')) [ref, kind] = [tag.attrs.get('href'), 'css'];
    else if (tag.name === 'link' && rel.includes('preload') && tag.attrs.get('as') === 'script') {
      [ref, kind] = [tag.attrs.get('href'), 'js'];
    } else if (tag.name === 'link' && rel.includes('modulepreload'))
      [ref, kind] = [tag.attrs.get('href'), 'js'];
    if (!ref || !kind) continue;
    const url = new URL(ref, pageUrl);
    if (url.origin !== 'http://x') continue;
    let local = decodeURIComponent(url.pathname);
    if (basePath && local.startsWith(`${basePath}/`)) local = local.slice(basePath.length);
    (kind === 'js' ? scripts : styles).add(local.replace(/^\/+/, ''));
  }
  let js = ZERO;
  let ownJs = ZERO;
  let css = ZERO;
  for (const rel of scripts) {
    const sizes = sizesOf(path.join(exportDir, rel));
    js = add(js, sizes);
    if (!options.runtime.has(rel)) ownJs = add(ownJs, sizes);
  }
  for (const rel of styles) css = add(css, sizesOf(path.join(exportDir, rel)));
  return { name: page.name, path: page.path, html: sizesOf(htmlFile), js, ownJs, css, scripts: scripts.size };
}

/** Apparent size of every file in the export, and their count (what `du --apparent-size` reports). */
export function exportSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += statSync(full).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

/** Where the export's bytes go: rule pages, their download files, permalinks, ATT&CK pages, RSC payloads, assets. */
export function exportBreakdown(dir: string): Record<string, number> {
  const parts: Record<string, number> = {};
  const add = (key: string, bytes: number) => (parts[key] = (parts[key] ?? 0) + bytes);
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      const sub = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, sub);
      else add(partOf(sub), statSync(full).size);
    }
  };
  walk(dir, '');
  return parts;
}

function partOf(rel: string): string {
  const top = rel.split('/')[0]!;
  if (/(?:^|\/)(?:index\.txt|__next\.[^/]*\.txt)$/.test(rel)) return 'rscPayload';
  if (top === 'rules') return rel.endsWith('/index.html') ? 'rulePages' : 'ruleDownloads';
  if (top === 'r') return 'permalinks';
  if (top === 'attack') return 'attackPages';
  if (top === '_next') return 'assets';
  if (rel === 'index.html') return 'feedPage';
  if (top === 'coverage') return 'coverage';
  return 'other';
}
