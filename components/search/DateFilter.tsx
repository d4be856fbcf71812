'use client';
import { useState } from 'react';
import type { DateField } from '@/lib/search';

interface Props {
  dateField: DateField;
  from?: string;
  to?: string;
  onChange: (change: { dateField?: DateField; from?: string; to?: string }) => void;
}

const INPUT =
  'w-full rounded border border-line bg-surface px-2 py-1 font-mono text-[13px] text-ink focus:border-accent';

/** Created or last-changed date between two days (inclusive); an empty input leaves that end open. */
export function DateFilter({ dateField, from, to, onChange }: Props) {
  const [open, setOpen] = useState(Boolean(from || to));
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="border-t border-line pt-2"
    >
      <summary className="cursor-pointer rounded px-1 py-0.5 text-xs font-semibold uppercase tracking-wider text-muted hover:text-ink">
        Date
      </summary>
      <fieldset className="mt-1 space-y-2 px-1 text-sm">
        <legend className="sr-only">Date range</legend>
        <select
          aria-label="Date to filter on"
          className={INPUT}
          value={dateField}
          onChange={(e) => onChange({ dateField: e.target.value as DateField })}
        >
          <option value="created">Created</option>
          <option value="modified">Last changed</option>
        </select>
        <label className="flex items-center gap-2">
          <span className="w-10 text-muted">From</span>
          <input
            type="date"
            className={INPUT}
            value={from ?? ''}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
          />
        </label>
        <label className="flex items-center gap-2">
          <span className="w-10 text-muted">To</span>
          <input
            type="date"
            className={INPUT}
            value={to ?? ''}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
          />
        </label>
      </fieldset>
    </details>
  );
}
