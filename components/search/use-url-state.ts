'use client';
// The search state lives in the URL: read on load and on back/forward, written on every change. Filter, sort
// and page changes push a history entry; keystrokes after the first of a typing run replace it, so Back
// returns to the previous search rather than the previous letter.
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeState, EMPTY_STATE, encodeState, type SearchState } from '@/lib/search';

export type HistoryMode = 'push' | 'replace';

export function useUrlState(): [SearchState, (next: SearchState, mode: HistoryMode) => void] {
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  const stateRef = useRef(state);

  useEffect(() => {
    const read = () => {
      stateRef.current = decodeState(window.location.search);
      setState(stateRef.current);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const update = useCallback((next: SearchState, mode: HistoryMode) => {
    stateRef.current = next;
    setState(next);
    const query = encodeState(next);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (mode === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }, []);

  return [state, update];
}
