// The small KQL expression tree the translator builds and the renderer writes, and the leaf forms that need
// more than one operator (numbers, Sysmon hash lists).
import { kql } from './kql-config';
import type { PatternPart } from './string-pattern';
import type { ConversionReason } from './types';

/** Equality with one string: kept apart so that an `or` of them on one column can become `in~`. */
export type KExpr =
  /** `nested`: a group of a long chain, kept in parentheses. */
  | { k: 'and' | 'or'; items: KExpr[]; nested?: boolean }
  | { k: 'not'; item: KExpr }
  | { k: 'atom'; text: string; eq?: Equality };

/**
 * An equality `lhs == value`, kept apart so that an `or` of them on one lhs can become `in`/`in~`. `single` is
 * the text to use when it stays alone (a hash test reads better as the rule wrote it).
 */
export interface Equality {
  lhs: string;
  value: string | number;
  cased: boolean;
  single?: string;
}

export interface Translation {
  expr?: KExpr;
  reasons: ConversionReason[];
  warnings: ConversionReason[];
  extends: Map<string, string>;
}

export const atom = (text: string): KExpr => ({ k: 'atom', text });
export const numberEq = (lhs: string, value: number): KExpr => ({
  k: 'atom',
  text: kql.equalsNumber(lhs, value),
  eq: { lhs, value, cased: true },
});

/** Hex length of each algorithm in Sysmon's Hashes field (ALG=HEX,ALG=HEX...). */
const HASH_LENGTHS: Record<string, number> = { MD5: 32, SHA1: 40, SHA256: 64, IMPHASH: 32 };

/**
 * `Hashes contains "MD5=<32 hex>"` holds exactly when the MD5 entry is that hash: the algorithm names never occur
 * inside one another and each value has a fixed length. Written as an extract, long lists of hashes fold into one
 * `in~` instead of thousands of substring tests.
 */
export function hashTest(lhs: string, parts: PatternPart[], cased: boolean): KExpr | undefined {
  if (cased || parts.length !== 3 || parts[0]?.kind !== 'AnyString' || parts[2]?.kind !== 'AnyString')
    return undefined;
  const text = parts[1]?.kind === 'Text' ? parts[1].text : '';
  const m = /^(MD5|SHA1|SHA256|IMPHASH)=([0-9a-f]+)$/i.exec(text);
  const alg = m?.[1]?.toUpperCase() as string;
  if (!m || m[2]?.length !== HASH_LENGTHS[alg]) return undefined;
  const key = `extract(@"(?i)(?:^|,)${alg}=([0-9a-f]{${HASH_LENGTHS[alg]}})(?:,|$)", 1, ${lhs})`;
  const single = kql.text('contains', lhs, text, false);
  return {
    k: 'atom',
    text: single,
    eq: { lhs: key, value: (m[2] as string).toUpperCase(), cased: false, single },
  };
}
