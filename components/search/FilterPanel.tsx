'use client';
import {
  FACET_KEYS,
  type Catalog,
  type DateField,
  type FacetKey,
  type QueryOutcome,
  type SearchState,
} from '@/lib/search';
import { DateFilter } from './DateFilter';
import { FacetGroup } from './FacetGroup';

interface Props {
  catalog: Catalog;
  outcome: QueryOutcome;
  state: SearchState;
  onToggle: (facet: FacetKey, value: string) => void;
  onDate: (change: { dateField?: DateField; from?: string; to?: string }) => void;
}

export function FilterPanel({ catalog, outcome, state, onToggle, onDate }: Props) {
  return (
    <div className="space-y-2" role="group" aria-label="Filters">
      {FACET_KEYS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          counts={outcome.counts[facet]}
          selected={state.filters[facet] ?? []}
          catalog={catalog}
          onToggle={onToggle}
        />
      ))}
      <DateFilter state={state} onChange={onDate} />
    </div>
  );
}
