// Content-Security-Policy for the static export, applied after `next build`.
//
// Next's export inlines scripts in every page (the bootstrap and the RSC flight data, `self.__next_f.push(...)`), and
// their text differs per page, so a strict policy must list each page's own hashes. A nonce is no option: the pages
// are files, the same bytes for every visitor. Two ways to deliver per-page hashes:
//   - a header per path in `_headers`: Cloudflare Pages stops at 100 rules, GitHub Pages sets no headers at all, and
//     3,000 rule pages would need 3,000 rules;
//   - a <meta http-equiv="Content-Security-Policy"> first in each page's <head>: works on every host.
// So each page carries its fetch policy (scripts and styles by hash) in a meta tag, and `_headers` adds, site-wide,
// what a meta policy cannot say (frame-ancestors) plus the other security headers. Both policies are enforced, so
// the effective policy is their intersection. The meta tag precedes every script and stylesheet, so nothing in the
// page runs before it applies. React 19 skips unknown tags in <head> while hydrating, so adding the tag to the HTML
// (and not to the RSC payload) does not disturb hydration.
//
// The step also refuses to ship what the policy would only paper over: inline event handlers, javascript: URLs and
// scripts from other origins mean the renderer let untrusted markup through, and the step fails naming the page.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isExecutableScript, scanTags, type Tag } from './html-scan';

export type CspProblemKind = 'INLINE_HANDLER' | 'JAVASCRIPT_URL' | 'FOREIGN_SCRIPT';

export interface CspProblem {
  file: string;
  kind: CspProblemKind;
  detail: string;
}

export interface PageHashes {
  scripts: string[];
  styles: string[];
  /** Hashes of style="" attribute values, allowed with 'unsafe-hashes' (style only, never script). */
  styleAttrs: string[];
}

export interface CspResult {
  pages: number;
  inlineScripts: number;
  problems: CspProblem[];
}

const META_RE = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** The directives only a response header can carry, plus the rest of the hardening, for every path. */
export function securityHeaders(): [string, string][] {
  return [
    [
      'Content-Security-Policy',
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    ],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

export function sha256(text: string): string {
  // The HTML parser turns CR LF and lone CR into LF before a script's text exists; hash what the browser hashes.
  return `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/** The page's own policy: scripts from the site or with one of its hashes, nothing else executable. */
export function pagePolicy(hashes: PageHashes): string {
  const styleSources = ["'self'", ...hashes.styles];
  if (hashes.styleAttrs.length > 0) styleSources.push("'unsafe-hashes'", ...hashes.styleAttrs);
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes.scripts].join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Hashes of everything inline the page needs, and anything it must not contain. */
export function inspectPage(html: string, file: string): { hashes: PageHashes; problems: CspProblem[] } {
  const tags = scanTags(html);
  const problems: CspProblem[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttrs: string[] = [];
  for (const tag of tags) {
    checkTag(tag, file, problems);
    if (tag.name === 'script' && isExecutableScript(tag) && !tag.attrs.has('src'))
      scripts.push(sha256(tag.text ?? ''));
    if (tag.name === 'style') styles.push(sha256(tag.text ?? ''));
    const style = tag.attrs.get('style');
    if (style !== undefined) styleAttrs.push(sha256(style));
  }
  return {
    hashes: { scripts: unique(scripts), styles: unique(styles), styleAttrs: unique(styleAttrs) },
    problems,
  };
}

// React 19 replaces a javascript: URL it is given with one that only throws; that one is inert (and CSP blocks it).
const REACT_BLOCKED_URL = "javascript:throw new Error('React has blocked a javascript: URL";

function isScriptUrl(value: string): boolean {
  const compact = value.replace(/[\t\n\r]/g, '').trim();
  return /^(?:javascript|vbscript):/i.test(compact) && !compact.startsWith(REACT_BLOCKED_URL);
}

function checkTag(tag: Tag, file: string, problems: CspProblem[]): void {
  for (const [name, value] of tag.attrs) {
    if (name.startsWith('on')) {
      problems.push({
        file,
        kind: 'INLINE_HANDLER',
        detail: `<${tag.name} ${name}="${value.slice(0, 60)}">`,
      });
    } else if (URL_ATTRS.has(name) && isScriptUrl(value)) {
      problems.push({
        file,
        kind: 'JAVASCRIPT_URL',
        detail: `<${tag.name} ${name}="${value.slice(0, 60)}">`,
      });
    }
  }
  const src = tag.name === 'script' ? tag.attrs.get('src') : undefined;
  if (src && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) {
    problems.push({ file, kind: 'FOREIGN_SCRIPT', detail: `<script src="${src.slice(0, 80)}">` });
  }
}

/** The page with its policy as the first thing in <head> (after the charset, which must stay in the first bytes). */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}"/>`;
  const without = html.replace(META_RE, '');
  const charset = /<meta charset="?[\w-]+"?\s*\/?>/i.exec(without);
  const head = /<head(?:\s[^>]*)?>/i.exec(without);
  if (charset && head && charset.index > head.index) {
    const at = charset.index + charset[0].length;
    return `${without.slice(0, at)}${meta}${without.slice(at)}`;
  }
  if (head) {
    const at = head.index + head[0].length;
    return `${without.slice(0, at)}${meta}${without.slice(at)}`;
  }
  throw new Error('page has no <head>');
}

/** The `_headers` file: security headers for every path, long caching for Next's content-hashed assets. */
export function headersFile(basePath: string): string {
  const prefix = basePath.replace(/\/+$/, '');
  const lines = [
    '# Written by scripts/csp.ts after `next build`. Format: Netlify / Cloudflare Pages `_headers`.',
    '# Each page also carries its script hashes in a <meta http-equiv="Content-Security-Policy"> tag.',
    `${prefix}/*`,
    ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`),
    `${prefix}/_next/static/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return `${lines.join('\n')}\n`;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, out);
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * Adds the meta policy to every page of the export and writes `_headers`. Problems leave the pages untouched.
 * `pages` holds pages an earlier step changed or made in memory (file -> HTML; rule pages rendered after the build
 * are on disk only once this step writes them): they are read from there and written once.
 */
export function applyCsp(
  dir: string,
  options: { basePath?: string; pages?: ReadonlyMap<string, string> } = {},
): CspResult {
  const problems: CspProblem[] = [];
  const policies = new Map<string, string>();
  const read = (file: string) => options.pages?.get(file) ?? readFileSync(file, 'utf8');
  let inlineScripts = 0;
  // Two passes, so a problem anywhere leaves every page as the build wrote it (and writes no rendered page).
  const files = new Set([...htmlFiles(dir), ...(options.pages?.keys() ?? [])]);
  for (const file of files) {
    const inspected = inspectPage(read(file), path.relative(dir, file));
    problems.push(...inspected.problems);
    inlineScripts += inspected.hashes.scripts.length;
    policies.set(file, pagePolicy(inspected.hashes));
  }
  if (problems.length === 0) {
    for (const [file, policy] of policies) writeFileSync(file, withMetaPolicy(read(file), policy));
    writeFileSync(path.join(dir, '_headers'), headersFile(options.basePath ?? ''));
  }
  return { pages: policies.size, inlineScripts, problems };
}
