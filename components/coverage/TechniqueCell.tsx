import type { MatrixTechnique } from '@/lib/attack';
import { binClass, plural } from './bins';
import { withBase } from '../site';

interface Props {
  technique: MatrixTechnique;
  counts: Record<string, number>;
  expanded: boolean;
  onToggle: () => void;
  tactic: string;
}

/** One matrix cell: name, ID and rule count (a link to the technique page), and its sub-techniques on demand. */
export function TechniqueCell({ technique, counts, expanded, onToggle, tactic }: Props) {
  const count = counts[technique.id] ?? 0;
  const subs = technique.subtechniques;
  const coveredSubs = subs.filter((s) => (counts[s.id] ?? 0) > 0).length;
  const listId = `subs-${tactic}-${technique.id}`;
  return (
    <li className={`cell ${binClass(count)}`} data-technique={technique.id}>
      <a
        href={withBase(`/attack/${technique.id}/`)}
        className="cell-link"
        title={`${technique.id} ${technique.name}: ${plural(count, 'rule')}`}
      >
        <span className="min-w-0">
          <span className="cell-name">{technique.name}</span>
          <span className="cell-id">{technique.id}</span>
        </span>
        <span className="cell-count" data-count>
          {count}
        </span>
      </a>
      {subs.length > 0 && (
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={expanded}
          aria-controls={listId}
          className="cell-subs"
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          {`${coveredSubs}/${subs.length} sub-techniques`}
        </button>
      )}
      {subs.length > 0 && expanded && (
        <ul id={listId} className="space-y-0.5 p-1">
          {subs.map((s) => {
            const n = counts[s.id] ?? 0;
            return (
              <li key={s.id} className={`rounded border ${binClass(n)}`} data-technique={s.id}>
                <a
                  href={withBase(`/attack/${s.id}/`)}
                  className="flex min-h-6 items-start justify-between gap-1 px-1.5 py-0.5 hover:underline"
                  title={`${s.id} ${s.name}: ${plural(n, 'rule')}`}
                >
                  <span className="min-w-0 break-words">
                    {s.name} <span className="font-mono text-[10px]">.{s.id.split('.')[1]}</span>
                  </span>
                  <span className="shrink-0 font-mono font-semibold tabular-nums" data-count>
                    {n}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
