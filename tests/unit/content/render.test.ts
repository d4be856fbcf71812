import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content';

// Rule prose is untrusted: each row is an attack and what must (not) come out.
const cases: { name: string; markdown: string; absent: RegExp[]; present?: RegExp[] }[] = [
  {
    name: 'script tag',
    markdown: '<script>alert(1)</script>',
    absent: [/<script/i],
    present: [/&lt;script&gt;/],
  },
  { name: 'event handler', markdown: '<img src=x onerror="alert(1)">', absent: [/<img/i] },
  { name: 'javascript: link', markdown: '[x](javascript:alert(1))', absent: [/href="javascript/i, /<a /] },
  { name: 'JAVASCRIPT: with entities', markdown: '[x](JaVaScRiPt&#58;alert(1))', absent: [/<a /] },
  { name: 'vbscript: link', markdown: '[x](vbscript:msgbox(1))', absent: [/<a /] },
  {
    name: 'data: link',
    markdown: '[x](data:text/html,<script>alert(1)</script>)',
    absent: [/<a /, /<script/],
  },
  { name: 'autolink', markdown: '<javascript:alert(1)>', absent: [/<a /] },
  { name: 'image', markdown: '![x](https://example.org/pixel.png)', absent: [/<img/] },
  { name: 'raw anchor', markdown: '<a href="javascript:alert(1)">x</a>', absent: [/<a /] },
];

describe('renderMarkdown', () => {
  it.each(cases)('neutralises $name', ({ markdown, absent, present = [] }) => {
    const html = renderMarkdown(markdown);
    for (const pattern of absent) expect(html).not.toMatch(pattern);
    for (const pattern of present) expect(html).toMatch(pattern);
  });

  it('gives external links rel="noopener noreferrer" and keeps site links plain', () => {
    expect(renderMarkdown('[a](https://example.org/)')).toContain('rel="noopener noreferrer"');
    expect(renderMarkdown('[a](/rules/x/)')).not.toContain('rel=');
  });

  it('moves headings inside a section below the section heading', () => {
    expect(renderMarkdown('## Sub')).toContain('<h3>Sub</h3>');
    expect(renderMarkdown('# Top')).toContain('<h3>Top</h3>');
  });
});
