// Which rules a feed carries and how each is described. A subscriber wants what is new or changed, so the
// order is by last change (modified, else created), newest first.
import type { FeedEntry, FeedOptions, FeedRule } from './types';

export const FEED_SIZE = 100;
export const FEED_TITLE = 'SOC Feed: new and updated detection rules';
export const FEED_DESCRIPTION =
  'The newest and most recently modified Sigma detection rules in SOC Feed, with severity, ATT&CK techniques and KQL for Microsoft Sentinel.';
export const FEED_RIGHTS =
  'Rules are by their authors (SigmaHQ and contributors) under the Detection Rule License (DRL) 1.1 unless the rule states otherwise.';

export function lastChange(rule: FeedRule): string {
  return rule.modified && rule.modified > rule.date ? rule.modified : rule.date;
}

/** YYYY-MM-DD as an RFC 3339 timestamp (rules carry dates only: midnight UTC). */
export function rfc3339(day: string): string {
  return `${day}T00:00:00Z`;
}

export function selectFeedRules<R extends FeedRule>(rules: readonly R[], limit = FEED_SIZE): R[] {
  return [...rules]
    .sort(
      (a, b) =>
        lastChange(b).localeCompare(lastChange(a)) ||
        b.date.localeCompare(a.date) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, limit);
}

/** A site path (starting with /) as an absolute URL. */
export function siteLink(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

function summaryOf(rule: FeedRule, techniques: FeedEntry['techniques']): string {
  const head = [`Severity: ${rule.level}`, `status: ${rule.status}`];
  if (techniques.length) {
    head.push(`ATT&CK: ${techniques.map((t) => (t.name ? `${t.id} ${t.name}` : t.id)).join(', ')}`);
  }
  const updated = rule.modified && rule.modified > rule.date ? ` Updated ${rule.modified}.` : '';
  return `${head.join('; ')}.${updated} ${rule.description}`.trim();
}

export function feedEntries(rules: readonly FeedRule[], options: FeedOptions): FeedEntry[] {
  return selectFeedRules(rules, options.limit).map((rule) => {
    const techniques = rule.attack.techniques.map((id) => ({ id, name: options.techniqueName?.(id) }));
    return {
      id: `urn:uuid:${rule.id.toLowerCase()}`,
      url: siteLink(options.siteUrl, `/rules/${rule.slug}/`),
      title: rule.title,
      summary: summaryOf(rule, techniques),
      severity: rule.level,
      status: rule.status,
      author: rule.author,
      published: rfc3339(rule.date),
      updated: rfc3339(lastChange(rule)),
      techniques,
      tactics: rule.attack.tactics,
    };
  });
}
