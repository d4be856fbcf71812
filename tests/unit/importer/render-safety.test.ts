import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content';
import { mdCode, mdText, runImport } from '@/lib/importer';
import { clock, copyFixture, read, tempDir } from './helpers';

describe('markdown escaping', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['[click](javascript:alert(1))'],
    ['**bold** _em_ `code` # heading'],
    ['- not a list'],
    ['1. not a list'],
    ['a | b | c'],
    ['&lt;b&gt; entity'],
  ])('mdText keeps %s literal', (value) => {
    const html = renderMarkdown(mdText(value));
    expect(html).not.toMatch(/<(script|img|a|strong|em|code|h\d|ul|ol|li|table)\b/);
    const text = html
      .replace(/<\/?p>\n?/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(text).toBe(value);
  });

  it.each([['plain'], ['with `tick`'], ['``double``'], ['`edge'], [' spaced '], ['<b>html</b>'], ['a\\b*c']])(
    'mdCode renders %s as exactly one code span with the value',
    (value) => {
      const html = renderMarkdown(mdCode(value));
      const match = /^<p><code>([\s\S]*)<\/code><\/p>\n?$/.exec(html);
      expect(match).not.toBeNull();
      expect(
        match![1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ).toBe(value);
    },
  );

  it('renders a hostile rule as inert text', async () => {
    const out = tempDir();
    await runImport({ source: copyFixture('repo'), out, now: clock('2026-01-01T00:00:00Z') });
    const md = read(path.join(out, 'connection-to-example-tunnel-relay-b-service-b.md'));
    const body = md.slice(md.indexOf('\n---\n') + 5);
    const html = renderMarkdown(body);
    expect(html).not.toMatch(/<(script|img)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<code>.tunnel`s.example.com</code>');
  });
});
