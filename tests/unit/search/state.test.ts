import { describe, expect, it } from 'vitest';
import {
  decodeState,
  EMPTY_STATE,
  encodeState,
  highlight,
  toggleFilter,
  type SearchState,
} from '@/lib/search';

describe('URL state', () => {
  it.each<[string, SearchState, string]>([
    ['empty state is an empty query string', EMPTY_STATE, ''],
    ['query', { ...EMPTY_STATE, q: 'localto.net' }, 'q=localto.net'],
    [
      'filters sorted, comma-joined',
      { ...EMPTY_STATE, filters: { level: ['high', 'critical'], technique: ['T1059.001'] } },
      'level=critical%2Chigh&technique=T1059.001',
    ],
    [
      'modified range',
      { ...EMPTY_STATE, dateField: 'modified', from: '2024-01-01' },
      'date=modified&from=2024-01-01',
    ],
    ['default sort is left out', { ...EMPTY_STATE, q: 'lsass', sort: 'relevance' }, 'q=lsass'],
    ['explicit sort with a query', { ...EMPTY_STATE, q: 'lsass', sort: 'newest' }, 'q=lsass&sort=newest'],
    ['page', { ...EMPTY_STATE, sort: 'title', page: 3 }, 'sort=title&page=3'],
  ])('%s', (_label, state, encoded) => {
    expect(encodeState(state)).toBe(encoded);
    expect(encodeState(decodeState(encoded))).toBe(encoded);
  });

  it('reads malformed input leniently', () => {
    const state = decodeState(
      'sort=sideways&page=-4&from=yesterday&to=2024-13&date=never&level=,,high,high&zzz=1',
    );
    expect(state).toEqual({
      ...EMPTY_STATE,
      filters: { level: ['high'] },
      sort: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('toggling a filter goes back to page 1 and removes empty facets', () => {
    const on = toggleFilter({ ...EMPTY_STATE, page: 4 }, 'level', 'high');
    expect(on).toMatchObject({ page: 1, filters: { level: ['high'] } });
    expect(toggleFilter(on, 'level', 'high').filters).toEqual({});
  });
});

describe('highlight', () => {
  const marked = (text: string, q: string) =>
    highlight(text, q)
      .map((s) => (s.hit ? `[${s.text}]` : s.text))
      .join('');

  it.each([
    ['Suspicious Download Via Certutil.EXE', 'certutil', 'Suspicious Download Via [Certutil].EXE'],
    ['Suspicious Download Via Certutil.EXE', 'cert down', 'Suspicious [Down]load Via [Cert]util.EXE'],
    ['LocaltoNet via .localto.net', 'localto.net', 'LocaltoNet via .[localto.net]'],
    ['mimikatz', 'katz', 'mimikatz'],
    ['a+b (c)', 'b (c', 'a+b (c)'],
    ['plain', '', 'plain'],
  ])('%s / %s', (text, q, expected) => {
    expect(marked(text, q)).toBe(expected);
  });

  it('marks every string of a list with one query, and the next query anew (the pattern is reused per query)', () => {
    const texts = ['Certutil here', 'no match', 'certutil and certutil'];
    expect(texts.map((t) => marked(t, 'certutil'))).toEqual([
      '[Certutil] here',
      'no match',
      '[certutil] and [certutil]',
    ]);
    expect(marked('Certutil via lsass', 'lsass')).toBe('Certutil via [lsass]');
    expect(marked('Certutil via lsass', 'certutil')).toBe('[Certutil] via lsass');
  });

  it('returns text segments, never markup', () => {
    const segments = highlight('<img src=x onerror=alert(1)> certutil', 'certutil');
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> certutil');
  });
});
