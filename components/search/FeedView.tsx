import { formatCount } from '@/lib/format';
import { feedPageCount, feedPageSlice, PAGE_SIZE } from '@/lib/search';
import { RuleList } from '../RuleList';
import { withBase } from '../site';
import type { RuleSummary } from '../rule-types';
import { FeedPageNav } from './FeedPageNav';
import { FeedSearch } from './FeedSearch';

interface Props {
  /** every rule, newest first */
  rows: (RuleSummary & { updated: string })[];
  /** the static page shown (1-based) */
  page: number;
}

/**
 * The feed: one static page of rules (the whole catalogue across /, /page/2/, ...), which search and filters
 * replace once the index has loaded. Only this page's rows are in the HTML and the RSC payload, so the feed
 * stays a few dozen KB however large the catalogue grows.
 */
export function FeedView({ rows, page }: Props) {
  // Distinct IDs as tagged (techniques and sub-techniques, newer-than-data ones too), so not the coverage page's
  // "N of 216 techniques": the label says what it counts.
  const techniques = new Set(rows.flatMap((r) => r.attack.techniques)).size;
  const pageCount = feedPageCount(rows.length);
  const first = (page - 1) * PAGE_SIZE + 1;
  const shown = feedPageSlice(rows, page);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Detection rules</h1>
          <p className="mt-1 text-sm text-muted">
            <span data-testid="rule-count">
              {formatCount(rows.length)} {rows.length === 1 ? 'rule' : 'rules'}
            </span>
            , newest first. Sigma originals with KQL for Microsoft Sentinel.
            {page > 1 ? (
              <>
                {' '}
                Page {page} of {pageCount}: rules {formatCount(first)}–{formatCount(first + shown.length - 1)}
                .
              </>
            ) : null}
          </p>
        </div>
        <a href={withBase('/coverage/')} className="text-sm font-medium text-accent hover:underline">
          ATT&amp;CK coverage: {techniques} technique IDs tagged →
        </a>
      </div>
      {/* The search is a React island (feed-island.tsx), hydrated on the reader's first interaction by
          public/hydrate.js with the search index fetched alongside; the rest of the page stays static HTML. */}
      <div
        data-hydrate="island"
        data-island="feed"
        data-total={rows.length}
        data-page={page}
        data-hydrate-preload={withBase('/search-index.json')}
      >
        <FeedSearch total={rows.length} page={page}>
          {/* The island adopts these rows as they are (feed-island.tsx), so the attributes must stay these. */}
          <div data-feed-list="" className="space-y-3">
            <RuleList rules={shown} />
            <FeedPageNav page={page} pageCount={pageCount} />
          </div>
        </FeedSearch>
      </div>
    </div>
  );
}
