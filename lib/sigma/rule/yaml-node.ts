// Small helpers over the yaml Document API: node ranges and plain values, with aliases resolved.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { SourceRange } from '../problem';

export type YamlNode = Node;

export function rangeOf(node: unknown, fallback: SourceRange): SourceRange {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : fallback;
}

/** Follows an alias to the node it names; anything else is returned as is. */
export function resolve(node: unknown, doc: Document): unknown {
  if (isAlias(node)) return node.resolve(doc) ?? null;
  return node;
}

export function asMap(node: unknown, doc: Document): YAMLMap | undefined {
  const n = resolve(node, doc);
  return isMap(n) ? n : undefined;
}

export function pairKey(pair: Pair, doc: Document): { text: string; node?: Scalar } | undefined {
  const key = resolve(pair.key, doc);
  if (isScalar(key)) return { text: key.value === null ? '' : String(key.value), node: key };
  return undefined;
}

/** A scalar string (not a number or boolean written bare), or undefined. */
export function stringValue(node: unknown, doc: Document): string | undefined {
  const n = resolve(node, doc);
  if (isScalar(n) && typeof n.value === 'string') return n.value;
  return undefined;
}

/** Strings of a sequence, or a single string as a one-element list. */
export function stringList(node: unknown, doc: Document): string[] | undefined {
  const n = resolve(node, doc);
  if (isScalar(n) && typeof n.value === 'string') return [n.value];
  if (!isSeq(n)) return undefined;
  const out: string[] = [];
  for (const item of n.items) {
    const s = stringValue(item, doc);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/**
 * Offset in the file of the first character of a scalar's value, and whether every later character maps
 * one to one (plain and quoted scalars without escapes or line breaks).
 */
export function scalarTextOffset(node: Scalar, text: string): { base: number; exact: boolean } {
  const range = node.range;
  if (!range) return { base: 0, exact: false };
  const value = String(node.value);
  const source = text.slice(range[0], range[1]);
  if (source === value) return { base: range[0], exact: true };
  if (source.length >= 2 && (source[0] === "'" || source[0] === '"') && source.slice(1, -1) === value) {
    return { base: range[0] + 1, exact: true };
  }
  return { base: range[0], exact: false };
}
