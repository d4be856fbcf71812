import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, fileFor, urlPathOf } from '../../../scripts/check-links';

const fixtures = path.resolve(__dirname, '../../fixtures/links');
const at = (name: string) => path.join(fixtures, name);

describe('check-links on a tiny export', () => {
  it('finds nothing wrong with a sound export, its anchors and its original links', () => {
    const result = checkLinks({ dir: at('good'), contentDir: at('content') });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(4);
    expect(result.rulePages).toBe(1);
    // Links inside comments, scripts and the title are not links; the CSS font and srcset entries are.
    // Two canonical links count as internal links too, and the loader's two modules and preload as well as its src.
    expect(result.links).toBe(23);
  });

  it('reports every broken link, anchor, unsafe URL and original link', () => {
    const result = checkLinks({ dir: at('broken'), contentDir: at('broken-content') });
    const found = result.problems.map((p) => [p.file, p.kind, p.ref]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['index.html', 'MISSING_TARGET', '/_next/static/css/gone.css'],
        // The loader and what it names: each of its modules and the data it fetches alongside.
        ['index.html', 'MISSING_TARGET', '/hydrate.js'],
        ['index.html', 'MISSING_TARGET', '/_next/static/island/chunk-gone.js'],
        ['index.html', 'MISSING_TARGET', '/_next/static/island/feed-gone.js'],
        ['index.html', 'MISSING_TARGET', '/search-index.json'],
        ['index.html', 'MISSING_ANCHOR', '/rules/beta/#nope'],
        ['index.html', 'MISSING_ANCHOR', '#self-missing'],
        ['index.html', 'UNSAFE_URL', 'javascript:alert(1)'],
        ['index.html', 'UNSAFE_URL', 'JaVaScRiPt:alert(1)'],
        ['index.html', 'UNSAFE_URL', 'data:text/html,<script>alert(1)</script>'],
        ['index.html', 'MISSING_TARGET', '/rules/zeta/'],
        ['index.html', 'MISSING_TARGET', '../../../../etc/passwd'],
        [
          path.join('rules', 'beta', 'index.html'),
          'BAD_ORIGINAL',
          'https://github.com/SigmaHQ/sigma/blob/master/rules/windows/other.yml',
        ],
        [path.join('rules', 'gamma', 'index.html'), 'MISSING_ORIGINAL', ''],
        // Canonical links: another origin, a relative URL, a page the export does not have.
        [path.join('rules', 'beta', 'index.html'), 'BAD_CANONICAL', 'https://elsewhere.example/rules/beta/'],
        [path.join('rules', 'gamma', 'index.html'), 'BAD_CANONICAL', '/rules/gamma/'],
        ['index.html', 'MISSING_TARGET', '/rules/zeta/'],
        [
          path.relative(process.cwd(), path.join(at('broken-content'), 'delta.md')),
          'MISSING_RULE_PAGE',
          '/rules/delta/',
        ],
      ]),
    );
    expect(result.problems).toHaveLength(18);
  });

  it('checks a base-path build: links must carry the prefix', () => {
    const result = checkLinks({
      dir: at('based'),
      basePath: '/socfeed/',
      contentDir: at('content'),
      siteUrl: 'https://soc.example.org',
    });
    // The feed's canonical link forgot the base path as one of its links did.
    expect(result.problems.map((p) => [p.file, p.kind, p.ref])).toEqual([
      ['index.html', 'OUTSIDE_BASE_PATH', '/'],
      ['index.html', 'OUTSIDE_BASE_PATH', '/rules/alpha/'],
    ]);
  });

  it.each([
    ['index.html', '/'],
    [path.join('rules', 'x', 'index.html'), '/rules/x/'],
    ['404.html', '/404.html'],
    ['feed.xml', '/feed.xml'],
  ])('serves %s at %s', (file, url) => {
    expect(urlPathOf(file)).toBe(url);
  });

  it.each([
    ['/rules/alpha/', 'rules/alpha/index.html'],
    ['/rules/alpha', 'rules/alpha/index.html'],
    ['/404', '404.html'],
    ['/', 'index.html'],
    ['/rules/nope/', null],
    ['/%E0%A4%A', null],
  ])('maps %s to %s', (url, file) => {
    const found = fileFor(at('good'), url);
    expect(found && path.relative(at('good'), found)).toBe(file);
  });
});
