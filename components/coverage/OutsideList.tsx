import { plural } from './bins';

import type { OutsideTag } from '@/lib/attack';
import { withBase } from '../site';

export type OutsideInfo = OutsideTag;

const STATUS: Record<string, string> = {
  'newer-than-data': 'newer than the data',
  revoked: 'revoked, replacement unknown',
  deprecated: 'deprecated',
  unknown: 'not checkable',
};

/** attack.* tags the ATT&CK data does not place in the matrix, with how many rules (in the current view) carry each. */
export function OutsideList({
  items,
  counts,
  version,
}: {
  items: OutsideInfo[];
  counts: Record<string, number>;
  version: string;
}) {
  const rows = items.filter((i) => (counts[i.key] ?? 0) > 0);
  return (
    <section aria-labelledby="outside-heading" className="lazy-section space-y-2">
      <h2 id="outside-heading" className="text-lg font-semibold tracking-tight">
        Not in ATT&amp;CK v{version} data{' '}
        <span className="text-sm font-normal text-muted">({plural(rows.length, 'tag')})</span>
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        SigmaHQ tags rules for a newer ATT&amp;CK release than the data this site ships. These tags are shown
        as written, linked to attack.mitre.org, and count for no matrix cell; names come from ATT&amp;CK v19
        change notes where known.
      </p>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-sm">
          <thead className="bg-sunken text-left text-xs uppercase tracking-wider text-muted">
            <tr>
              <th scope="col" className="px-3 py-1.5">
                Tag
              </th>
              <th scope="col" className="px-3 py-1.5">
                Name
              </th>
              <th scope="col" className="px-3 py-1.5">
                Status
              </th>
              <th scope="col" className="px-3 py-1.5 text-right">
                Rules
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((i) => (
              <tr key={i.key} data-outside={i.key}>
                <td className="px-3 py-1 font-mono text-xs">
                  {i.page ? (
                    <a href={withBase(i.page)} className="text-accent hover:underline">
                      {i.tag}
                    </a>
                  ) : (
                    i.tag
                  )}
                </td>
                <td className="px-3 py-1">
                  {i.url ? (
                    <a href={i.url} rel="noopener noreferrer" className="hover:underline">
                      {i.name ?? i.id} <span aria-hidden="true">↗</span>
                    </a>
                  ) : (
                    (i.name ?? i.id)
                  )}
                  {i.note && <span className="block text-xs text-muted">{i.note}</span>}
                </td>
                <td className="px-3 py-1 text-xs text-muted">{STATUS[i.status] ?? i.status}</td>
                <td className="px-3 py-1 text-right tabular-nums">{counts[i.key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
