'use client';
import type { DateField, SearchState } from '@/lib/search';

interface Props {
  state: SearchState;
  onChange: (change: { dateField?: DateField; from?: string; to?: string }) => void;
}

/** Created or last-changed date between two days (inclusive); empty inputs leave that end open. */
export function DateFilter({ state, onChange }: Props) {
  const input =
    'w-full rounded border border-line bg-surface px-2 py-1 font-mono text-[13px] text-ink focus:border-accent';
  return (
    <fieldset className="border-t border-line pt-3">
      <legend className="float-left mb-1 w-full text-xs font-semibold uppercase tracking-wider text-muted">
        Date
      </legend>
      <div className="clear-both space-y-2 px-1 text-sm">
        <select
          aria-label="Date to filter on"
          className={input}
          value={state.dateField}
          onChange={(e) => onChange({ dateField: e.target.value as DateField })}
        >
          <option value="created">Created</option>
          <option value="modified">Last changed</option>
        </select>
        <label className="flex items-center gap-2">
          <span className="w-10 text-muted">From</span>
          <input
            type="date"
            className={input}
            value={state.from ?? ''}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
          />
        </label>
        <label className="flex items-center gap-2">
          <span className="w-10 text-muted">To</span>
          <input
            type="date"
            className={input}
            value={state.to ?? ''}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
          />
        </label>
      </div>
    </fieldset>
  );
}
