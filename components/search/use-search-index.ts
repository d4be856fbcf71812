'use client';
// Fetches /search-index.json once, off the critical path, and builds the catalog and the text scan from it.
import { useEffect, useState } from 'react';
import {
  createCatalog,
  createScanIndex,
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

function load(): Promise<LoadedIndex> {
  loading ??= fetch(withBase('/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      const catalog = createCatalog(file);
      return { catalog, index: createScanIndex(catalog) };
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
