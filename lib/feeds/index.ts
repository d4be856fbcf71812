// Subscribable feeds of new and updated rules: pure builders (Atom 1.0, JSON Feed 1.1) used by the
// app/feed.xml and app/feed.json routes. Links are absolute: the routes pass the site URL (SITE_URL env var,
// default http://localhost:3000, plus BASE_PATH).
export type { FeedEntry, FeedOptions, FeedRule } from './types';
export {
  FEED_DESCRIPTION,
  FEED_RIGHTS,
  FEED_SIZE,
  FEED_TITLE,
  feedEntries,
  lastChange,
  rfc3339,
  selectFeedRules,
} from './entries';
export { ATTACK_TACTIC_SCHEME, ATTACK_TECHNIQUE_SCHEME, buildAtomFeed, escapeXml } from './atom';
export { buildJsonFeed, JSON_FEED_VERSION } from './json-feed';
export type { JsonFeed, JsonFeedItem } from './json-feed';
