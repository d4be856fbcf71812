'use client';
import { memo } from 'react';
import {
  FACET_KEYS,
  type Catalog,
  type DateField,
  type FacetCounts,
  type FacetKey,
  type SearchState,
} from '@/lib/search';
import { DateFilter } from './DateFilter';
import { FacetGroup } from './FacetGroup';

interface Props {
  catalog: Catalog;
  counts: FacetCounts;
  filters: SearchState['filters'];
  dateField: DateField;
  from?: string;
  to?: string;
  onToggle: (facet: FacetKey, value: string) => void;
  onDate: (change: { dateField?: DateField; from?: string; to?: string }) => void;
}

/** Memoised: a keystroke changes the results at once; the panel re-renders when its counts arrive. */
export const FilterPanel = memo(function FilterPanel({
  catalog,
  counts,
  filters,
  dateField,
  from,
  to,
  onToggle,
  onDate,
}: Props) {
  return (
    <div className="space-y-2" role="group" aria-label="Filters">
      {FACET_KEYS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          counts={counts[facet]}
          selected={filters[facet] ?? []}
          catalog={catalog}
          onToggle={onToggle}
        />
      ))}
      <DateFilter dateField={dateField} from={from} to={to} onChange={onDate} />
    </div>
  );
});
