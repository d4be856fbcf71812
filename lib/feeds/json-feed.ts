// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Severity and ATT&CK go in tags for any reader and in the
// `_soc_feed` extension object for tools that want them typed.
import { FEED_DESCRIPTION, FEED_TITLE, feedEntries, siteLink } from './entries';
import type { FeedOptions, FeedRule } from './types';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string }[];
  tags: string[];
  _soc_feed: {
    severity: string;
    status: string;
    techniques: { id: string; name?: string }[];
    tactics: string[];
  };
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export function buildJsonFeed(rules: readonly FeedRule[], options: FeedOptions): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: FEED_TITLE,
    home_page_url: siteLink(options.siteUrl, '/'),
    feed_url: siteLink(options.siteUrl, '/feed.json'),
    description: FEED_DESCRIPTION,
    language: 'en',
    authors: [{ name: 'SOC Feed' }],
    items: feedEntries(rules, options).map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_text: e.summary,
      date_published: e.published,
      date_modified: e.updated,
      ...(e.author ? { authors: [{ name: e.author }] } : {}),
      tags: [`severity:${e.severity}`, ...e.techniques.map((t) => t.id), ...e.tactics],
      _soc_feed: { severity: e.severity, status: e.status, techniques: e.techniques, tactics: e.tactics },
    })),
  };
}
