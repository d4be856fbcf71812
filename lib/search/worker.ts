// The entry of the feed's search worker: bundled on its own by scripts/search-worker.ts (postbuild) and started by
// public/hydrate.js on the reader's first interaction, so the index loads on another core while React starts.
import { createSearchHandler, fetchIndexFile, type SearchReply, type SearchRequest } from './service';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply): void;
};

const handle = createSearchHandler((reply) => scope.postMessage(reply), fetchIndexFile);
scope.onmessage = (event) => handle(event.data);
