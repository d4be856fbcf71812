import type { RuleSummary } from './rule-types';
import { techniquePath, withBase } from './site';
import { SeverityBadge } from './ui/SeverityBadge';
import { TechniqueChip } from './ui/TechniqueChip';

interface Props {
  rules: (RuleSummary & { updated: string })[];
}

/**
 * The feed: one row per rule, newest first. A table on wide screens, cards on phones. The row classes (feed-* in
 * globals.css) are shared with the search results (search/ResultRow.tsx), and keep 50 rows per page small.
 */
export function RuleList({ rules }: Props) {
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-surface">
      <div
        aria-hidden="true"
        className="hidden grid-cols-[5.5rem_minmax(0,1fr)_8.5rem_8.5rem_5.5rem] gap-4 border-b border-line bg-sunken px-4 py-2 text-xs font-semibold uppercase tracking-wider text-muted md:grid"
      >
        <span>Severity</span>
        <span>Rule</span>
        <span>Techniques</span>
        <span>Table</span>
        <span className="text-right">Updated</span>
      </div>
      <ol className="divide-y divide-line">
        {rules.map((rule) => (
          <li key={rule.slug} className="feed-row">
            <SeverityBadge level={rule.level} className="feed-sev" />
            <div className="feed-main">
              <a href={withBase(`/rules/${rule.slug}/`)} className="feed-title">
                {rule.title}
              </a>
              <p className="feed-desc">{rule.description}</p>
            </div>
            <ul aria-label="Techniques" className="feed-tech">
              {rule.attack.techniques.map((id) => (
                <li key={id}>
                  <TechniqueChip id={id} href={withBase(techniquePath(id))} />
                </li>
              ))}
            </ul>
            <span className="feed-table">
              <span className="md:sr-only">Table </span>
              {rule.dataTable ?? '—'}
            </span>
            <time dateTime={rule.updated} className="feed-date">
              {rule.updated}
            </time>
          </li>
        ))}
      </ol>
    </div>
  );
}
