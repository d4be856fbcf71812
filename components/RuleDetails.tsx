import type { ReactNode } from 'react';
import type { RuleDetail } from './rule-types';

function Row({ term, children, stacked = false }: { term: string; children: ReactNode; stacked?: boolean }) {
  return (
    // Styled from the list (.facts in globals.css): one class per row instead of three utility lists.
    <div className={stacked ? 'stacked space-y-1 py-2' : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
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
    <section aria-labelledby="details-heading" className="card">
      <h2 id="details-heading" className="label mb-1">
        Rule details
      </h2>
      <dl className="facts divide-y divide-line">
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
              <code key={key} title={key}>
                {key}: {value}
              </code>
            ))}
          </span>
        </Row>
        {tacticNames.length > 0 && <Row term="Tactics">{tacticNames.join(', ')}</Row>}
        {rule.tags.length > 0 && <Row term="Other tags">{rule.tags.join(', ')}</Row>}
        <Row term="Rule ID">
          <a href={permalink} className="link font-mono text-[12px]" title="Permanent link by rule ID">
            {rule.id}
          </a>
        </Row>
        <Row term="License">{rule.license === 'DRL-1.1' ? 'Detection Rule License 1.1' : rule.license}</Row>
        {rule.references.length > 0 && (
          <Row term="References" stacked>
            <ul className="space-y-1">
              {rule.references.map((ref) => (
                <li key={ref}>
                  {isHttp(ref) ? (
                    <a href={ref} rel="noopener noreferrer" className="link">
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
