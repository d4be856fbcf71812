import { rulePath, withBase } from '../site';

interface Row {
  slug: string;
  title: string;
  level: string;
  updated: string;
}

// The rest of the feed below the first page, as light as a list can be: every rule stays listed without
// JavaScript, but 3,000 full rows (and their copy in the page's RSC payload) made the feed page 12 MB and
// several seconds to interactive. Styles sit once on the <ol>, rows carry none; plain <a> rather than
// next/link so thousands of links neither prefetch nor hydrate. With JavaScript, FeedSearch replaces it.
export function CompactRuleList({ rules, start }: { rules: Row[]; start: number }) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby="more-rules" className="mt-4">
      <h2 id="more-rules" className="mb-2 text-sm font-semibold text-muted">
        {rules.length} more {rules.length === 1 ? 'rule' : 'rules'}, by last change
      </h2>
      <ol
        start={start}
        className="divide-y divide-line rounded-lg border border-line bg-surface text-sm [&>li]:flex [&>li]:items-baseline [&>li]:gap-3 [&>li]:px-4 [&>li]:py-1.5 [&_a]:min-w-0 [&_a]:flex-1 [&_a]:text-ink [&_a:hover]:text-accent [&_a:hover]:underline [&_b]:w-16 [&_b]:shrink-0 [&_b]:text-[11px] [&_b]:font-semibold [&_b]:tracking-wide [&_b]:text-muted [&_time]:font-mono [&_time]:text-xs [&_time]:text-muted"
      >
        {rules.map((rule) => (
          <li key={rule.slug}>
            <b>{rule.level === 'informational' ? 'INFO' : rule.level.toUpperCase()}</b>
            <a href={withBase(rulePath(rule.slug))}>{rule.title}</a>
            <time dateTime={rule.updated}>{rule.updated}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
