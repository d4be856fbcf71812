// Dead-link check over the static export: every internal href/src resolves to a file, every #fragment names an
// element in its target page, every canonical link is an absolute URL on SITE_URL naming a page of the export, and
// every rule page's "original" link points at the rule's source path.
// Usage: tsx scripts/check-links.ts [dir=out] [--base-path /socfeed] [--content-dir content/rules]   (SITE_URL honoured)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { siteOrigin as siteUrlOf } from '../components/site';
import { collectAnchors, scanTags, type Tag } from './html-scan';

export type LinkProblemKind =
  | 'MISSING_TARGET'
  | 'MISSING_ANCHOR'
  | 'OUTSIDE_BASE_PATH'
  | 'UNSAFE_URL'
  | 'MISSING_ORIGINAL'
  | 'BAD_ORIGINAL'
  | 'MISSING_RULE_PAGE'
  | 'BAD_CANONICAL';

export interface LinkProblem {
  /** The page (or stylesheet) holding the link, relative to the export folder. */
  file: string;
  kind: LinkProblemKind;
  ref: string;
  message: string;
}

export interface CheckLinksOptions {
  dir: string;
  /** The base path the site was built with ('' or '/socfeed'). */
  basePath?: string;
  /** Content folder whose front matter says where each rule came from; skipped when absent. */
  contentDir?: string;
  /** The origin the site was built for (default: SITE_URL as the build read it): canonical links must be on it. */
  siteUrl?: string;
}

export interface CheckLinksResult {
  pages: number;
  links: number;
  rulePages: number;
  problems: LinkProblem[];
}

interface RuleSource {
  slug: string;
  url?: string;
  path?: string;
  file: string;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  // public/hydrate.js's data attributes name what it loads later: the island's modules and the data they want.
  script: ['src', 'data-modules', 'data-preload'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  form: ['action'],
};

const SPACE_SEPARATED = new Set(['data-modules', 'data-preload']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** The URL path a file in the export is served at, without the base path: rules/x/index.html → /rules/x/. */
export function urlPathOf(rel: string): string {
  const posix = rel.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The file a URL path maps to on a static host, or null: /x/ → x/index.html, /x → x, x.html or x/index.html. */
export function fileFor(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = decoded.replace(/^\/+/, '');
  const candidates = decoded.endsWith('/')
    ? [path.join(rel, 'index.html')]
    : [rel, `${rel}.html`, path.join(rel, 'index.html')];
  for (const candidate of candidates) {
    const full = path.join(dir, candidate);
    if (!full.startsWith(path.resolve(dir))) return null;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

function splitSrcset(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

// A made-up origin to resolve relative links against; an absolute link to it would be odd enough to flag.
const ORIGIN = 'http://check-links.invalid';

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where each rule came from, per its front matter; `contentDir` may list several folders like CONTENT_DIR. */
export function loadRuleSources(contentDir: string): RuleSource[] {
  const sources: RuleSource[] = [];
  for (const dir of contentDir.split(path.delimiter).filter((d) => d && existsSync(d))) {
    for (const file of walk(dir).filter((f) => f.endsWith('.md'))) {
      let data: Record<string, unknown>;
      try {
        data = matter(readFileSync(file, 'utf8')).data;
      } catch {
        continue; // broken content is the build's to report, not the link checker's
      }
      const source = (data.source ?? {}) as Record<string, unknown>;
      sources.push({
        slug: typeof data.slug === 'string' ? data.slug : path.basename(file, '.md'),
        url: typeof source.url === 'string' ? source.url : undefined,
        path: typeof source.path === 'string' ? source.path : undefined,
        file: path.relative(process.cwd(), file),
      });
    }
  }
  return sources;
}

export function checkLinks(options: CheckLinksOptions): CheckLinksResult {
  const dir = path.resolve(options.dir);
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const files = walk(dir);
  const problems: LinkProblem[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const pageTags = new Map<string, Tag[]>();
  let links = 0;

  const tagsOf = (file: string): Tag[] => {
    let tags = pageTags.get(file);
    if (!tags) {
      tags = scanTags(readFileSync(file, 'utf8'));
      pageTags.set(file, tags);
    }
    return tags;
  };
  const anchorsOf = (file: string): Set<string> => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = collectAnchors(tagsOf(file));
      anchorCache.set(file, anchors);
    }
    return anchors;
  };

  const checkRef = (fromFile: string, fromUrl: string, ref: string, isHtml: boolean) => {
    const rel = path.relative(dir, fromFile);
    const report = (kind: LinkProblemKind, message: string) =>
      problems.push({ file: rel, kind, ref, message });
    let resolved: URL;
    try {
      // The WHATWG parser strips tabs, newlines and leading controls the way browsers do ("java\tscript:").
      resolved = new URL(ref, `${ORIGIN}${fromUrl}`);
    } catch {
      return report('MISSING_TARGET', 'not a valid URL');
    }
    const scheme = resolved.protocol.slice(0, -1);
    if (scheme === 'javascript' || scheme === 'vbscript')
      return report('UNSAFE_URL', `${scheme}: URL in the page`);
    if (scheme === 'data' && isHtml) return report('UNSAFE_URL', 'data: URL in a link');
    if (resolved.origin !== ORIGIN || !ref.trim()) return; // external (http, mailto, ...): not ours to resolve
    links++;
    const fragment = safeDecode(resolved.hash.slice(1));
    let urlPath = resolved.pathname;
    if (basePath) {
      if (urlPath !== basePath && !urlPath.startsWith(`${basePath}/`)) {
        return report('OUTSIDE_BASE_PATH', `does not start with the base path ${basePath}`);
      }
      urlPath = urlPath.slice(basePath.length) || '/';
    }
    const target = fileFor(dir, urlPath);
    if (!target) return report('MISSING_TARGET', `no file in the export for ${urlPath}`);
    if (fragment && target.endsWith('.html') && !anchorsOf(target).has(fragment)) {
      report('MISSING_ANCHOR', `no element with id "${fragment}" in ${path.relative(dir, target)}`);
    }
  };

  // A canonical link is absolute on the site's own origin, so the generic check above sees it as external: check
  // its origin here, then its path like any internal link (base path, target page).
  const siteOrigin = new URL(options.siteUrl ?? siteUrlOf()).origin;
  const checkCanonical = (file: string, pageUrl: string, href: string) => {
    let url: URL | undefined;
    try {
      url = new URL(href);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== siteOrigin) {
      const message = `canonical link must be an absolute URL on ${siteOrigin}`;
      return problems.push({ file: path.relative(dir, file), kind: 'BAD_CANONICAL', ref: href, message });
    }
    checkRef(file, pageUrl, `${url.pathname}${url.search}${url.hash}`, true);
  };

  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  for (const file of htmlFiles) {
    const fromUrl = `${basePath}${urlPathOf(path.relative(dir, file))}`;
    const tags = tagsOf(file);
    const baseHref = tags.find((t) => t.name === 'base')?.attrs.get('href');
    const pageUrl = baseHref ? new URL(baseHref, `${ORIGIN}${fromUrl}`).pathname : fromUrl;
    for (const tag of tags) {
      if (tag.name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(tag.attrs.get('rel') ?? '')) {
        checkCanonical(file, pageUrl, tag.attrs.get('href') ?? '');
        continue;
      }
      for (const attr of LINK_ATTRS[tag.name] ?? []) {
        const value = tag.attrs.get(attr);
        if (value === undefined) continue;
        const refs =
          attr === 'srcset'
            ? splitSrcset(value)
            : SPACE_SEPARATED.has(attr)
              ? value.split(/\s+/).filter(Boolean)
              : [value];
        for (const ref of refs) checkRef(file, pageUrl, ref, true);
      }
    }
  }
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const fromUrl = `${basePath}${urlPathOf(path.relative(dir, file))}`;
    const css = readFileSync(file, 'utf8');
    for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
      const ref = m[1] ?? m[2] ?? m[3] ?? '';
      if (!ref.startsWith('data:') && !ref.startsWith('#')) checkRef(file, fromUrl, ref, false);
    }
  }

  const sources = options.contentDir ? loadRuleSources(options.contentDir) : [];
  const rulePages = checkOriginals(dir, sources, tagsOf, problems);
  return { pages: htmlFiles.length, links, rulePages, problems };
}

/** Anchors that claim to be the rule's original: marked data-original, else external links to a .yml file. */
function originalLinks(tags: Tag[]): Tag[] {
  const anchors = tags.filter((t) => t.name === 'a' && t.attrs.has('href'));
  const marked = anchors.filter((t) => t.attrs.has('data-original'));
  if (marked.length > 0) return marked;
  return anchors.filter((t) => /^https?:\/\/[^?#]+\.ya?ml(?:[?#].*)?$/i.test(t.attrs.get('href') ?? ''));
}

function checkOriginals(
  dir: string,
  sources: RuleSource[],
  tagsOf: (file: string) => Tag[],
  problems: LinkProblem[],
): number {
  const rulesDir = path.join(dir, 'rules');
  const slugs = existsSync(rulesDir)
    ? readdirSync(rulesDir).filter((slug) => existsSync(path.join(rulesDir, slug, 'index.html')))
    : [];
  const bySlug = new Map(sources.map((s) => [s.slug, s]));
  for (const source of sources) {
    if (!slugs.includes(source.slug)) {
      problems.push({
        file: source.file,
        kind: 'MISSING_RULE_PAGE',
        ref: `/rules/${source.slug}/`,
        message: 'content file has no page',
      });
    }
  }
  for (const slug of slugs) {
    const file = path.join(rulesDir, slug, 'index.html');
    const rel = path.relative(dir, file);
    const links = originalLinks(tagsOf(file));
    const source = bySlug.get(slug);
    const sourcePath = source?.path;
    if (links.length === 0) {
      if (source || sources.length === 0) {
        problems.push({
          file: rel,
          kind: 'MISSING_ORIGINAL',
          ref: '',
          message: 'no link to the original rule',
        });
      }
      continue;
    }
    for (const link of links) {
      const href = link.attrs.get('href') ?? '';
      const expectedPath = sourcePath ?? link.attrs.get('data-source-path');
      const pathOk = !expectedPath || safeDecode(href).endsWith(`/${expectedPath.replace(/^\/+/, '')}`);
      const urlOk = !source?.url || href === source.url;
      if (!pathOk || !urlOk) {
        const want = source?.url ?? `…/${expectedPath}`;
        problems.push({ file: rel, kind: 'BAD_ORIGINAL', ref: href, message: `expected ${want}` });
      }
    }
  }
  return slugs.length;
}

function main(argv: string[]): number {
  let dir = 'out';
  let basePath = process.env.BASE_PATH ?? '';
  let contentDir = process.env.CONTENT_DIR ?? 'content/rules';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--base-path') basePath = argv[++i] ?? '';
    else if (arg === '--content-dir') contentDir = argv[++i] ?? '';
    else dir = arg;
  }
  if (!existsSync(dir)) {
    console.error(`check-links: ${dir} does not exist (run npm run build first)`);
    return 2;
  }
  let siteUrl: string;
  try {
    siteUrl = siteUrlOf();
  } catch (error) {
    console.error(`check-links: ${(error as Error).message}`);
    return 2;
  }
  const result = checkLinks({ dir, basePath, contentDir, siteUrl });
  const byKind = new Map<string, number>();
  for (const p of result.problems) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
  for (const p of result.problems.slice(0, 60))
    console.error(`${p.file}: ${p.kind}: ${p.ref} (${p.message})`);
  if (result.problems.length > 60) {
    const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.error(`... and ${result.problems.length - 60} more (${kinds})`);
  }
  const summary = `${result.pages} pages, ${result.links} internal links, ${result.rulePages} rule pages checked`;
  if (result.problems.length > 0) {
    console.error(`check-links: ${result.problems.length} problem(s); ${summary}`);
    return 1;
  }
  console.log(`check-links: ok; ${summary}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
