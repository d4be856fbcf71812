import { memo } from 'react';
import type { QueryOutcome } from '@/lib/search';
import { ResultRow } from './ResultRow';

interface Props {
  outcome: QueryOutcome;
  query: string;
}

/** Memoised: the deferred render that brings the filter counts leaves the rows alone. */
export const ResultList = memo(function ResultList({ outcome, query }: Props) {
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <div
        aria-hidden="true"
        className="hidden grid-cols-[5.5rem_minmax(0,1fr)_8.5rem_8.5rem_5.5rem] gap-4 border-b border-line bg-sunken px-4 py-2 text-xs font-semibold uppercase tracking-wider text-muted md:grid"
      >
        <span>Severity</span>
        <span>Rule</span>
        <span>Techniques</span>
        <span>Table</span>
        <span className="text-right">Updated</span>
      </div>
      <ol className="divide-y divide-line" data-testid="search-results">
        {outcome.pageResults.map((entry) => (
          <ResultRow key={entry.slug} entry={entry} query={query} hit={outcome.hits.get(entry.n)} />
        ))}
      </ol>
    </div>
  );
});
