// Checks a static export against the content folder it was built from: every rule has exactly one page at
// rules/<slug>/index.html, no page is left over, and each page links to the rule's original source URL.
// Usage: tsx tests/corpus/check-export.ts <content dir> <export dir>
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Expected {
  file: string;
  slug: string;
  url: string;
}

function contentRules(dir: string): Expected[] {
  const out: Expected[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(full, 'utf8');
        const fm = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
          slug?: string;
          source?: { url?: string };
        };
        out.push({ file: full, slug: String(fm.slug), url: String(fm.source?.url) });
      }
    }
  };
  walk(dir);
  return out;
}

/** Attribute text as React writes it. */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!,
  );

function main(): number {
  const [contentDir, exportDir] = process.argv.slice(2);
  if (!contentDir || !exportDir) {
    console.error('usage: tsx tests/corpus/check-export.ts <content dir> <export dir>');
    return 2;
  }
  const rules = contentRules(contentDir);
  const pagesDir = path.join(exportDir, 'rules');
  const pages = new Set(
    existsSync(pagesDir)
      ? readdirSync(pagesDir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(path.join(pagesDir, e.name, 'index.html')))
          .map((e) => e.name)
      : [],
  );
  const failures: string[] = [];
  let passed = 0;
  for (const rule of rules) {
    const page = path.join(pagesDir, rule.slug, 'index.html');
    pages.delete(rule.slug);
    if (!existsSync(page)) {
      failures.push(`${rule.file}: no page rules/${rule.slug}/index.html`);
    } else if (!readFileSync(page, 'utf8').includes(`href="${escapeHtml(rule.url)}"`)) {
      failures.push(`${page}: no link to ${rule.url}`);
    } else passed++;
  }
  for (const extra of pages) failures.push(`rules/${extra}/index.html: a page without a content file`);
  for (const f of failures.slice(0, 50)) console.error(`corpus: ${f}`);
  if (failures.length > 50) console.error(`corpus: … and ${failures.length - 50} more`);
  console.log(`corpus: ${rules.length} rules in ${contentDir}, ${passed} pages with their source link`);
  console.log(`${passed} passed, ${failures.length} failed`);
  return failures.length === 0 && rules.length > 0 ? 0 : 1;
}

process.exit(main());
