// The concrete values a rule matches, pulled out of the lowered IR for the prose: which fields, which values,
// and which values the rule itself excludes (matches under a Not are the rule's own false-positive filters).
import type { IrExpr, MatchOp, ValuePart } from '@/lib/sigma';

export interface FieldValues {
  field: string;
  /**
   * Tests as (relation, value) pairs in rule order, deduplicated. `allOf` numbers a set of values the rule
   * requires together (Sigma `|all`); tests without it are alternatives.
   */
  tests: { relation: string; value: string; allOf?: number }[];
}

export interface DetectionValues {
  /** Fields the rule looks for (not negated), in rule order. */
  matched: FieldValues[];
  /** Fields the rule excludes. */
  excluded: FieldValues[];
  /** Field-less keyword searches. */
  keywords: string[];
}

function partsText(parts: ValuePart[]): string {
  return parts.map((p) => (p.kind === 'Text' ? p.text : p.kind === 'AnyString' ? '*' : '?')).join('');
}

/** A String match as a relation and the literal core: `*x*` → contains x, `*x` → ends with x. */
function describeString(parts: ValuePart[]): { relation: string; value: string } {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const inner = parts.slice(first?.kind === 'AnyString' ? 1 : 0, last?.kind === 'AnyString' ? -1 : undefined);
  const simple = inner.every((p) => p.kind === 'Text');
  const startsAny = first?.kind === 'AnyString';
  const endsAny = last?.kind === 'AnyString' && parts.length > 1;
  if (parts.length === 0) return { relation: 'is empty', value: '' };
  if (!simple || inner.length === 0) return { relation: 'matches', value: partsText(parts) };
  const core = partsText(inner);
  if (startsAny && endsAny) return { relation: 'contains', value: core };
  if (startsAny) return { relation: 'ends with', value: core };
  if (endsAny) return { relation: 'starts with', value: core };
  return { relation: 'is', value: core };
}

export function describeOp(op: MatchOp): { relation: string; value: string } {
  switch (op.kind) {
    case 'String':
      return describeString(op.parts);
    case 'Regex':
      return { relation: 'matches the regular expression', value: op.pattern };
    case 'Cidr':
      return { relation: 'is in', value: op.cidr };
    case 'Number':
      return { relation: 'is', value: String(op.value) };
    case 'Compare': {
      const words = {
        gt: 'is greater than',
        gte: 'is at least',
        lt: 'is less than',
        lte: 'is at most',
      } as const;
      return { relation: words[op.op], value: String(op.value) };
    }
    case 'Boolean':
      return { relation: 'is', value: String(op.value) };
    case 'Null':
      return { relation: 'is empty', value: '' };
    case 'Exists':
      return { relation: op.exists ? 'is present' : 'is absent', value: '' };
    case 'FieldRef':
      return { relation: `${op.mode === 'equals' ? 'equals' : op.mode} the value of`, value: op.other };
    case 'Placeholder':
      return { relation: 'is in the list', value: `%${op.name}%` };
    default: {
      const never: never = op;
      throw new Error(`unhandled match op ${JSON.stringify(never)}`);
    }
  }
}

type Collected = Map<string, FieldValues & { keys: Set<string> }>;

function add(map: Collected, field: string, test: FieldValues['tests'][number]): void {
  let entry = map.get(field);
  if (!entry) map.set(field, (entry = { field, tests: [], keys: new Set() }));
  const key = `${test.relation}\u0000${test.allOf ?? ''}\u0000${test.value.toLowerCase()}`;
  if (entry.keys.has(key)) return;
  entry.keys.add(key);
  entry.tests.push(test);
}

/** Fields tested more than once directly under one And (Sigma `|all`): every value must match. */
function fieldsRequiringAll(node: IrExpr): Set<string> {
  if (node.kind !== 'And') return new Set();
  const seen = new Map<string, number>();
  for (const child of node.children)
    if (child.kind === 'Match') seen.set(child.field, (seen.get(child.field) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([field]) => field));
}

/** Walk the IR once; polarity flips under each Not, so a double negation counts as a match again. */
export function detectionValues(condition: IrExpr): DetectionValues {
  const matched: Collected = new Map();
  const excluded: Collected = new Map();
  const keywords: string[] = [];
  let andCount = 0;
  const walk = (node: IrExpr, positive: boolean, allOf?: number) => {
    switch (node.kind) {
      case 'And': {
        const allFields = fieldsRequiringAll(node);
        const group = ++andCount;
        node.children.forEach((child) =>
          walk(child, positive, child.kind === 'Match' && allFields.has(child.field) ? group : undefined),
        );
        return;
      }
      case 'Or':
        node.children.forEach((child) => walk(child, positive));
        return;
      case 'Not':
        walk(node.child, !positive);
        return;
      case 'Match':
        add(positive ? matched : excluded, node.field, {
          ...describeOp(node.op),
          ...(allOf !== undefined ? { allOf } : {}),
        });
        return;
      case 'Keyword':
        if (positive) {
          const text = node.op.kind === 'String' ? describeString(node.op.parts).value : node.op.pattern;
          if (text && !keywords.includes(text)) keywords.push(text);
        }
        return;
      default: {
        const never: never = node;
        throw new Error(`unhandled IR node ${JSON.stringify(never)}`);
      }
    }
  };
  walk(condition, true);
  const plain = (map: Collected) => [...map.values()].map(({ field, tests }) => ({ field, tests }));
  return { matched: plain(matched), excluded: plain(excluded), keywords };
}
