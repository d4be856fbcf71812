import { feedPagePath } from '@/lib/search';
import { withBase } from '../site';

interface Props {
  page: number;
  pageCount: number;
}

/** The first and last page and two either side of the current one: every page within a few clicks. */
export function pageWindow(page: number, pageCount: number, around = 2): number[] {
  return Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= around,
  );
}

/**
 * Links between the static feed pages, so every rule is reachable without JavaScript. Plain <a> rather than
 * next/link: nothing to hydrate and no prefetch of pages a script-enabled reader never opens (search replaces
 * this list once its index has loaded).
 */
export function FeedPageNav({ page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const step =
    'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent';
  const pages = pageWindow(page, pageCount);
  return (
    <nav aria-label="Feed pages" className="space-y-3 py-2" data-testid="feed-pages">
      <div className="flex items-center justify-between gap-3">
        {page > 1 ? (
          <a href={withBase(feedPagePath(page - 1))} rel="prev" className={step}>
            ← Newer
          </a>
        ) : (
          <span />
        )}
        <span className="text-sm text-muted tabular-nums">
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <a href={withBase(feedPagePath(page + 1))} rel="next" className={step}>
            Older →
          </a>
        ) : (
          <span />
        )}
      </div>
      <ul className="flex flex-wrap gap-1 text-sm">
        {pages.map((n, i) => (
          <li
            key={n}
            className={i > 0 && n > pages[i - 1]! + 1 ? "before:px-1 before:content-['…']" : undefined}
          >
            <a
              href={withBase(feedPagePath(n))}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`Page ${n}`}
              className={`inline-block min-w-9 rounded-md px-2 py-1.5 text-center tabular-nums ${
                n === page
                  ? 'bg-accent-soft font-semibold text-accent'
                  : 'text-ink hover:bg-sunken hover:underline'
              }`}
            >
              {n}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
