// The coverage page's explorer as a React island: the browser entry scripts/island.ts builds for the page marked
// data-island="coverage". The matrix, counts and lists are all in the HTML; public/hydrate.js loads this module on
// the reader's first interaction, with the explorer's props (/coverage/explorer.json, the very props the page was
// rendered from) fetched alongside, and it hydrates the explorer's element only. Next's runtime never loads.
import { hydrateRoot } from 'react-dom/client';
import { signalIslandFailed } from '../use-hydrated';
import { CoverageExplorer } from './CoverageExplorer';

type Props = Parameters<typeof CoverageExplorer>[0];

async function start(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-island="coverage"]');
  const url = host?.dataset.hydratePreload;
  if (!host || !url) throw new Error('coverage island: the page has no explorer to hydrate');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  hydrateRoot(host, <CoverageExplorer {...((await response.json()) as Props)} />);
}

// On failure the page stays what its HTML is (every count and list, plain links); the loader says so on the page.
start().catch(signalIslandFailed);
