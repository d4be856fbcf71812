import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompactRuleList } from '@/components/search/CompactRuleList';

// The no-JavaScript list below the first page: every rule, linked, numbered on from the first page, and
// rule text stays text.
describe('CompactRuleList', () => {
  const rules = [
    {
      slug: 'a-rule',
      title: 'A <script>alert(1)</script> & rule',
      level: 'informational',
      updated: '2025-01-02',
    },
    { slug: 'b-rule', title: 'B rule', level: 'critical', updated: '2024-12-31' },
  ];
  const html = renderToStaticMarkup(createElement(CompactRuleList, { rules, start: 51 }));

  it('lists every rule with its link, severity and date, numbered from start', () => {
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<ol start="51"');
    expect(html).toContain('href="/rules/a-rule/"');
    expect(html).toContain('<b>INFO</b>');
    expect(html).toContain('<b>CRITICAL</b>');
    expect(html).toContain('<time dateTime="2024-12-31">2024-12-31</time>');
    expect(html).toContain('2 more rules, by last change');
  });

  it('escapes rule text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; rule');
  });

  it('renders nothing for no rules', () => {
    expect(renderToStaticMarkup(createElement(CompactRuleList, { rules: [], start: 51 }))).toBe('');
  });
});
