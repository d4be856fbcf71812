import { binOf } from '@/lib/attack';

// Cell colours per coverage bin (lib/attack COVERAGE_BINS), light and dark. Text colours are chosen per fill for
// at least 4.5:1 contrast; the count is always printed, so colour is never the only signal.
const FILLS = [
  'bg-[color:light-dark(#dbeafe,#1e2a4a)] text-[color:light-dark(#0f172a,#e6edf3)] border-[color:light-dark(#bfdbfe,#2b3d66)]',
  'bg-[color:light-dark(#93c5fd,#1e3a8a)] text-[color:light-dark(#0f172a,#ffffff)] border-[color:light-dark(#60a5fa,#2d4fb0)]',
  'bg-[color:light-dark(#2563eb,#1d4ed8)] text-white border-[color:light-dark(#1d4ed8,#2563eb)]',
  'bg-[color:light-dark(#1d4ed8,#3b82f6)] text-[color:light-dark(#ffffff,#0b0f15)] border-[color:light-dark(#1e40af,#60a5fa)]',
  'bg-[color:light-dark(#172554,#93c5fd)] text-[color:light-dark(#ffffff,#0b0f15)] border-[color:light-dark(#0f172a,#bfdbfe)]',
];
const EMPTY = 'bg-surface text-ink border-line';

export function binClass(count: number): string {
  const i = binOf(count);
  return i < 0 ? EMPTY : (FILLS[i] ?? EMPTY);
}

export function legendClass(bin: number): string {
  return FILLS[bin] ?? EMPTY;
}

export const EMPTY_CLASS = EMPTY;

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
