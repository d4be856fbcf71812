// Reads the `_headers` file of a static export (the Netlify / Cloudflare Pages format) and answers which headers a
// path gets. Plain JavaScript so scripts/serve.mjs can use it under plain node; scripts/csp.ts writes the file.
//
//   /path/pattern        a rule: a path, `*` matches anything (also across /), `:name` one segment
//     Header-Name: value one header per indented line
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} text */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, regex: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), regex: patternToRegex(raw.trim()), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) continue;
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern */
function patternToRegex(pattern) {
  const body = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * Headers for a request path. Every matching rule applies; a header set by two rules is joined with ", " (what
 * Cloudflare Pages does; for Content-Security-Policy that means both policies are enforced).
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.regex.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** The rules of `<dir>/_headers`, or none when the export has no headers file. @param {string} dir */
export function loadHeaders(dir) {
  const file = path.join(dir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}
