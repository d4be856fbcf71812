import type { RuleEntry, TextHit } from '@/lib/search';
import { SeverityBadge } from '../ui/SeverityBadge';
import { techniquePath, withBase } from '../site';
import { TechniqueChip } from '../ui/TechniqueChip';
import { Highlighted } from './Highlighted';

interface Props {
  entry: RuleEntry;
  query: string;
  hit?: TextHit;
}

/** Detection values that matched the query, when the match was (also) inside the detection. */
function matchedValues(entry: RuleEntry, hit: TextHit | undefined): string[] {
  const terms = hit?.matched.values;
  if (!terms?.length) return [];
  const words = entry.values.split(' ');
  const found = new Set<string>();
  for (const term of terms) {
    for (const word of words) {
      const at = word.indexOf(term);
      if (at === 0 || (at > 0 && !/[\p{L}\p{N}]/u.test(word[at - 1] ?? ''))) found.add(word);
      if (found.size >= 4) break;
    }
  }
  return [...found];
}

/** One result, laid out like the server-rendered feed row (components/RuleList.tsx). */
export function ResultRow({ entry, query, hit }: Props) {
  const values = matchedValues(entry, hit);
  return (
    <li className="feed-row">
      <SeverityBadge level={entry.level} className="feed-sev" />
      <div className="feed-main">
        {/* A plain link: nothing to hydrate per row, no rule payload prefetched (rule pages are static HTML). */}
        <a href={withBase(`/rules/${entry.slug}/`)} className="feed-title">
          <Highlighted text={entry.title} query={query} />
        </a>
        <p className="feed-desc">
          <Highlighted text={entry.description} query={query} />
        </p>
        {values.length > 0 ? (
          <p className="mt-1 text-xs text-muted">
            In detection:{' '}
            {values.map((value) => (
              <code key={value} className="mr-1 rounded bg-sunken px-1 font-mono text-[12px] text-ink">
                <Highlighted text={value} query={query} />
              </code>
            ))}
          </p>
        ) : null}
      </div>
      <ul aria-label="Techniques" className="feed-tech">
        {entry.techniques.map((id) => (
          <li key={id}>
            <TechniqueChip id={id} href={withBase(techniquePath(id))} />
          </li>
        ))}
      </ul>
      <span className="feed-table">
        <span className="md:sr-only">Table </span>
        {entry.dataTable ?? '—'}
      </span>
      <time dateTime={entry.updated} className="feed-date">
        {entry.updated}
      </time>
    </li>
  );
}
