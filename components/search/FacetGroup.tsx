'use client';
import { useState } from 'react';
import type { Catalog, FacetKey } from '@/lib/search';
import { FACET_LABELS, orderValues, valueLabel } from './labels';

const SHOWN = 8;
/** Short, always-useful facets start open; long ones start closed (and open when one of their values is on). */
const OPEN_BY_DEFAULT: ReadonlySet<FacetKey> = new Set(['level', 'status', 'tactic', 'kql']);

interface Props {
  facet: FacetKey;
  counts: Map<string, number>;
  selected: string[];
  catalog: Catalog;
  onToggle: (facet: FacetKey, value: string) => void;
}

/** One facet as checkboxes with live counts; long lists show the top values until expanded. */
export function FacetGroup({ facet, counts, selected, catalog, onToggle }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState(OPEN_BY_DEFAULT.has(facet) || selected.length > 0);
  const values = orderValues(facet, counts, selected);
  if (values.length === 0) return null;
  const visible = expanded ? values : values.filter((v, i) => i < SHOWN || selected.includes(v));
  const label = FACET_LABELS[facet];
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="border-t border-line pt-2"
      data-facet={facet}
    >
      <summary className="cursor-pointer rounded px-1 py-0.5 text-xs font-semibold uppercase tracking-wider text-muted hover:text-ink">
        {label}
        {selected.length ? <span className="ml-1 normal-case text-accent">({selected.length})</span> : null}
      </summary>
      <fieldset className="mt-1 min-w-0">
        <legend className="sr-only">{label}</legend>
        <ul className="space-y-0.5">
          {visible.map((value) => {
            const count = counts.get(value) ?? 0;
            const checked = selected.includes(value);
            const text = valueLabel(facet, value, catalog);
            return (
              <li key={value}>
                <label
                  className={`flex cursor-pointer items-baseline gap-2 rounded px-1 py-0.5 text-sm hover:bg-sunken ${count === 0 && !checked ? 'text-muted' : ''}`}
                >
                  <input
                    type="checkbox"
                    className="translate-y-px accent-[var(--color-accent)]"
                    checked={checked}
                    onChange={() => onToggle(facet, value)}
                    data-value={value}
                  />
                  <span
                    className={`min-w-0 flex-1 truncate ${facet === 'technique' || facet === 'table' ? 'font-mono text-[13px]' : ''}`}
                    title={text}
                  >
                    {text}
                  </span>
                  <span className="font-mono text-xs tabular-nums text-muted" data-count={count}>
                    {count}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {values.length > visible.length || expanded ? (
          <button
            type="button"
            className="mt-1 px-1 text-xs font-medium text-accent hover:underline"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show fewer' : `Show all ${values.length}`}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
