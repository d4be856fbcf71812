'use client';

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pageCount, onPage }: Props) {
  if (pageCount <= 1) return null;
  const button =
    'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent disabled:cursor-not-allowed disabled:opacity-40';
  return (
    <nav aria-label="Result pages" className="flex items-center justify-between gap-3 py-2">
      <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Previous
      </button>
      <span className="text-sm text-muted tabular-nums" aria-current="page">
        Page {page} of {pageCount}
      </span>
      <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next →
      </button>
    </nav>
  );
}
