import { SeverityBadge, type Level } from '../ui/SeverityBadge';
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

/** Every rule for a technique or tactic: severity, title, data table; most severe first. */
export function RuleTable({ rules, caption }: { rules: RuleRow[]; caption: string }) {
  const sorted = [...rules].sort(
    (a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || a.title.localeCompare(b.title, 'en'),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm" data-testid="rule-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sunken text-left text-xs uppercase tracking-wider text-muted">
          <tr>
            <th scope="col" className="w-28 px-3 py-1.5 font-semibold">
              Severity
            </th>
            <th scope="col" className="px-3 py-1.5 font-semibold">
              Rule
            </th>
            <th scope="col" className="px-3 py-1.5 font-semibold">
              Data table
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {sorted.map((r) => (
            <tr key={r.slug}>
              <td className="px-3 py-1.5 align-top">
                <SeverityBadge level={r.level as Level} />
              </td>
              <td className="px-3 py-1.5 align-top">
                <a href={withBase(`/rules/${r.slug}/`)} className="font-medium text-accent hover:underline">
                  {r.title}
                </a>
                {r.via && r.via.length > 0 && (
                  <span className="block font-mono text-xs text-muted">via {r.via.join(', ')}</span>
                )}
              </td>
              <td className="px-3 py-1.5 align-top font-mono text-xs text-muted">{r.table ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
