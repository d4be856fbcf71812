import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sentinelDownloadsFor } from '@/components/export/sentinel-export';
import { loadContent, type Rule } from '@/lib/content';
import { filesOfRule, permalinkDocument, writeRuleFiles } from '../../../scripts/rule-files';

// The per-rule files the post-build step writes (downloads, Sentinel exports, permalinks). A catalog with no rule
// of a kind (here: no rule with KQL) must simply get none of that kind: the Next route handlers these replace failed
// the whole build on such a catalog.

const E2E = 'tests/fixtures/e2e-content';
const NO_KQL = 'process-rule-without-kql';
const LOCALTONET = 'communication-to-localtonet-tunneling-service-initiated-linux';

function ruleFrom(dir: string, slug: string): Rule {
  const { rules, problems } = loadContent(dir);
  expect(problems).toEqual([]);
  const rule = rules.find((r) => r.slug === slug);
  if (!rule) throw new Error(`fixture ${slug} missing from ${dir}`);
  return rule;
}

const listFiles = (dir: string, rel = ''): string[] =>
  readdirSync(path.join(dir, rel)).flatMap((name) => {
    const sub = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, sub)).isDirectory() ? listFiles(dir, sub) : [sub];
  });

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('filesOfRule', () => {
  it('gives a rule without KQL its Sigma file and permalink only', () => {
    const rule = ruleFrom(E2E, NO_KQL);
    expect(rule.conversion.status).not.toBe('ok');
    expect(filesOfRule(rule).map((f) => f.path)).toEqual([
      `rules/${NO_KQL}/${NO_KQL}.yml`,
      `r/${rule.id}/index.html`,
    ]);
  });

  it('gives a rule with KQL its .kql and both Sentinel files, from the same helpers the page links with', () => {
    const rule = ruleFrom('content/rules', LOCALTONET);
    const files = new Map(filesOfRule(rule).map((f) => [f.path, f.text]));
    const dir = `rules/${LOCALTONET}`;
    expect([...files.keys()]).toEqual([
      `${dir}/${LOCALTONET}.yml`,
      `${dir}/${LOCALTONET}.kql`,
      `${dir}/sentinel-rule.json`,
      `${dir}/sentinel-rule.yaml`,
      `r/${rule.id}/index.html`,
    ]);
    expect(files.get(`${dir}/${LOCALTONET}.kql`)).toBe(rule.conversion.queries[0]?.kql);
    const sentinel = sentinelDownloadsFor(rule);
    expect(files.get(`${dir}/sentinel-rule.json`)).toBe(sentinel.armJson);
    expect(files.get(`${dir}/sentinel-rule.yaml`)).toBe(sentinel.yaml);
    expect(JSON.parse(files.get(`${dir}/sentinel-rule.json`)!)).toHaveProperty('resources');
  });
});

describe('writeRuleFiles', () => {
  it('writes a catalog with no rule with KQL, the Sigma file byte for byte', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'socfeed-rule-files-'));
    temp.push(out);
    const rule = ruleFrom(E2E, NO_KQL);
    const written = writeRuleFiles(out, [rule]);
    expect(listFiles(out).sort()).toEqual([`r/${rule.id}/index.html`, `rules/${NO_KQL}/${NO_KQL}.yml`]);
    expect(written.files).toBe(2);
    expect(readFileSync(path.join(out, 'rules', NO_KQL, `${NO_KQL}.yml`))).toEqual(
      readFileSync(path.join(E2E, `${NO_KQL}.yml`)),
    );
  });

  it('writes nothing for an empty list', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'socfeed-rule-files-'));
    temp.push(out);
    expect(writeRuleFiles(out, [])).toEqual({ files: 0, bytes: 0 });
    expect(listFiles(out)).toEqual([]);
  });
});

describe('permalinkDocument', () => {
  it('links to the rule page, escapes the title, and follows with one shared script', () => {
    const html = permalinkDocument({ slug: 'a-rule', title: 'Evil <script>alert(1)</script> & "more"' });
    expect(html).toContain('<a id="to" href="/rules/a-rule/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/rules/a-rule/">');
    expect(html).toContain('Evil &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;');
    expect(html).not.toContain('<script>alert');
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      permalinkDocument({ slug: 'b', title: 'B' }).match(/<script>([^<]*)<\/script>/)![1],
    ]);
  });
});
