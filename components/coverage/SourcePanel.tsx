import type { GroupRow } from '@/lib/attack';

function Table({ caption, rows, head }: { caption: string; rows: GroupRow[]; head: string }) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-accent"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-sunken text-left text-xs uppercase tracking-wider text-muted">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-semibold">
              {head}
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Rules
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-semibold">
              Techniques
            </th>
          </tr>
        </thead>
        {/* Row cells styled from the table (.source-table in globals.css): about 150 rows, no class list each. */}
        <tbody className="source-table divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" title={r.key}>
                {r.key}
              </th>
              <td>{r.rules}</td>
              <td>{r.techniques}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rules per data table (what the KQL reads) and per Sigma log source, for the current view. */
export function SourcePanel({ byTable, byLogsource }: { byTable: GroupRow[]; byLogsource: GroupRow[] }) {
  return (
    <section aria-labelledby="sources-heading" className="lazy-section space-y-2">
      <h2 id="sources-heading" className="text-lg font-semibold tracking-tight">
        Rules per data table and log source
      </h2>
      <p className="text-sm text-muted">
        Techniques: matrix techniques and sub-techniques those rules count for.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <Table caption="Rules per data table" head="Data table" rows={byTable} />
        <Table caption="Rules per log source" head="Log source" rows={byLogsource} />
      </div>
    </section>
  );
}
