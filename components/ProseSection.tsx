import type { ReactNode } from 'react';

/** A titled section of the rule page; `html` is the loader's sanitised markdown. */
export function ProseSection({
  id,
  title,
  html,
  children,
}: {
  id: string;
  title: string;
  html?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="h2">
        {title}
      </h2>
      {children}
      {html && <div id={id} className="prose-rule" dangerouslySetInnerHTML={{ __html: html }} />}
    </section>
  );
}
