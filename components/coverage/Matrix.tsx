import type { MatrixTactic, TacticCoverage } from '@/lib/attack';
import { plural } from './bins';
import { TechniqueCell } from './TechniqueCell';
import { withBase } from '../site';

interface Props {
  matrix: MatrixTactic[];
  counts: Record<string, number>;
  tactics: TacticCoverage[];
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/**
 * Tactics as columns in matrix order. Wide screens scroll the matrix sideways inside a full-width band with
 * sticky column heads; phones get the tactics stacked, one after another.
 */
export function Matrix({ matrix, counts, tactics, expanded, onToggle }: Props) {
  return (
    <div
      role="region"
      aria-label="ATT&CK Enterprise matrix, scrolls sideways"
      tabIndex={0}
      className="relative left-1/2 w-screen -translate-x-1/2 overflow-x-auto border-y border-line bg-sunken px-4 py-3 focus-visible:outline-2 focus-visible:outline-accent md:max-h-[85vh] md:overflow-y-auto"
    >
      <ol className="grid gap-4 md:flex md:w-max md:gap-2" aria-label="Tactics">
        {matrix.map((tactic) => {
          const cov = tactics.find((t) => t.shortName === tactic.shortName);
          return (
            <li
              key={tactic.id}
              id={`tactic-${tactic.shortName}`}
              className="md:w-[9.5rem] md:shrink-0"
              data-tactic={tactic.shortName}
            >
              <div className="sticky top-0 z-10 mb-1.5 rounded border border-line bg-surface px-2 py-1.5 shadow-sm">
                <h2 className="text-[13px] font-semibold leading-tight">
                  <a href={withBase(`/attack/tactics/${tactic.shortName}/`)} className="hover:underline">
                    {tactic.name}
                  </a>
                </h2>
                <p className="font-mono text-[10px] text-muted">
                  {tactic.id}
                  {tactic.laterName && (
                    <span title={`ATT&CK v${tactic.laterVersion} calls ${tactic.id} "${tactic.laterName}"`}>
                      {' '}
                      · {tactic.laterName} in v{tactic.laterVersion}
                    </span>
                  )}
                </p>
                {cov && (
                  <p className="mt-0.5 text-[11px] tabular-nums" data-tactic-coverage>
                    <span className="font-semibold">
                      {cov.covered}/{cov.total}
                    </span>{' '}
                    <span className="text-muted">covered · {cov.percent}%</span>
                  </p>
                )}
                {cov && (
                  <div className="mt-1 h-1 overflow-hidden rounded bg-line" aria-hidden="true">
                    <div className="h-full bg-accent" style={{ width: `${cov.percent}%` }} />
                  </div>
                )}
                <span className="sr-only">{plural(tactic.techniques.length, 'technique')}</span>
              </div>
              <ul className="grid grid-cols-2 gap-1 sm:grid-cols-3 md:grid-cols-1">
                {tactic.techniques.map((t) => {
                  const key = `${tactic.shortName}/${t.id}`;
                  return (
                    <TechniqueCell
                      key={t.id}
                      technique={t}
                      counts={counts}
                      tactic={tactic.shortName}
                      expanded={expanded.has(key) || expanded.has('*')}
                      onToggle={() => onToggle(key)}
                    />
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
