import { describe, expect, it } from 'vitest';
import {
  driftReport,
  fillTemplate,
  leftoverMention,
  pageTemplate,
  type SlotValues,
} from '../../../scripts/page-template';

// A shell page shaped like Next's export of a rule page after static-pages.ts: head elements in Next's order, the
// layout around <main id="main">.
const shellSlots: SlotValues = {
  title: '<title>Shell Rule · SOC Feed</title>',
  description: '<meta name="description" content="HIGH · T1059 · Shell &amp; co"/>',
  canonical: '<link rel="canonical" href="http://localhost:3000/rules/shell-rule/"/>',
  main: '<article data-static-page="true"><h1>Shell Rule</h1></article>',
};
const shell = (s: SlotValues) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    `${s.title}${s.description}<link rel="alternate" type="application/atom+xml" href="/feed.xml"/>`,
    `${s.canonical}</head><body><a href="#main" class="skip-link">Skip</a><header>SOC Feed</header>`,
    `<main id="main" class="site-main">${s.main}</main><footer>© SOC Feed</footer></body></html>`,
  ].join('');

const other: SlotValues = {
  title: '<title>Other &lt;b&gt; · SOC Feed</title>',
  description: '<meta name="description" content="LOW · &quot;quoted&quot;"/>',
  canonical: '<link rel="canonical" href="http://localhost:3000/rules/other/"/>',
  main: '<article data-static-page="true"><h1>Other &lt;b&gt;</h1><p>&lt;/main&gt;</p></article>',
};

describe('pageTemplate and fillTemplate', () => {
  it('give back the shell page when filled with its own slots', () => {
    const template = pageTemplate(shell(shellSlots));
    expect(template.slots).toEqual(['title', 'description', 'canonical', 'main']);
    expect(fillTemplate(template, shellSlots)).toBe(shell(shellSlots));
  });

  it("put another page's slots where the shell's were and keep everything else", () => {
    expect(fillTemplate(pageTemplate(shell(shellSlots)), other)).toBe(shell(other));
  });

  it('find the slots whatever their order in the head', () => {
    const reordered = shell(shellSlots)
      .replace(shellSlots.title, '')
      .replace('</head>', `${shellSlots.title}</head>`);
    const template = pageTemplate(reordered);
    expect(template.slots).toEqual(['description', 'canonical', 'title', 'main']);
    expect(fillTemplate(template, shellSlots)).toBe(reordered);
  });

  it.each([
    ['a missing title', shell(shellSlots).replace(shellSlots.title, ''), 'one title element'],
    ['a second canonical', shell(shellSlots).replace('</head>', `${shellSlots.canonical}</head>`), 'found 2'],
    ['no main', shell(shellSlots).replace('<main id="main" class="site-main">', '<div>'), 'one main element'],
  ])('refuse a shell with %s', (_, html, message) => {
    expect(() => pageTemplate(html)).toThrow(message);
  });
});

describe('leftoverMention', () => {
  it('finds the shell named outside the slots, and nothing when it is only in them', () => {
    const template = pageTemplate(shell(shellSlots));
    expect(leftoverMention(template, '/rules/shell-rule/')).toBeNull();
    const leaky = pageTemplate(
      shell(shellSlots).replace('</head>', '<meta property="og:url" content="/rules/shell-rule/"/></head>'),
    );
    expect(leftoverMention(leaky, '/rules/shell-rule/')).toContain('og:url');
  });
});

describe('driftReport', () => {
  it('is null for the same bytes', () => {
    expect(driftReport(shell(shellSlots), shell(shellSlots))).toBeNull();
  });

  it('says where two pages first differ, with context from each', () => {
    const next = shell(shellSlots);
    const ours = next.replace('<h1>Shell Rule</h1>', '<h1 class="x">Shell Rule</h1>');
    const report = driftReport(next, ours, 20)!;
    expect(report).toContain(`first difference at character ${next.indexOf('<h1>') + 3}`);
    expect(report).toContain('next: …"');
    expect(report).toMatch(/ours: .*class=\\"x\\"/);
  });

  it('reports a page that is only longer', () => {
    expect(driftReport('<p>a</p>', '<p>a</p>\n')).toContain('lengths 8 and 9');
  });
});
