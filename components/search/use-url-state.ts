'use client';
// The search state lives in the URL: read on load and on back/forward, written on every change. Filter, sort
// and page changes push a history entry; keystrokes after the first of a typing run replace it, so Back
// returns to the previous search rather than the previous letter.
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeState, EMPTY_STATE, encodeState, type SearchState } from '@/lib/search';

export type HistoryMode = 'push' | 'replace';

/**
 * defaultPage: the static feed page (/page/<n>/) the URL is on, which stands for its page until the query string
 * names another, so the enhanced list shows the same rules the static one did.
 */
export function useUrlState(defaultPage = 1): [SearchState, (next: SearchState, mode: HistoryMode) => void] {
  const [state, setState] = useState<SearchState>({ ...EMPTY_STATE, page: defaultPage });
  const stateRef = useRef(state);

  useEffect(() => {
    const read = () => {
      const { search } = window.location;
      stateRef.current = search ? decodeState(search) : { ...EMPTY_STATE, page: defaultPage };
      setState(stateRef.current);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [defaultPage]);

  const update = useCallback(
    (next: SearchState, mode: HistoryMode) => {
      stateRef.current = next;
      setState(next);
      // On /page/<n>/ an empty query string means page n, so the first page must be named there.
      const query = encodeState(next) || (next.page !== defaultPage ? `page=${next.page}` : '');
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    },
    [defaultPage],
  );

  return [state, update];
}
