// The bound on a query's length: a query over MAX_KQL_LENGTH makes its rule `unsupported` (QUERY_TOO_LONG) before
// anything reaches the Kusto language service, and the service itself refuses to analyse one.
import { describe, expect, it } from 'vitest';
import { ruleKql, type FrontMatter } from '@/lib/content';
import { checkKql } from '@/lib/kusto';
import {
  convertSigma,
  convertToKql,
  limitQueryLength,
  lowerRule,
  MAX_KQL_LENGTH,
  parseSigma,
  type ConversionResult,
} from '@/lib/sigma';

/** A valid query of exactly `length` characters: a short one, then a comment line as long as needed. */
const query = (variant: string, length: number) => {
  const head = `imProcessCreate\n| where TargetProcessName endswith "/${variant}"\n// `;
  return { variant, table: 'imProcessCreate', kql: head.padEnd(length, 'x'), warnings: [] };
};
const ok = (...lengths: [string, number][]): ConversionResult => ({
  status: 'ok',
  queries: lengths.map(([variant, length]) => query(variant, length)),
  reasons: [],
});
const commas = (n: number) => n.toLocaleString('en-US');

describe('limitQueryLength', () => {
  it.each([
    { name: 'a short query', lengths: [['ASIM', 300]], refused: [] },
    { name: 'a query at the limit', lengths: [['ASIM', MAX_KQL_LENGTH]], refused: [] },
    { name: 'a query one over', lengths: [['ASIM', MAX_KQL_LENGTH + 1]], refused: ['ASIM'] },
    {
      name: 'a short primary with a Defender variant over',
      lengths: [
        ['ASIM', 500],
        ['Defender XDR', MAX_KQL_LENGTH + 10],
      ],
      refused: ['Defender XDR'],
    },
    {
      name: 'two 6 MB variants',
      lengths: [
        ['Sysmon (WindowsEvent)', 6_000_000],
        ['Defender XDR', 5_500_000],
      ],
      refused: ['Sysmon (WindowsEvent)', 'Defender XDR'],
    },
  ] as { name: string; lengths: [string, number][]; refused: string[] }[])(
    '$name: refused $refused',
    ({ lengths, refused }) => {
      const input = ok(...lengths);
      const result = limitQueryLength(input);
      if (refused.length === 0) {
        expect(result).toBe(input);
        return;
      }
      expect(result.status).toBe('unsupported');
      expect(result.queries).toEqual([]);
      expect(result.reasons.map((r) => r.code)).toEqual(refused.map(() => 'QUERY_TOO_LONG'));
      // Each reason names its variant, the query's actual length and the limit.
      result.reasons.forEach((r, i) => {
        const length = lengths.find(([v]) => v === refused[i])![1];
        expect(r.detail).toContain(`the ${refused[i]} query is ${commas(length)} characters long`);
        expect(r.detail).toContain(`limit of ${commas(MAX_KQL_LENGTH)}`);
      });
    },
  );

  it.each<ConversionResult>([
    { status: 'unsupported', queries: [], reasons: [{ code: 'UNMAPPED_LOGSOURCE', detail: 'x' }] },
    { status: 'error', queries: [], reasons: [{ code: 'INVALID_RULE', detail: 'y' }] },
  ])('leaves a $status result as it is', (input) => expect(limitQueryLength(input)).toBe(input));
});

/** A valid rule whose one selection lists `n` CommandLine values: about 58 characters of query per value. */
const manyValues = (n: number) => `title: Many Values
id: 0b5f6a53-54c2-4d55-9a5e-0b7f6f1c2d3e
status: test
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        CommandLine|contains:
${Array.from({ length: n }, (_, i) => `            - 'payload-${String(i).padStart(6, '0')}.exe'`).join('\n')}
    condition: selection
level: medium
`;

describe('convertSigma', () => {
  it.each([
    { values: 1_000, status: 'ok', codes: [] },
    { values: 30_000, status: 'unsupported', codes: ['QUERY_TOO_LONG', 'QUERY_TOO_LONG'] },
  ])('$values values: $status $codes', ({ values, status, codes }) => {
    const result = convertSigma(manyValues(values), 'many-values.yml');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    for (const q of result.queries) expect(q.kql.length).toBeLessThanOrEqual(MAX_KQL_LENGTH);
  });

  it("gives the importer's verdict (convertToKql on the lowered rule) the same refusal", () => {
    const lowered = lowerRule(parseSigma(manyValues(30_000)).rule!);
    const result = convertToKql(lowered.value!);
    expect([result.status, ...new Set(result.reasons.map((r) => r.code))]).toEqual([
      'unsupported',
      'QUERY_TOO_LONG',
    ]);
  });

  it('refuses a collection whose union is over the limit though each rule is under it', () => {
    // Each document's query is about 580,000 characters (10,000 values); tables differ, so the queries are unioned.
    const second = manyValues(10_000).replace('category: process_creation', 'category: file_event');
    const collection = `action: global\ntitle: Two Halves\n---\n${manyValues(10_000).replace('title: Many Values\n', '')}---\n${second.replace('title: Many Values\n', '')}`;
    const alone = convertSigma(manyValues(10_000));
    expect(alone.status).toBe('ok');
    const result = convertSigma(collection);
    expect(result.reasons.map((r) => r.code)).toContain('QUERY_TOO_LONG');
    expect(result.status).toBe('unsupported');
  });
});

describe('a curated query', () => {
  const frontMatter = (kql: string) => ({ kql }) as FrontMatter;
  it.each([
    { length: 1_000, status: 'ok' },
    { length: MAX_KQL_LENGTH + 1, status: 'unsupported' },
  ])('of $length characters: $status', ({ length, status }) => {
    const result = ruleKql(frontMatter(query('Curated', length).kql), '');
    expect(result.status).toBe(status);
    if (status !== 'ok') expect(result.reasons[0]?.detail).toContain('the Curated query is');
  });
});

describe('checkKql', () => {
  it('does not analyse a query over the limit: one QUERY_TOO_LONG diagnostic naming both lengths', () => {
    // Valid KQL: analysed, it would pass with no diagnostic at all.
    const d = checkKql(query('x', MAX_KQL_LENGTH + 1).kql);
    expect(d.map((x) => x.code)).toEqual(['QUERY_TOO_LONG']);
    expect(d[0]?.message).toContain(commas(MAX_KQL_LENGTH + 1));
    expect(d[0]?.message).toContain(commas(MAX_KQL_LENGTH));
  });
});
