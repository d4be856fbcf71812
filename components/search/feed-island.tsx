// The feed's search as a React island: the browser entry of the bundle scripts/island.ts builds. The feed pages are
// static HTML (every rule listed, the controls rendered and hidden until scripts run); public/hydrate.js loads this
// module on the reader's first interaction, and it hydrates the search's own element only. Next's App Router client
// (its router, the page's flight data and the rest of the document) never loads on the feed: React DOM and the
// search are all it runs, about half the script, so the first key shows results sooner.
import { useCallback } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { FeedSearch } from './FeedSearch';

// React owns the list's element but not what is in it: dangerouslySetInnerHTML with no markup makes it leave the
// server's rows alone while hydrating, and keep out of them after (the same object each render: nothing to update).
const NO_MARKUP = { __html: '' };

/**
 * The server-rendered rule list, adopted as it is: the DOM nodes it held when the island hydrated. Results replace it
 * (FeedSearch unmounts its children); clearing them mounts a new element that takes the same nodes back.
 */
function StaticList({ nodes, className }: { nodes: Node[]; className: string }) {
  const adopt = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && !element.hasChildNodes()) element.append(...nodes);
    },
    [nodes],
  );
  return <div ref={adopt} className={className} data-feed-list="" dangerouslySetInnerHTML={NO_MARKUP} />;
}

function start(): void {
  const host = document.querySelector<HTMLElement>('[data-island="feed"]');
  const list = host?.querySelector<HTMLElement>('[data-feed-list]');
  if (!host || !list) throw new Error('feed island: the page has no search element to hydrate');
  const total = Number(host.dataset.total);
  const page = Number(host.dataset.page);
  hydrateRoot(
    host,
    <FeedSearch total={total} page={page}>
      <StaticList nodes={[...list.childNodes]} className={list.className} />
    </FeedSearch>,
  );
}

start();
