'use client';
// Fetches /search-index.json once, off the critical path, and builds the catalog and the text scan from it.
import { useEffect, useState } from 'react';
import {
  createCatalogInSlices,
  createScanIndexInSlices,
  type Catalog,
  type SearchIndexFile,
  type TextIndex,
} from '@/lib/search';
import { withBase } from '../site';

export interface LoadedIndex {
  catalog: Catalog;
  index: TextIndex;
}

let loading: Promise<LoadedIndex> | null = null;

/** Lets the browser handle input and paint before the next slice of index work. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, not setTimeout: nested timeouts are clamped to 4 ms each.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function load(): Promise<LoadedIndex> {
  loading ??= fetch(withBase('/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(async (file) => {
      await pause();
      const catalog = await createCatalogInSlices(file, pause);
      return { catalog, index: await createScanIndexInSlices(catalog, pause) };
    });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function useSearchIndex(wanted: boolean): { loaded: LoadedIndex | null; failed: boolean } {
  const [loaded, setLoaded] = useState<LoadedIndex | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        setLoaded(value);
        document.documentElement.dataset.searchIndexReady = String(Math.round(performance.now()));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return { loaded, failed };
}
