// The bulk Sentinel download of a technique page as a React island: the browser entry scripts/island.ts builds for
// pages marked data-island="bulk-export". The rest of such a page is static HTML; public/hydrate.js loads this
// module on the reader's first interaction and holds a click on the button until the island has hydrated, then
// replays it. Next's runtime and the page's flight data (the whole rule table a second time) never load.
import { hydrateRoot } from 'react-dom/client';
import { useHydratedSignal } from '../use-hydrated';
import { BulkSentinelDownload } from './BulkSentinelDownload';

function Island(props: { slugs: string[]; fileName: string; label: string }) {
  useHydratedSignal();
  return <BulkSentinelDownload {...props} />;
}

function start(): void {
  const host = document.querySelector<HTMLElement>('[data-island="bulk-export"]');
  if (!host) throw new Error('bulk export island: the page has no download to hydrate');
  const { slugs = '', fileName = '', label = '' } = host.dataset;
  hydrateRoot(host, <Island slugs={slugs.split(' ').filter(Boolean)} fileName={fileName} label={label} />);
}

start();
