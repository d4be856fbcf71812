import type { RuleSummary } from './rule-types';
import { techniquePath, withBase } from './site';
import { SeverityBadge } from './ui/SeverityBadge';
import { TechniqueChip } from './ui/TechniqueChip';

interface Props {
  rules: (RuleSummary & { updated: string })[];
}

/** The feed: one row per rule, newest first. A table on wide screens, cards on phones. */
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
          <li
            key={rule.slug}
            className="grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-2 px-4 py-3 hover:bg-sunken/60 md:grid-cols-[5.5rem_minmax(0,1fr)_8.5rem_8.5rem_5.5rem] md:gap-4"
          >
            <SeverityBadge level={rule.level} className="col-span-2 w-fit md:col-span-1" />
            <div className="col-span-2 min-w-0 md:col-span-1">
              <a
                href={withBase(`/rules/${rule.slug}/`)}
                className="font-medium text-ink hover:text-accent hover:underline"
              >
                {rule.title}
              </a>
              <p className="mt-0.5 line-clamp-2 text-sm text-muted">{rule.description}</p>
            </div>
            <ul aria-label="Techniques" className="col-span-2 flex flex-wrap gap-1 md:col-span-1">
              {rule.attack.techniques.map((id) => (
                <li key={id}>
                  <TechniqueChip id={id} href={withBase(techniquePath(id))} />
                </li>
              ))}
            </ul>
            <span className="truncate font-mono text-xs text-muted md:pt-0.5 md:text-[13px]">
              <span className="md:sr-only">Table </span>
              {rule.dataTable ?? '—'}
            </span>
            <time
              dateTime={rule.updated}
              className="text-right font-mono text-xs text-muted tabular-nums md:pt-0.5 md:text-[13px]"
            >
              {rule.updated}
            </time>
          </li>
        ))}
      </ol>
    </div>
  );
}
