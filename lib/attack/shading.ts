// Rule-count bins shared by the coverage matrix and the Navigator layer, so both read the same way.
// Bins rather than a linear scale: counts run from 1 to several hundred, and a linear scale would leave almost
// every covered cell pale. The number is always printed too; colour is never the only signal.

export interface CoverageBin {
  min: number;
  /** Inclusive; absent for the open top bin. */
  max?: number;
  label: string;
  /** Fill for light backgrounds (also used by Navigator, which has a white page). */
  color: string;
}

export const COVERAGE_BINS: readonly CoverageBin[] = [
  { min: 1, max: 1, label: '1 rule', color: '#dbeafe' },
  { min: 2, max: 4, label: '2–4 rules', color: '#93c5fd' },
  { min: 5, max: 14, label: '5–14 rules', color: '#2563eb' },
  { min: 15, max: 49, label: '15–49 rules', color: '#1d4ed8' },
  { min: 50, label: '50 or more rules', color: '#172554' },
];

/** Index into COVERAGE_BINS, or -1 for no rules. */
export function binOf(count: number): number {
  if (!(count >= 1)) return -1;
  const i = COVERAGE_BINS.findIndex((b) => b.max === undefined || count <= b.max);
  return i === -1 ? COVERAGE_BINS.length - 1 : i;
}
