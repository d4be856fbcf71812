import { COVERAGE_BINS } from '@/lib/attack';
import { EMPTY_CLASS, legendClass } from './bins';

/** What the cell colours mean; every cell also prints its number. */
export function Legend() {
  return (
    <ul aria-label="Legend: rules per technique" className="flex flex-wrap items-center gap-1.5 text-xs">
      <li className={`rounded border px-2 py-0.5 ${EMPTY_CLASS}`}>0 rules</li>
      {COVERAGE_BINS.map((bin, i) => (
        <li key={bin.label} className={`rounded border px-2 py-0.5 ${legendClass(i)}`}>
          {bin.label}
        </li>
      ))}
    </ul>
  );
}
