'use client';
// The feed's search runs in a Web Worker (lib/search/worker.ts, lib/search/service.ts): it fetches the index,
// builds the catalog and the text scan, and answers each state with one page of results and then the filter
// counts. The page's main thread only renders what comes back, so React's start and a reader's keystrokes never
// wait for 1.5 MB of JSON to be parsed and scanned. public/hydrate.js starts the worker on the reader's first
// interaction, before React has arrived; this adopts it. Without the built worker (`next dev`, or a browser that
// refuses it) the same service answers on the main thread.
import { useEffect, useRef, useState } from 'react';
import {
  createSearchHandler,
  fetchIndexFile,
  type FacetCounts,
  type PageOutcome,
  type SearchReply,
  type SearchRequest,
  type SearchState,
} from '@/lib/search';
import { withBase } from '../site';

type Listener = (reply: SearchReply) => void;

interface SearchClient {
  /** Sends a state to answer; returns its id (replies carry it). */
  ask(state: SearchState): number;
  listen(listener: Listener): () => void;
}

let client: SearchClient | null = null;

/** The worker public/hydrate.js started, or one started now from the file the loader names; null without. */
function searchWorker(): Worker | null {
  const early = (window as Window & { socSearch?: { worker: Worker; failed: boolean } }).socSearch;
  if (early) return early.failed ? null : early.worker;
  const file = document.querySelector<HTMLScriptElement>('script[data-search-worker]')?.dataset.searchWorker;
  if (!file || !('Worker' in window)) return null;
  try {
    return new Worker(file);
  } catch {
    return null;
  }
}

function startClient(): SearchClient {
  const listeners = new Set<Listener>();
  // ready or failed: what a listener that comes later is told at once
  let status: SearchReply | null = null;
  let asked = 0;
  const receive = (reply: SearchReply) => {
    if (reply.kind === 'ready' || reply.kind === 'failed') status = reply;
    if (reply.kind === 'ready')
      document.documentElement.dataset.searchIndexReady = String(Math.round(performance.now()));
    for (const listener of listeners) listener(reply);
  };
  const load: SearchRequest = {
    kind: 'load',
    url: new URL(withBase('/search-index.json'), window.location.href).href,
  };
  let latest: SearchRequest | null = null;
  let send: (request: SearchRequest) => void;
  // Without a worker, or when it fails (its file refused or unreachable), the service answers on this thread.
  const onThisThread = () => {
    send = createSearchHandler(receive, fetchIndexFile);
    send(load);
    if (latest) send(latest);
  };
  const worker = searchWorker();
  if (worker) {
    worker.onmessage = (event: MessageEvent<SearchReply>) => receive(event.data);
    worker.onerror = () => {
      worker.terminate();
      onThisThread();
    };
    send = (request) => worker.postMessage(request);
    // Asked again if hydrate.js asked already: the worker loads the index once and says when it is ready.
    send(load);
  } else onThisThread();
  return {
    ask(state) {
      asked += 1;
      latest = { kind: 'query', id: asked, state };
      send(latest);
      return asked;
    },
    listen(listener) {
      listeners.add(listener);
      if (status) listener(status);
      return () => listeners.delete(listener);
    },
  };
}

function searchClient(): SearchClient {
  return (client ??= startClient());
}

export interface Search {
  /** the answer for the latest state asked (or the one before it, until that arrives); null before the first */
  outcome: PageOutcome | null;
  /** the filter counts, which follow the outcome */
  counts: FacetCounts | null;
  /** ATT&CK technique ID -> name, once the index has loaded */
  techniqueNames: Record<string, string> | null;
  failed: boolean;
}

/** Once `wanted`, asks the search worker for every state and keeps its latest answers. */
export function useSearch(wanted: boolean, state: SearchState): Search {
  const [outcome, setOutcome] = useState<PageOutcome | null>(null);
  const [counts, setCounts] = useState<FacetCounts | null>(null);
  const [techniqueNames, setTechniqueNames] = useState<Record<string, string> | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (!wanted) return;
    return searchClient().listen((reply) => {
      if (reply.kind === 'ready') setTechniqueNames(reply.techniqueNames);
      else if (reply.kind === 'failed') setFailed(true);
      else if (reply.id !== latest.current) return;
      else if (reply.kind === 'outcome') setOutcome(reply.outcome);
      else setCounts(reply.counts);
    });
  }, [wanted]);

  // Asked at once, before the index is ready: the worker answers the latest state as soon as it can.
  useEffect(() => {
    if (wanted) latest.current = searchClient().ask(state);
  }, [wanted, state]);

  return { outcome, counts, techniqueNames, failed };
}
