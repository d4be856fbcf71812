import type { MatrixTactic } from '@/lib/attack';
import { plural } from './bins';
import { withBase } from '../site';

/** Techniques with no rule in the current view, by tactic (a technique in several tactics is listed in each). */
export function UncoveredList({
  matrix,
  counts,
}: {
  matrix: MatrixTactic[];
  counts: Record<string, number>;
}) {
  const distinct = new Set(matrix.flatMap((t) => t.techniques.filter((x) => !counts[x.id]).map((x) => x.id)));
  return (
    <section aria-labelledby="uncovered-heading" className="lazy-section space-y-2">
      <h2 id="uncovered-heading" className="text-lg font-semibold tracking-tight">
        Uncovered techniques{' '}
        <span className="text-sm font-normal text-muted" data-testid="uncovered-count">
          ({plural(distinct.size, 'technique')})
        </span>
      </h2>
      <div className="grid gap-x-2 rounded-lg border border-line bg-surface p-2 md:grid-cols-2">
        {matrix.map((tactic) => {
          const gaps = tactic.techniques.filter((t) => !counts[t.id]);
          return (
            <details key={tactic.id} className="group rounded px-2 py-1 open:bg-sunken/60">
              <summary className="cursor-pointer text-sm">
                <span className="font-medium">{tactic.name}</span>{' '}
                <span className="text-muted tabular-nums">
                  {gaps.length} of {tactic.techniques.length}
                </span>
              </summary>
              {gaps.length === 0 ? (
                <p className="py-1 text-sm text-muted">Every technique of this tactic has a rule.</p>
              ) : (
                <ul className="grid gap-x-4 py-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
                  {gaps.map((t) => (
                    <li key={t.id} className="truncate">
                      <a href={withBase(`/attack/${t.id}/`)} className="text-accent hover:underline">
                        <span className="font-mono text-xs">{t.id}</span> {t.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          );
        })}
      </div>
    </section>
  );
}
