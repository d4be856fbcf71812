import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// renderRulePages on a two-rule catalog (the shipped rule and the hostile fixture), with a shell page made the way
// Next makes it: the layout's document around the shell rule's own metadata and page.

vi.mock('../../../lib/content/catalog-cache', () => ({
  catalogKey: () => 'test',
  catalogCacheMatches: () => false,
  readCatalogCache: () => undefined,
  writeCatalogCache: () => undefined,
}));

const content = mkdtempSync(path.join(os.tmpdir(), 'socfeed-rule-pages-'));
const out = mkdtempSync(path.join(os.tmpdir(), 'socfeed-rule-pages-out-'));
const fixtures: [string, string][] = [
  ['content/rules', 'communication-to-localtonet-tunneling-service-initiated-linux'],
  ['tests/fixtures/e2e-content', 'hostile-rule-renders-inert'],
];
for (const [dir, slug] of fixtures)
  for (const ext of ['md', 'yml'])
    cpSync(path.join(dir, `${slug}.${ext}`), path.join(content, `${slug}.${ext}`));
const previous = process.env.CONTENT_DIR;
process.env.CONTENT_DIR = content;
afterAll(() => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const SHELL = 'communication-to-localtonet-tunneling-service-initiated-linux';
const HOSTILE = 'hostile-rule-renders-inert';

type Mod = typeof import('../../../scripts/rule-pages');
let mod: Mod;
let rules: import('@/lib/content').Rule[];
let shellPage: string;

beforeAll(async () => {
  mod = await import('../../../scripts/rule-pages');
  rules = (await import('@/lib/content')).getRules();
  const s = await mod.renderSlots(SHELL);
  shellPage =
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>` +
    `${s.title}${s.description}${s.canonical}</head><body><header>SOC Feed</header>` +
    `<main id="main" class="site-main">${s.main}</main><footer>SOC Feed</footer></body></html>`;
});

describe('renderRulePages', () => {
  it('renders every rule but the shell into the shell document, with its own head and content', async () => {
    const pages = new Map([[mod.rulePageFile(out, SHELL), shellPage]]);
    const result = await mod.renderRulePages(out, rules, pages);
    expect(result).toEqual({ rendered: 1, shell: SHELL });
    expect(pages.get(mod.rulePageFile(out, SHELL))).toBe(shellPage);
    const page = pages.get(mod.rulePageFile(out, HOSTILE))!;
    expect(
      page.startsWith(
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>',
      ),
    ).toBe(true);
    expect(page).toContain(
      '<link rel="canonical" href="http://localhost:3000/rules/hostile-rule-renders-inert/"/>',
    );
    expect(page).toContain(
      '<title>Hostile Rule Renders Inert &lt;script&gt;window.__pwned=&#x27;title&#x27;&lt;/script&gt; · SOC Feed</title>',
    );
    expect(page).toContain(
      '<meta name="description" content="CRITICAL · T1059.001 · &lt;img src=x onerror=&quot;',
    );
    expect(page).not.toContain(SHELL);
    // Hostile text stays text: none of the elements it tries to inject exists in the page.
    expect(page).not.toMatch(/<(?:script|img|svg|iframe|details|i)[\s>]|<b\s/);
    expect(page.endsWith('</article></main><footer>SOC Feed</footer></body></html>')).toBe(true);
  });

  it('fails when its rendering of the shell differs from the page Next built', async () => {
    const drifted = shellPage.replace('<footer>', '<footer class="x">').replace('</h1>', ' (beta)</h1>');
    const pages = new Map([[mod.rulePageFile(out, SHELL), drifted]]);
    await expect(mod.renderRulePages(out, rules, pages)).rejects.toThrow(
      /differs from the page Next built[\s\S]*\(beta\)/,
    );
    expect(pages.size).toBe(1);
  });

  it('fails when Next built no shell page', async () => {
    await expect(mod.renderRulePages(out, rules, new Map())).rejects.toThrow('is not among the static pages');
  });

  it('fails when the shell names itself outside the slots', async () => {
    const leaky = shellPage.replace('</head>', `<meta property="og:url" content="/rules/${SHELL}/"/></head>`);
    const pages = new Map([[mod.rulePageFile(out, SHELL), leaky]]);
    await expect(mod.renderRulePages(out, rules, pages)).rejects.toThrow('names itself outside the slots');
  });
});

describe('canonicalUrl', () => {
  it('keeps an absolute URL and resolves a path against SITE_URL, keeping its path, as Next does', () => {
    const previousSite = process.env.SITE_URL;
    process.env.SITE_URL = 'https://soc.example.org/socfeed/';
    try {
      expect(mod.canonicalUrl('https://soc.example.org/socfeed/rules/a/')).toBe(
        'https://soc.example.org/socfeed/rules/a/',
      );
      expect(mod.canonicalUrl('/rules/a/')).toBe('https://soc.example.org/socfeed/rules/a/');
    } finally {
      if (previousSite === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previousSite;
    }
  });
});
