// The export's per-rule files that are not pages, written by the post-build step straight from the catalog:
//   rules/<slug>/<slug>.yml, <slug>[.<variant>].kql   the Sigma original (byte for byte) and each KQL query
//   rules/<slug>/sentinel-rule.json, .yaml            the Sentinel analytics rule (ARM template, repository YAML)
//   r/<id>/index.html                                 the permalink by Sigma rule id
// Next route handlers used to write them: about 16,000 outputs on the full corpus, each costing Next about as much
// as a page (over two minutes of the build), and a catalog with none of a kind (no rule with KQL) failed the build,
// because a static export refuses a dynamic route whose generateStaticParams() is empty. Here, none is none.
// The rule pages link to these files with the same helpers (ruleDownloads, sentinelDownloadsFor), so the links and
// the files cannot drift. Import this module after NEXT_PUBLIC_BASE_PATH is set (postbuild.ts does): the site
// helpers read it when loaded.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SENTINEL_FILES, sentinelDownloadsFor } from '@/components/export/sentinel-export';
import { absoluteUrl, rulePath, withBase } from '@/components/site';
import { ruleDownloads, type Rule } from '@/lib/content';

export interface ExportFile {
  /** Path inside the export, with forward slashes: rules/x/x.yml. */
  path: string;
  text: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// One script text for every permalink, so the Content-Security-Policy needs one hash for all of them.
const FOLLOW = `location.replace(document.getElementById('to').href+location.hash)`;

/**
 * A permalink document. A static host cannot redirect, so the file does: a meta refresh without JS,
 * location.replace with JS (keeping a #kql deep link), and a plain link for everyone. A tiny document of its own
 * rather than a full page: 3,000 of them would otherwise carry the layout.
 */
export function permalinkDocument(rule: Pick<Rule, 'slug' | 'title'>): string {
  const target = escape(withBase(rulePath(rule.slug)));
  const title = escape(rule.title);
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${title} · SOC Feed</title><meta name="robots" content="noindex">`,
    `<link rel="canonical" href="${escape(absoluteUrl(rulePath(rule.slug)))}">`,
    `<meta http-equiv="refresh" content="0;url=${target}"></head>`,
    `<body><p>This is the permanent link of <a id="to" href="${target}">${title}</a>.</p>`,
    `<script>${FOLLOW}</script></body></html>`,
  ].join('');
}

/** Every non-page file of one rule. */
export function filesOfRule(rule: Rule): ExportFile[] {
  const dir = `rules/${rule.slug}`;
  const files = ruleDownloads(rule).map((d) => ({ path: `${dir}/${d.file}`, text: d.text }));
  const sentinel = sentinelDownloadsFor(rule);
  if (sentinel.armJson) files.push({ path: `${dir}/${SENTINEL_FILES.armJson}`, text: sentinel.armJson });
  if (sentinel.yaml) files.push({ path: `${dir}/${SENTINEL_FILES.yaml}`, text: sentinel.yaml });
  files.push({ path: `r/${rule.id}/index.html`, text: permalinkDocument(rule) });
  return files;
}

/** Writes every rule's files under `dir` (the export). Returns how many files and bytes. */
export function writeRuleFiles(dir: string, rules: readonly Rule[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const rule of rules) {
    const made = new Set<string>();
    for (const file of filesOfRule(rule)) {
      const full = path.join(dir, ...file.path.split('/'));
      const parent = path.dirname(full);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      writeFileSync(full, file.text);
      files++;
      bytes += Buffer.byteLength(file.text);
    }
  }
  return { files, bytes };
}
