import type { ReactNode } from 'react';
import type { RuleDetail } from './rule-types';

function Row({ term, children, stacked = false }: { term: string; children: ReactNode; stacked?: boolean }) {
  return (
    <div className={stacked ? 'space-y-1 py-2' : 'grid grid-cols-[6.5rem_1fr] gap-2 py-1.5'}>
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The facts an analyst checks before deploying: who, when, status, log source, references. */
export function RuleDetails({
  rule,
  tacticNames,
  permalink,
}: {
  rule: RuleDetail;
  tacticNames: string[];
  permalink: string;
}) {
  const logsource = Object.entries(rule.logsource).filter(([, v]) => v);
  return (
    <section
      aria-labelledby="details-heading"
      className="rounded-lg border border-line bg-surface p-4 text-sm"
    >
      <h2 id="details-heading" className="mb-1 text-xs font-semibold uppercase tracking-wider text-muted">
        Rule details
      </h2>
      <dl className="divide-y divide-line">
        <Row term="Author">{rule.author}</Row>
        <Row term="Status">{rule.status}</Row>
        <Row term="Created">
          <time dateTime={rule.date}>{rule.date}</time>
        </Row>
        {rule.modified && (
          <Row term="Modified">
            <time dateTime={rule.modified}>{rule.modified}</time>
          </Row>
        )}
        <Row term="Log source">
          <span className="flex flex-wrap gap-1">
            {logsource.map(([key, value]) => (
              <code key={key} className="rounded bg-sunken px-1 font-mono text-[12px]" title={key}>
                {key}: {value}
              </code>
            ))}
          </span>
        </Row>
        {tacticNames.length > 0 && <Row term="Tactics">{tacticNames.join(', ')}</Row>}
        {rule.tags.length > 0 && <Row term="Other tags">{rule.tags.join(', ')}</Row>}
        <Row term="Rule ID">
          <a
            href={permalink}
            className="font-mono text-[12px] text-accent hover:underline"
            title="Permanent link by rule ID"
          >
            {rule.id}
          </a>
        </Row>
        <Row term="License">{rule.license === 'DRL-1.1' ? 'Detection Rule License 1.1' : rule.license}</Row>
        {rule.references.length > 0 && (
          <Row term="References" stacked>
            <ul className="space-y-1">
              {rule.references.map((ref) => (
                <li key={ref} className="break-words [overflow-wrap:anywhere]">
                  {isHttp(ref) ? (
                    <a href={ref} rel="noopener noreferrer" className="text-accent hover:underline">
                      {ref}
                    </a>
                  ) : (
                    ref
                  )}
                </li>
              ))}
            </ul>
          </Row>
        )}
      </dl>
    </section>
  );
}
