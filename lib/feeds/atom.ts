// Atom 1.0 (RFC 4287). Text is escaped and stripped of characters XML 1.0 forbids, so no rule text can break
// the document or smuggle markup into a reader (summaries are type="text").
import { FEED_RIGHTS, FEED_TITLE, feedEntries, rfc3339, siteLink } from './entries';
import type { FeedOptions, FeedRule } from './types';

// The XML 1.0 Char production: tab, LF, CR and everything from space up, minus surrogates and U+FFFE/F.
// eslint-disable-next-line no-control-regex -- naming the allowed control characters is the point
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const attrs = (pairs: Record<string, string | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v ?? '')}"`)
    .join('');

export const ATTACK_TECHNIQUE_SCHEME = 'https://attack.mitre.org/techniques/';
export const ATTACK_TACTIC_SCHEME = 'https://attack.mitre.org/tactics/';

export function buildAtomFeed(rules: readonly FeedRule[], options: FeedOptions): string {
  const entries = feedEntries(rules, options);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), rfc3339('1970-01-01'));
  // Term appended to the scheme is the feed page filtered to that severity.
  const severityScheme = siteLink(options.siteUrl, '/?level=');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    el('id', siteLink(options.siteUrl, '/')),
    el('title', FEED_TITLE),
    el('subtitle', 'Newest and recently modified detection rules'),
    `<link${attrs({ rel: 'self', type: 'application/atom+xml', href: siteLink(options.siteUrl, '/feed.xml') })}/>`,
    `<link${attrs({ rel: 'alternate', type: 'text/html', href: siteLink(options.siteUrl, '/') })}/>`,
    el('updated', updated),
    '<author><name>SOC Feed</name></author>',
    el('rights', FEED_RIGHTS),
    el('generator', 'SOC Feed'),
  ];
  for (const e of entries) {
    lines.push(
      '<entry>',
      el('id', e.id),
      el('title', e.title),
      `<link${attrs({ rel: 'alternate', type: 'text/html', href: e.url })}/>`,
      el('published', e.published),
      el('updated', e.updated),
      ...(e.author ? [`<author>${el('name', e.author)}</author>`] : []),
      `<summary type="text">${escapeXml(e.summary)}</summary>`,
      `<category${attrs({ term: e.severity, scheme: severityScheme, label: `Severity: ${e.severity}` })}/>`,
      ...e.techniques.map(
        (t) =>
          `<category${attrs({ term: t.id, scheme: ATTACK_TECHNIQUE_SCHEME, label: t.name ? `${t.id} ${t.name}` : t.id })}/>`,
      ),
      ...e.tactics.map((tactic) => `<category${attrs({ term: tactic, scheme: ATTACK_TACTIC_SCHEME })}/>`),
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
