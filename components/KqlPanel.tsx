import type { DetectionView, KqlView, Reason } from './rule-types';
import { CodeBlock } from './ui/CodeBlock';
import { Tabs } from './ui/Tabs';

// Plain words for the converter's reason codes; the detail line says what exactly.
const REASON_TITLES: Record<string, string> = {
  NO_CONVERTER: 'Not converted yet',
  UNMAPPED_FIELD: 'A field of the rule has no column in the Sentinel table',
  UNMAPPED_LOGSOURCE: 'No Sentinel table holds this log source',
  UNSUPPORTED_MODIFIER: 'The rule uses a Sigma modifier that KQL cannot express faithfully',
  KEYWORD_SEARCH: 'The rule searches whole events for keywords, which does not translate to a column match',
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

function Notes({ items, tone }: { items: Reason[]; tone: 'warn' | 'stop' }) {
  return (
    <ul
      className={`space-y-1.5 rounded-lg border p-3 text-sm ${tone === 'warn' ? 'border-warn-line bg-warn-bg' : 'border-line bg-surface'}`}
    >
      {items.map((item, i) => (
        <li key={`${item.code}-${i}`}>
          <span className="font-medium">{reasonTitle(item.code)}</span>
          <span className="text-muted">: {item.detail}</span>
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
          No KQL is shown for this rule, because a wrong query is worse than none.
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
