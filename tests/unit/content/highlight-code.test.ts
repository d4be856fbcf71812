import { describe, expect, it } from 'vitest';
import { highlightCode } from '@/lib/content';

// The spans that carry a class, as [class, text] pairs.
const tokens = (html: string) =>
  [...html.matchAll(/<span class="([^"]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]?.trim()]);

describe('highlightCode', () => {
  it.each([
    ['a verbatim string ending in a backslash', 'T | extend P = strcat(K, @"\\", V) | where A == 1', '@"\\"'],
    ['a verbatim single-quoted string', "T | where P startswith @'C:\\' and A == 1", "@'C:\\'"],
    ['a doubled quote inside a verbatim string', 'T | where P == @"say ""hi""" and A == 1', '@"say ""hi"""'],
  ])('ends %s where Kusto ends it, so the code after it is code', async (_name, kql, literal) => {
    const html = await highlightCode(kql, 'kusto');
    expect(tokens(html)).toContainEqual(['c-string-expression', literal]);
    expect(tokens(html)).not.toContainEqual(['c-string-expression', expect.stringContaining('A ==')]);
  });

  it('escapes the text of every block', async () => {
    const html = await highlightCode('title: <script>alert(1)</script>', 'yaml');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
  });
});
