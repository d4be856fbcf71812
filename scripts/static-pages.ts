// Post-build step for static documents. A page whose root element carries `data-static-page` (a rule page) has no
// client component of ours: its tabs, Copy buttons and theme toggle are server markup that public/enhance.js drives.
// React would only re-create what the HTML already shows, yet Next ships the whole page a second time as inline RSC
// flight data plus the runtime to read it. This step removes both from such pages, so each holds its content once,
// and deletes the RSC payload files (`index.txt`, `__next.*.txt`) of routes no client-side navigation fetches
// (every link to them is a plain <a>).
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { scanTags, type Tag } from './html-scan';

export const STATIC_MARKER = 'data-static-page="true"';

// Client references Next puts in every page's flight data (router, boundaries, icons, next/link): none of them does
// anything on a page that is not hydrated. Anything else is a component of ours that needs React.
export const NEXT_INTERNALS = new Set([
  '',
  'default',
  'OutletBoundary',
  'ViewportBoundary',
  'MetadataBoundary',
  'IconMark',
]);

export interface StaticPageProblem {
  file: string;
  detail: string;
}

/** Next's runtime scripts, their preloads and the inline flight data and bootstrap. */
export function isNextScript(tag: Tag): boolean {
  if (tag.name === 'script') {
    const src = tag.attrs.get('src');
    if (src) return /\/_next\/static\//.test(src);
    const text = tag.text ?? '';
    return text.includes('self.__next_f') || tag.attrs.get('id') === '_R_';
  }
  if (tag.name === 'link') {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase();
    return rel === 'modulepreload' || (rel === 'preload' && tag.attrs.get('as') === 'script');
  }
  return false;
}

/** The names of the client components a page's flight data references (`I[module, chunks, "Name"]` rows). */
export function clientReferences(html: string): string[] {
  const names = new Set<string>();
  // In the HTML the flight rows sit JSON-escaped inside self.__next_f.push([1,"..."]) strings. A name can be a
  // reference to a string row ("$16" -> 16:"ViewportBoundary").
  const row = (id: string) => new RegExp(`(?:\\\\n|")${id}:\\\\"([^"\\\\]*)\\\\"`).exec(html)?.[1];
  for (const m of html.matchAll(/(?:\\n|")[0-9a-f]+:I\[\d+,\[[^\]]*\],\\"([^"\\]*)\\"/g)) {
    const name = m[1]!;
    names.add(name.startsWith('$') ? (row(name.slice(1)) ?? name) : name);
  }
  return [...names];
}

/** The page without Next's scripts, preloads, flight data and hydration markers. */
export function staticDocument(html: string, file: string): { html?: string; problem?: StaticPageProblem } {
  const foreign = clientReferences(html).filter((name) => !NEXT_INTERNALS.has(name));
  if (foreign.length > 0)
    return { problem: { file, detail: `marked static but uses client component(s) ${foreign.join(', ')}` } };
  let out = '';
  let at = 0;
  for (const tag of scanTags(html)) {
    if (!isNextScript(tag)) continue;
    const end = tag.name === 'script' ? html.indexOf('</script>', tag.end) + '</script>'.length : tag.end;
    out += html.slice(at, tag.start);
    at = end;
  }
  out += html.slice(at);
  // React's text separators and Suspense markers only guide hydration. Rule text cannot forge them: it is escaped.
  out = out.replace(/<!--(?: |\$|\/\$)-->/g, '');
  return { html: out };
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

const RSC_PAYLOAD = /^(?:index\.txt|__next\..*\.txt)$/;

/**
 * Strips every page marked static under `dir` (in memory: the caller writes them), and deletes the RSC payload files
 * under `payloadDirs` (export-relative folders whose pages are reached by plain links only). Problems leave the
 * marked pages as they were and delete nothing.
 */
export function applyStaticPages(
  dir: string,
  payloadDirs: string[],
): {
  /** The stripped pages by file, for the CSP step to hash and write (one write per page). */
  stripped: Map<string, string>;
  savedBytes: number;
  payloadFiles: number;
  problems: StaticPageProblem[];
} {
  const problems: StaticPageProblem[] = [];
  const stripped = new Map<string, string>();
  let savedBytes = 0;
  walk(dir, (file) => {
    if (!file.endsWith('.html')) return;
    const html = readFileSync(file, 'utf8');
    if (!html.includes(STATIC_MARKER)) return;
    const result = staticDocument(html, path.relative(dir, file));
    if (result.problem) problems.push(result.problem);
    else if (result.html !== undefined) {
      stripped.set(file, result.html);
      savedBytes += Buffer.byteLength(html) - Buffer.byteLength(result.html);
    }
  });
  let payloadFiles = 0;
  if (problems.length === 0) {
    for (const sub of payloadDirs) {
      const root = path.join(dir, sub);
      if (!existsSync(root)) continue;
      walk(root, (file) => {
        if (!RSC_PAYLOAD.test(path.basename(file))) return;
        savedBytes += statSync(file).size;
        rmSync(file);
        payloadFiles++;
      });
    }
  }
  return { stripped, savedBytes, payloadFiles, problems };
}
