import type { ReactNode } from 'react';

/** A small neutral label. */
export function Badge({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className="inline-flex items-center rounded border border-line bg-sunken px-1.5 py-0.5 font-mono text-[11px] leading-4 text-muted"
    >
      {children}
    </span>
  );
}
