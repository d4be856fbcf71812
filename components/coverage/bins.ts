import { binOf } from '@/lib/attack';
import { formatCount } from '@/lib/format';

// Cell colours per coverage bin (lib/attack COVERAGE_BINS), light and dark: component classes .bin-0 ... .bin-4 and
// .bin-none in app/globals.css (one short class per matrix cell instead of three long arbitrary-value utilities).
// Text colours are chosen per fill for at least 4.5:1 contrast; the count is always printed, so colour is never the
// only signal.
const FILLS = ['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4'];
const EMPTY = 'bin-none';

export function binClass(count: number): string {
  const i = binOf(count);
  return i < 0 ? EMPTY : (FILLS[i] ?? EMPTY);
}

export function legendClass(bin: number): string {
  return FILLS[bin] ?? EMPTY;
}

export const EMPTY_CLASS = EMPTY;

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}
