import { withBase } from '../site';

// Feed autodiscovery for every page. Plain <link> elements in the root layout's <head> rather than
// metadata.alternates: a page's own `alternates` (canonical) would replace the layout's, dropping the feeds.
export function FeedLinks() {
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        title="SOC Feed (Atom)"
        href={withBase('/feed.xml')}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        title="SOC Feed (JSON Feed)"
        href={withBase('/feed.json')}
      />
    </>
  );
}
