// What a feed needs of a rule. lib/content's Rule satisfies it; feeds stay pure (no file system).

export interface FeedRule {
  /** Sigma rule UUID */
  id: string;
  slug: string;
  title: string;
  description: string;
  level: string;
  status: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD */
  modified?: string;
  attack: { techniques: string[]; tactics: string[] };
}

export interface FeedOptions {
  /** Absolute URL of the site root, base path included, no trailing slash: https://soc.example.org/catalog */
  siteUrl: string;
  /** ATT&CK technique name lookup, for summaries and categories. */
  techniqueName?: (id: string) => string | undefined;
  /** How many entries (default FEED_SIZE). */
  limit?: number;
}

/** One entry, already chosen and described: the same facts go into Atom and JSON Feed. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  severity: string;
  status: string;
  author: string;
  /** RFC 3339 */
  published: string;
  /** RFC 3339 */
  updated: string;
  techniques: { id: string; name?: string }[];
  tactics: string[];
}
