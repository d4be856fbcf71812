import { withBase } from '../site';

export interface RuleRow {
  slug: string;
  title: string;
  level: string;
  table: string | null;
  /** The tags by which the rule counts here, when not the page's own ID (e.g. a sub-technique). */
  via?: string[];
}

const ORDER = ['critical', 'high', 'medium', 'low', 'informational'];

const LABELS: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  informational: 'Info',
};

/**
 * Every rule for a technique or tactic: severity, title, data table; most severe first. Rows are bare cells styled
 * from the table (see .rule-table in globals.css): a technique like T1059 lists hundreds of rules, and per-cell
 * classes and badges would be most of the page.
 */
export function RuleTable({ rules, caption }: { rules: RuleRow[]; caption: string }) {
  const sorted = [...rules].sort(
    (a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || a.title.localeCompare(b.title, 'en'),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="rule-table w-full text-sm" data-testid="rule-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sunken text-left text-xs uppercase tracking-wider text-muted">
          <tr>
            <th scope="col" className="w-20 sm:w-28">
              Severity
            </th>
            <th scope="col">Rule</th>
            <th scope="col">Data table</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {sorted.map((r) => (
            <tr key={r.slug}>
              <td data-level={r.level}>{LABELS[r.level] ?? r.level}</td>
              <td>
                <a href={withBase(`/rules/${r.slug}/`)}>{r.title}</a>
                {r.via && r.via.length > 0 && <small>via {r.via.join(', ')}</small>}
              </td>
              <td>{r.table ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
