'use client';
// The search state lives in the URL: read on load and on back/forward, written on every change. Filter, sort
// and page changes push a history entry; keystrokes after the first of a typing run replace it, so Back
// returns to the previous search rather than the previous letter. Those replacements are written at most once per
// URL_INTERVAL (a history write costs a few milliseconds a keystroke need not wait for), and at once before a push
// and on any click (which may leave the page), so the URL lags the box by a fraction of a second at most.
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeState, EMPTY_STATE, encodeState, type SearchState } from '@/lib/search';

export type HistoryMode = 'push' | 'replace';

const URL_INTERVAL = 150;

/**
 * defaultPage: the static feed page (/page/<n>/) the URL is on, which stands for its page until the query string
 * names another, so the enhanced list shows the same rules the static one did.
 */
export function useUrlState(
  defaultPage = 1,
): [SearchState, (next: SearchState, mode: HistoryMode) => void, () => SearchState] {
  const [state, setState] = useState<SearchState>({ ...EMPTY_STATE, page: defaultPage });
  const stateRef = useRef(state);
  /** a replacement not yet written, and the timer that will write it */
  const pending = useRef<{ state: SearchState; timer: number } | null>(null);

  const write = useCallback(
    (next: SearchState, mode: HistoryMode) => {
      // On /page/<n>/ an empty query string means page n, so the first page must be named there.
      const query = encodeState(next) || (next.page !== defaultPage ? `page=${next.page}` : '');
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    },
    [defaultPage],
  );

  const flush = useCallback(() => {
    if (!pending.current) return;
    window.clearTimeout(pending.current.timer);
    const { state: next } = pending.current;
    pending.current = null;
    write(next, 'replace');
  }, [write]);

  useEffect(() => {
    const read = () => {
      // Back or forward: the entry's own URL wins over a replacement still waiting.
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = null;
      const { search } = window.location;
      stateRef.current = search ? decodeState(search) : { ...EMPTY_STATE, page: defaultPage };
      setState(stateRef.current);
    };
    read();
    window.addEventListener('popstate', read);
    // A click may leave the page (a result, a header link): the feed's history entry gets the whole query first.
    window.addEventListener('click', flush, true);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener('click', flush, true);
      // Unmounted: the page is going away, after the click that left it wrote the URL; nothing more is written.
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = null;
    };
  }, [defaultPage, flush]);

  const update = useCallback(
    (next: SearchState, mode: HistoryMode) => {
      stateRef.current = next;
      setState(next);
      if (mode === 'replace') {
        if (pending.current) pending.current.state = next;
        else pending.current = { state: next, timer: window.setTimeout(flush, URL_INTERVAL) };
        return;
      }
      flush();
      write(next, 'push');
    },
    [flush, write],
  );

  const current = useCallback(() => stateRef.current, []);

  return [state, update, current];
}
