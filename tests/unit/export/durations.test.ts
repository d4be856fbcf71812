import { describe, expect, it } from 'vitest';
import { durationMinutes, isIsoDuration, toShortDuration } from '@/lib/export';

describe('ISO 8601 durations', () => {
  it.each<[string, number | undefined, string | undefined]>([
    ['PT5M', 5, '5m'],
    ['PT1H', 60, '1h'],
    ['PT90M', 90, '90m'],
    ['P1D', 1440, '1d'],
    ['P1DT12H', 2160, '36h'],
    ['P14D', 20160, '14d'],
    ['1h', undefined, undefined],
    ['P', undefined, undefined],
    ['PT', undefined, undefined],
    ['P1Y', undefined, undefined],
    ['PT1S', undefined, undefined],
  ])('%s', (iso, minutes, short) => {
    expect(durationMinutes(iso)).toBe(minutes);
    expect(isIsoDuration(iso)).toBe(minutes !== undefined);
    if (short) expect(toShortDuration(iso)).toBe(short);
    else expect(() => toShortDuration(iso)).toThrow();
  });
});
