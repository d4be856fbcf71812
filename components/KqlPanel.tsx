import type { DetectionView, KqlView, Reason } from './rule-types';
import { CodeBlock } from './ui/CodeBlock';
import { Tabs } from './ui/Tabs';

// Plain words for the converter's reason and warning codes; the detail lines say what exactly.
const REASON_TITLES: Record<string, string> = {
  UNMAPPED_FIELD: 'A field of the rule has no column in the Sentinel table',
  UNMAPPED_LOGSOURCE: 'No Sentinel table holds this log source',
  UNMAPPED_VALUE: 'A value of the rule has no equivalent in the Sentinel table',
  UNSUPPORTED_MODIFIER: 'The rule uses a Sigma modifier that KQL cannot express faithfully',
  UNSUPPORTED_VALUE: 'A value of the rule cannot be compared faithfully in KQL',
  UNSUPPORTED_REGEX: 'A regular expression of the rule has no faithful KQL equivalent',
  UNSUPPORTED_AGGREGATION: 'The rule counts events over time, which is not converted yet',
  KEYWORD_SEARCH: 'The rule searches whole events for keywords, which does not translate to a column match',
  KQL_CHECK_FAILED: 'The generated query failed the Kusto language-service check',
  QUERY_TOO_LONG: 'The query is too long to check and show',
  CONVERTER_FAULT: 'The converter failed on this rule',
  INTERNAL_ERROR: 'The converter failed on this rule',
  BROADER_MATCH: 'Broader than the rule',
  APPROXIMATE_FIELD: 'A field is matched through a close, not identical, column',
};

function reasonTitle(code: string): string {
  return (
    REASON_TITLES[code] ??
    code
      .toLowerCase()
      .replace(/_/g, ' ')
      .replace(/^./, (c) => c.toUpperCase())
  );
}

/** Notes grouped by code: each title once, then what exactly. */
function Notes({ items, tone }: { items: Reason[]; tone: 'warn' | 'stop' }) {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(item.code, [...(groups.get(item.code) ?? []), item.detail]);
  return (
    <ul
      className={`space-y-2 rounded-lg border p-3 text-sm ${tone === 'warn' ? 'border-warn-line bg-warn-bg' : 'border-line bg-surface'}`}
    >
      {[...groups].map(([code, details]) => (
        <li key={code}>
          <span className="font-medium">{reasonTitle(code)}</span>
          {details.length === 1 ? (
            <span className="text-muted">: {details[0]}</span>
          ) : (
            <ul className="text-muted mt-1 list-disc space-y-0.5 pl-5">
              {[...new Set(details)].map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function Query({ query, blockId }: { query: KqlView; blockId: string }) {
  return (
    <div className="space-y-2">
      {query.warnings.length > 0 && <Notes items={query.warnings} tone="warn" />}
      <CodeBlock
        html={query.html}
        id={blockId}
        caption={`${query.variant} · ${query.table}`}
        what={`KQL query (${query.variant})`}
        download={query.download}
      />
    </div>
  );
}

/** The KQL tab: the query (or its variants), or in plain words why there is none. */
export function KqlPanel({ detection }: { detection: DetectionView }) {
  if (detection.status !== 'ok' || detection.queries.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-sm font-medium">
          {detection.reasons.length > 0 && detection.reasons.every((r) => r.code === 'QUERY_TOO_LONG')
            ? 'No KQL is shown for this rule: its query is too long to check, and to paste into Sentinel.'
            : 'No KQL is shown for this rule, because a wrong query is worse than none.'}
        </p>
        <Notes items={detection.reasons} tone="stop" />
      </div>
    );
  }
  const [first] = detection.queries;
  if (detection.queries.length === 1 && first) return <Query query={first} blockId="kql-code" />;
  return (
    <Tabs
      label="Query variant"
      tabs={detection.queries.map((query, index) => ({
        id: `kql-${index + 1}`,
        label: `${query.variant} (${query.table})`,
        panel: <Query query={query} blockId={`kql-code-${index + 1}`} />,
      }))}
    />
  );
}
