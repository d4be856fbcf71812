import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCsp, headersFile, inspectPage, pagePolicy, withMetaPolicy } from '../../../scripts/csp';
import { headersFor, parseHeadersFile } from '../../../scripts/static-headers.mjs';

const b64 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('inspectPage', () => {
  it('hashes executable inline scripts once each, skipping external and data scripts', () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([0])</script><script>self.__next_f.push([0])</script>' +
        '<script type="application/ld+json">{"a":1}</script><script type="module">import("/x.js")</script>',
    );
    const { hashes, problems } = inspectPage(html, 'index.html');
    expect(problems).toEqual([]);
    expect(hashes.scripts).toEqual([b64('self.__next_f.push([0])'), b64('import("/x.js")')]);
  });

  it('hashes the text the browser sees: CR LF becomes LF', () => {
    const { hashes } = inspectPage(page('', '<script>a()\r\nb()</script>'), 'x.html');
    expect(hashes.scripts).toEqual([b64('a()\nb()')]);
  });

  it('collects style elements and decoded style attributes', () => {
    const { hashes } = inspectPage(
      page('<style>a{color:red}</style>', '<div style="color:&quot;x&quot;"></div>'),
      'x',
    );
    expect(hashes.styles).toEqual([b64('a{color:red}')]);
    expect(hashes.styleAttrs).toEqual([b64('color:"x"')]);
    expect(pagePolicy(hashes)).toContain(
      `style-src 'self' ${b64('a{color:red}')} 'unsafe-hashes' ${b64('color:"x"')}`,
    );
  });

  it.each([
    ['<img src="x" onerror="alert(1)">', 'INLINE_HANDLER'],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'JAVASCRIPT_URL'],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', 'JAVASCRIPT_URL'],
    ['<form action="vbscript:x"></form>', 'JAVASCRIPT_URL'],
    ['<script src="https://cdn.example/x.js"></script>', 'FOREIGN_SCRIPT'],
    ['<script src="//cdn.example/x.js"></script>', 'FOREIGN_SCRIPT'],
  ])('refuses %s', (body, kind) => {
    expect(inspectPage(page('', body), 'bad.html').problems.map((p) => p.kind)).toEqual([kind]);
  });

  it.each([
    [
      '<a href="javascript:throw new Error(\'React has blocked a javascript: URL as a security precaution.\')">x</a>',
    ],
    ['<p>onerror="alert(1)" as text</p><code>&lt;img onerror=x&gt;</code>'],
    ['<a href="/rules/javascript-loader/">x</a>'],
  ])('accepts inert markup %s', (body) => {
    expect(inspectPage(page('', body), 'ok.html').problems).toEqual([]);
  });
});

describe('withMetaPolicy', () => {
  it('puts the policy right after the charset, before any script or stylesheet', () => {
    const html = page('<link rel="stylesheet" href="/a.css"/><script src="/a.js"></script>', '');
    const out = withMetaPolicy(html, "script-src 'self'");
    expect(out).toContain(
      '<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"/><link',
    );
  });

  it('replaces an earlier policy instead of adding a second one', () => {
    const once = withMetaPolicy(page('', ''), "default-src 'self'");
    const twice = withMetaPolicy(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain("default-src 'none'");
  });

  it('falls back to the start of <head> when there is no charset', () => {
    expect(withMetaPolicy('<html><head><title>x</title></head></html>', 'x')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="x"\/><title>/,
    );
  });
});

describe('applyCsp and the headers file', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  const makeExport = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    for (const [name, html] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), html);
    }
    return dir;
  };

  it('writes a per-page policy and a _headers file under the base path', () => {
    const out = makeExport({
      'index.html': page('', '<script>one()</script>'),
      'rules/a/index.html': page('', '<script>two()</script>'),
    });
    const result = applyCsp(out, { basePath: '/socfeed' });
    expect(result).toMatchObject({ pages: 2, inlineScripts: 2, problems: [] });
    expect(readFileSync(path.join(out, 'rules/a/index.html'), 'utf8')).toContain(
      `script-src 'self' ${b64('two()')};`,
    );
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain(b64('two()'));
    const rules = parseHeadersFile(readFileSync(path.join(out, '_headers'), 'utf8'));
    const headers = headersFor(rules, '/socfeed/rules/a/');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/socfeed/_next/static/chunks/a.js')['cache-control']).toContain('immutable');
    expect(headersFor(rules, '/rules/a/')).toEqual({});
  });

  it('changes nothing when one page holds an inline handler', () => {
    const bad = page('', '<img src="x" onerror="alert(1)">');
    const out = makeExport({ 'index.html': page('', '<script>one()</script>'), 'rules/bad/index.html': bad });
    const result = applyCsp(out);
    expect(result.problems).toEqual([
      {
        file: path.join('rules', 'bad', 'index.html'),
        kind: 'INLINE_HANDLER',
        detail: '<img onerror="alert(1)">',
      },
    ]);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('Content-Security-Policy');
  });

  it('inspects and writes pages made in memory that are not on disk yet (rendered rule pages)', () => {
    const out = makeExport({ 'index.html': page('', '<script>one()</script>'), 'rules/b/b.yml': 'title: b' });
    const rendered = path.join(out, 'rules', 'b', 'index.html');
    const result = applyCsp(out, { pages: new Map([[rendered, page('', '<script>three()</script>')]]) });
    expect(result).toMatchObject({ pages: 2, inlineScripts: 2, problems: [] });
    expect(readFileSync(rendered, 'utf8')).toContain(`script-src 'self' ${b64('three()')};`);
  });

  it('refuses a page made in memory that holds an inline handler, and writes none', () => {
    const out = makeExport({ 'index.html': page('', '<script>one()</script>'), 'rules/b/b.yml': 'title: b' });
    const rendered = path.join(out, 'rules', 'b', 'index.html');
    const result = applyCsp(out, { pages: new Map([[rendered, page('', '<b onclick="x()">b</b>')]]) });
    expect(result.problems.map((p) => [p.file, p.kind])).toEqual([
      [path.join('rules', 'b', 'index.html'), 'INLINE_HANDLER'],
    ]);
    expect(existsSync(rendered)).toBe(false);
  });
});

describe('static-headers', () => {
  it('matches splats and placeholders, joining repeated headers', () => {
    const rules = parseHeadersFile(
      headersFile('') + '/rules/:slug/\n  X-Test: one\n/rules/*\n  X-Test: two\n',
    );
    expect(headersFor(rules, '/rules/abc/')['x-test']).toBe('one, two');
    expect(headersFor(rules, '/rules/abc/def/')['x-test']).toBe('two');
    expect(headersFor(rules, '/')['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});
