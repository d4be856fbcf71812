import type { ReactNode } from 'react';

/** A small neutral label. */
export function Badge({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <span title={title} className="badge">
      {children}
    </span>
  );
}
