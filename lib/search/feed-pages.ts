// The feed without JavaScript: every rule is listed, PAGE_SIZE per static page, newest first like the search UI's
// default order (DEFAULT_SORT), so the static pages and the enhanced list without a query read alike.
import { PAGE_SIZE } from './state';

export function feedPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Site path of a static feed page: the feed itself for page 1, /page/<n>/ after it. */
export function feedPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}

/** The rules of one static page (1-based), from the full newest-first list. */
export function feedPageSlice<T>(rows: readonly T[], page: number): T[] {
  return rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}
