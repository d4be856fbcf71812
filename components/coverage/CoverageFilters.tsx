import type { CoverageFilter } from '@/lib/attack';

export interface FilterOptions {
  levels: string[];
  statuses: string[];
  tables: { key: string; rules: number }[];
  products: { key: string; rules: number }[];
}

interface Props {
  options: FilterOptions;
  filter: CoverageFilter;
  onChange: (filter: CoverageFilter) => void;
}

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

function Chips({
  label,
  values,
  selected,
  onToggle,
}: {
  label: string;
  values: string[];
  selected: string[];
  onToggle: (v: string) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wider text-muted">{label}</legend>
      <div className="flex flex-wrap gap-1">
        {values.map((v) => (
          <label
            key={v}
            className="inline-flex cursor-pointer items-center gap-1 rounded border border-line bg-surface px-1.5 py-0.5 text-xs has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent"
          >
            <input
              type="checkbox"
              className="accent-[var(--color-accent)]"
              checked={selected.includes(v)}
              onChange={() => onToggle(v)}
            />
            {v}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Select({
  label,
  id,
  values,
  selected,
  onSelect,
}: {
  label: string;
  id: string;
  values: { key: string; rules: number }[];
  selected: string;
  onSelect: (v: string) => void;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wider text-muted">
        {label}
      </label>
      <select
        id={id}
        value={selected}
        onChange={(e) => onSelect(e.target.value)}
        className="w-full min-w-0 rounded border border-line bg-surface px-2 py-0.5 text-sm sm:w-48"
      >
        <option value="">Any</option>
        {values.map((v) => (
          <option key={v.key} value={v.key}>
            {v.key} ({v.rules})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Severity, status, data table, product and "KQL available"; each change recounts the matrix in the browser. */
export function CoverageFilters({ options, filter, onChange }: Props) {
  return (
    <form
      aria-label="Filter the rules counted"
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-line bg-surface p-3"
    >
      <Chips
        label="Severity"
        values={options.levels}
        selected={filter.levels}
        onToggle={(v) => onChange({ ...filter, levels: toggle(filter.levels, v) })}
      />
      <Chips
        label="Status"
        values={options.statuses}
        selected={filter.statuses}
        onToggle={(v) => onChange({ ...filter, statuses: toggle(filter.statuses, v) })}
      />
      <div className="flex flex-wrap items-end gap-3">
        <Select
          label="Data table"
          id="filter-table"
          values={options.tables}
          selected={filter.tables[0] ?? ''}
          onSelect={(v) => onChange({ ...filter, tables: v ? [v] : [] })}
        />
        <Select
          label="Product"
          id="filter-product"
          values={options.products}
          selected={filter.products[0] ?? ''}
          onSelect={(v) => onChange({ ...filter, products: v ? [v] : [] })}
        />
        <label className="inline-flex items-center gap-1.5 pb-1 text-sm">
          <input
            type="checkbox"
            className="accent-[var(--color-accent)]"
            checked={filter.kqlOnly}
            onChange={(e) => onChange({ ...filter, kqlOnly: e.target.checked })}
          />
          KQL available
        </label>
      </div>
    </form>
  );
}
