import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildAtomFeed,
  buildJsonFeed,
  FEED_SIZE,
  JSON_FEED_VERSION,
  selectFeedRules,
  type FeedRule,
} from '@/lib/feeds';

const rule = (n: number, over: Partial<FeedRule> = {}): FeedRule => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  slug: `rule-${n}`,
  title: `Rule ${n}`,
  description: `Detects thing ${n}.`,
  level: 'high',
  status: 'test',
  author: 'Test Author',
  date: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`,
  attack: { techniques: ['T1572'], tactics: ['command-and-control'] },
  ...over,
});

const HOSTILE: FeedRule = rule(99, {
  title: 'Evil <script>alert(1)</script> & "quotes" \u0001 \'single\'',
  description: ']]> <![CDATA[ <b>bold</b> & more \u0000\u001f',
  author: 'A & B <a@b>',
  modified: '2026-02-01',
});
const OPTIONS = {
  siteUrl: 'https://soc.example.org/catalog',
  techniqueName: (id: string) => (id === 'T1572' ? 'Protocol Tunneling' : undefined),
};
const RULES = [
  rule(1),
  rule(2, { modified: '2025-06-30' }),
  HOSTILE,
  rule(3, { author: '', attack: { techniques: [], tactics: [] } }),
];

const parseAtom = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'category', 'link'].includes(name),
  });
  return parser.parse(xml).feed;
};

describe('feed selection', () => {
  it('orders by last change, newest first, and caps the size', () => {
    expect(selectFeedRules(RULES).map((r) => r.slug)).toEqual(['rule-99', 'rule-2', 'rule-3', 'rule-1']);
    const many = Array.from({ length: FEED_SIZE + 20 }, (_, i) => rule(i));
    expect(selectFeedRules(many)).toHaveLength(FEED_SIZE);
    expect(selectFeedRules(many, 5)).toHaveLength(5);
  });
});

describe('Atom', () => {
  const feed = parseAtom(buildAtomFeed(RULES, OPTIONS));

  it('is well-formed and carries the required feed elements', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://soc.example.org/catalog/');
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe('2026-02-01T00:00:00Z');
    expect(feed.author.name).toBe('SOC Feed');
    const self = feed.link.find((l: Record<string, string>) => l['@rel'] === 'self');
    expect(self['@href']).toBe('https://soc.example.org/catalog/feed.xml');
  });

  it('gives every entry id, title, updated, absolute link, summary, severity and techniques', () => {
    expect(feed.entry).toHaveLength(RULES.length);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.link[0]['@href']).toMatch(/^https:\/\/soc\.example\.org\/catalog\/rules\/rule-\d+\/$/);
      expect(entry.summary['#text']).toMatch(/^Severity: high/);
      expect(entry.category.some((c: Record<string, string>) => c['@label'] === 'Severity: high')).toBe(true);
    }
    const first = feed.entry[1];
    expect(first.category.map((c: Record<string, string>) => c['@label'] ?? c['@term'])).toEqual([
      'Severity: high',
      'T1572 Protocol Tunneling',
      'command-and-control',
    ]);
    expect(first.summary['#text']).toContain('ATT&CK: T1572 Protocol Tunneling');
    expect(first.summary['#text']).toContain('Updated 2025-06-30.');
  });

  it('keeps hostile text as text', () => {
    const evil = feed.entry[0];
    expect(evil.title).toBe('Evil <script>alert(1)</script> & "quotes"  \'single\'');
    expect(evil.summary['#text']).toContain(']]> <![CDATA[ <b>bold</b> & more');
    expect(evil.author.name).toBe('A & B <a@b>');
  });

  it('leaves out an empty author', () => {
    expect(feed.entry[2].author).toBeUndefined();
  });
});

describe('JSON Feed 1.1', () => {
  const text = JSON.stringify(buildJsonFeed(RULES, OPTIONS));
  const feed = JSON.parse(text);

  it('has the required top-level fields', () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.title).toEqual(expect.any(String));
    expect(feed.feed_url).toBe('https://soc.example.org/catalog/feed.json');
    expect(feed.home_page_url).toBe('https://soc.example.org/catalog/');
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives every item a unique id, content, absolute url and RFC 3339 dates', () => {
    const ids = new Set();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      ids.add(item.id);
      expect(item.content_text || item.content_html).toBeTruthy();
      expect(item.url).toMatch(/^https:\/\/soc\.example\.org\/catalog\/rules\//);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(item.date_modified >= item.date_published).toBe(true);
      expect(item._soc_feed.severity).toBe('high');
    }
    expect(ids.size).toBe(feed.items.length);
    expect(feed.items[1].tags).toEqual(['severity:high', 'T1572', 'command-and-control']);
    expect(feed.items[1]._soc_feed.techniques).toEqual([{ id: 'T1572', name: 'Protocol Tunneling' }]);
    expect(feed.items[2].authors).toBeUndefined();
  });
});
