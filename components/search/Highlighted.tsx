import { highlight } from '@/lib/search';

/** Text with the query's terms marked; rendered as text nodes only. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((segment, i) =>
        segment.hit ? (
          <mark key={i} className="rounded-sm bg-warn-bg px-0.5 text-inherit ring-1 ring-warn-line">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
