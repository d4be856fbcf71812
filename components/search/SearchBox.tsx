'use client';
import { forwardRef } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Esc: clear the query, or leave the box when it is already empty. */
  onEscape: () => void;
  onBlur: () => void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { value, onChange, onEscape, onBlur },
  ref,
) {
  return (
    <div className="relative min-w-0 flex-1">
      <label htmlFor="rule-search" className="sr-only">
        Search rules
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted"
      >
        <path
          fill="currentColor"
          d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
        />
      </svg>
      <input
        ref={ref}
        id="rule-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder="Search: certutil, T1572, lsass…"
        aria-keyshortcuts="/"
        className="h-10 w-full rounded-md border border-line bg-surface pl-9 pr-10 text-sm text-ink placeholder:text-muted focus:border-accent"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onEscape();
          }
        }}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2 top-1/2 hidden md:block -translate-y-1/2 rounded border border-line bg-sunken px-1.5 font-mono text-[11px] text-muted"
      >
        /
      </kbd>
    </div>
  );
});
