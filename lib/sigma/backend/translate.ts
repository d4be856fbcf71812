// IR condition → a small KQL expression tree for one target table, collecting every reason it cannot be
// expressed (never dropping a condition).
import type { IrExpr, IrKeyword, IrMatch, MatchOp } from '../ir/types';
import type { TableTarget } from '../pipeline';
import { kql } from './kql-config';
import { isReason, resolveField, type ResolvedField } from './resolve-field';
import {
  controlSetAlternatives,
  longRegistryRoots,
  planString,
  registryWildcards,
  type PatternPart,
} from './string-pattern';
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

const atom = (text: string): KExpr => ({ k: 'atom', text });
const numberEq = (lhs: string, value: number): KExpr => ({
  k: 'atom',
  text: kql.equalsNumber(lhs, value),
  eq: { lhs, value, cased: true },
});

/** RE2 (Kusto's regex engine) has no lookaround, backreferences, atomic groups or possessive quantifiers. */
const RE2_UNSUPPORTED = /\(\?<?[=!]|\(\?>|\\[1-9]|\\Z|[*+?}]\+|\(\?<[A-Za-z]|\(\?#|\(\?P=/;

/** Hex length of each algorithm in Sysmon's Hashes field (ALG=HEX,ALG=HEX...). */
const HASH_LENGTHS: Record<string, number> = { MD5: 32, SHA1: 40, SHA256: 64, IMPHASH: 32 };

/**
 * `Hashes contains "MD5=<32 hex>"` holds exactly when the MD5 entry is that hash: the algorithm names never occur
 * inside one another and each value has a fixed length. Written as an extract, long lists of hashes fold into one
 * `in~` instead of thousands of substring tests.
 */
function hashTest(lhs: string, parts: PatternPart[], cased: boolean): KExpr | undefined {
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

export class Translator {
  readonly reasons: ConversionReason[] = [];
  readonly warnings: ConversionReason[] = [];
  readonly extends = new Map<string, string>();
  constructor(readonly target: TableTarget) {}

  private warn(code: string, detail: string): void {
    if (!this.warnings.some((w) => w.code === code && w.detail === detail))
      this.warnings.push({ code, detail });
  }

  private refuse(code: string, detail: string): undefined {
    if (!this.reasons.some((r) => r.code === code && r.detail === detail))
      this.reasons.push({ code, detail });
    return undefined;
  }

  expr(e: IrExpr): KExpr | undefined {
    switch (e.kind) {
      case 'And':
      case 'Or': {
        // Translate every child (no short-circuit) so that all reasons are collected.
        const items = e.children.map((c) => this.expr(c));
        return items.every((i): i is KExpr => !!i)
          ? { k: e.kind === 'And' ? 'and' : 'or', items }
          : undefined;
      }
      case 'Not': {
        const item = this.expr(e.child);
        return item && { k: 'not', item };
      }
      case 'Match':
        return this.match(e);
      case 'Keyword':
        return this.keyword(e);
      default: {
        const never: never = e;
        throw new Error(`unknown IR node ${JSON.stringify(never)}`);
      }
    }
  }

  private field(name: string): ResolvedField | undefined {
    const r = resolveField(this.target, name);
    if (isReason(r)) return this.refuse(r.code, r.detail);
    if (r.extend) this.extends.set(r.extend.name, r.extend.expr);
    return r;
  }

  private keyword(e: IrKeyword): KExpr | undefined {
    const columns = this.target.keywordColumns;
    const shown =
      e.op.kind === 'String'
        ? e.op.parts.map((p) => (p.kind === 'Text' ? p.text : p.kind === 'AnyString' ? '*' : '?')).join('')
        : e.op.pattern;
    if (!columns?.length)
      return this.refuse(
        'KEYWORD_SEARCH',
        `"${shown}" in ${this.target.table}: no column holds the whole event`,
      );
    // A keyword matches anywhere in the event: a substring of the message columns.
    if (this.target.keywordWithin) this.warn('APPROXIMATE_FIELD', this.target.keywordWithin);
    const items = columns.map((column) => {
      const f: ResolvedField = { expr: kql.column(column), type: 'string' };
      if (e.op.kind === 'Regex') return this.op(f, 'keyword', e.op);
      const parts = e.op.parts;
      const wrapped = [{ kind: 'AnyString' } as const, ...parts, { kind: 'AnyString' } as const];
      return this.op(f, 'keyword', { ...e.op, parts: wrapped });
    });
    return items.every((i): i is KExpr => !!i)
      ? items.length === 1
        ? items[0]
        : { k: 'or', items: items as KExpr[] }
      : undefined;
  }

  private match(m: IrMatch): KExpr | undefined {
    const f = this.field(m.field);
    if (!f) return undefined;
    return this.op(f, m.field, m.op);
  }

  private op(f: ResolvedField, field: string, op: MatchOp): KExpr | undefined {
    const table = this.target.table;
    const within = f.mapping?.within;
    if (within) {
      const contains =
        op.kind === 'String' &&
        op.parts[0]?.kind === 'AnyString' &&
        op.parts[op.parts.length - 1]?.kind === 'AnyString';
      if (!contains && op.kind !== 'Regex')
        return this.refuse(
          'UNMAPPED_FIELD',
          `${field} in ${table}: only a substring or regex test is faithful there`,
        );
      this.warn('APPROXIMATE_FIELD', within);
    }
    const values = f.mapping?.values;
    if (values) return this.enumValue(f, field, op, values);
    const numeric = f.type === 'int' || f.type === 'long' || f.type === 'real';
    const stringy = f.type === 'string' ? f.expr : kql.toString(f.expr);
    switch (op.kind) {
      case 'String': {
        if (f.type === 'datetime' || f.type === 'timespan')
          return this.refuse('UNSUPPORTED_VALUE', `${field}: string match on a ${f.type} column in ${table}`);
        const text = op.parts.every((p) => p.kind === 'Text')
          ? op.parts.map((p) => p.text).join('')
          : undefined;
        if (numeric && text !== undefined && /^-?\d+$/.test(text)) return numberEq(f.expr, Number(text));
        if (f.type === 'bool' && text !== undefined && /^(true|false)$/i.test(text))
          return atom(kql.equalsBool(f.expr, text.toLowerCase() === 'true'));
        const reject = f.mapping?.rejectValues;
        const literal = op.parts.map((p) => (p.kind === 'Text' ? p.text : '')).join('');
        if (reject && new RegExp(reject.pattern, 'i').test(literal))
          return this.refuse('UNMAPPED_VALUE', `${field} '${literal}' in ${table}: ${reject.why}`);
        let parts: PatternPart[] = op.parts;
        if (f.mapping?.registry) parts = registryWildcards(parts);
        if (f.mapping?.registry === 'long-roots') {
          parts = longRegistryRoots(parts);
          if (this.target.controlSetAlternatives) parts = controlSetAlternatives(parts);
        }
        if (field === 'Hashes') {
          const hash = hashTest(stringy, parts, op.cased);
          if (hash) return hash;
        }
        return this.stringPlan(stringy, parts, op.cased);
      }
      case 'Regex': {
        if (RE2_UNSUPPORTED.test(op.pattern))
          return this.refuse(
            'UNSUPPORTED_REGEX',
            `${field}: /${op.pattern}/ uses syntax Kusto's RE2 engine lacks`,
          );
        // A regex is not rewritten: one that names a short root key or CurrentControlSet cannot match long-form keys.
        if (f.mapping?.registry === 'long-roots' && /HK(LM|U|CU|CR|CC)\b|CurrentControlSet/i.test(op.pattern))
          return this.refuse(
            'UNMAPPED_VALUE',
            `${field} /${op.pattern}/ in ${table}: the table writes registry roots in long form`,
          );
        const flags = `${op.flags.i ? 'i' : ''}${op.flags.m ? 'm' : ''}${op.flags.s ? 's' : ''}`;
        return atom(kql.regex(stringy, flags ? `(?${flags})${op.pattern}` : op.pattern));
      }
      case 'Cidr':
        return atom(kql.cidr(stringy, op.cidr, op.version));
      case 'Number':
        if (numeric) return numberEq(f.expr, op.value);
        if (f.type === 'bool')
          return this.refuse(
            'UNSUPPORTED_VALUE',
            `${field}: number ${op.value} on a bool column in ${table}`,
          );
        return {
          k: 'atom',
          text: kql.text('equals', stringy, String(op.value), true),
          eq: { lhs: stringy, value: String(op.value), cased: true },
        };
      case 'Compare':
        return atom(kql.compare(numeric ? f.expr : kql.toNumber(stringy), op.op, op.value));
      case 'Boolean':
        if (f.type === 'bool') return atom(kql.equalsBool(f.expr, op.value));
        return this.stringPlan(stringy, [{ kind: 'Text', text: String(op.value) }], false);
      case 'Null':
        return atom(numeric || f.type === 'bool' ? kql.isNull(f.expr) : kql.isEmpty(f.expr));
      case 'Exists':
        if (numeric || f.type === 'bool') return atom(op.exists ? kql.isNotNull(f.expr) : kql.isNull(f.expr));
        return atom(op.exists ? kql.isNotEmpty(f.expr) : kql.isEmpty(f.expr));
      case 'FieldRef': {
        const other = this.field(op.other);
        if (!other) return undefined;
        if (other.mapping?.values || f.mapping?.registry || other.mapping?.registry)
          return this.refuse(
            'UNSUPPORTED_MODIFIER',
            `fieldref ${field} = ${op.other}: the columns store values in different forms`,
          );
        const rhs = other.type === 'string' ? other.expr : kql.toString(other.expr);
        const sym = {
          equals: op.cased ? '==' : '=~',
          contains: op.cased ? 'contains_cs' : 'contains',
          startswith: op.cased ? 'startswith_cs' : 'startswith',
          endswith: op.cased ? 'endswith_cs' : 'endswith',
        }[op.mode];
        return atom(`${stringy} ${sym} ${rhs}`);
      }
      case 'Placeholder':
        return this.refuse('UNSUPPORTED_MODIFIER', `expand %${op.name}%: placeholders need a value list`);
      default: {
        const never: never = op;
        throw new Error(`unknown match op ${JSON.stringify(never)}`);
      }
    }
  }

  private stringPlan(lhs: string, parts: PatternPart[], cased: boolean): KExpr {
    const plan = planString(parts, cased);
    switch (plan.kind) {
      case 'Empty':
        return atom(kql.isEmpty(lhs));
      case 'Any':
        return atom(kql.isNotEmpty(lhs));
      case 'Text':
        if (plan.op === 'equals')
          return {
            k: 'atom',
            text: kql.text('equals', lhs, plan.text, cased),
            eq: { lhs, value: plan.text, cased },
          };
        return atom(kql.text(plan.op, lhs, plan.text, cased));
      case 'Regex':
        return atom(kql.regex(lhs, plan.pattern));
    }
  }

  /** A column that encodes the Sigma values differently: only the listed values have a meaning there. */
  private enumValue(
    f: ResolvedField,
    field: string,
    op: MatchOp,
    values: Record<string, string>,
  ): KExpr | undefined {
    let key: string | undefined;
    if (op.kind === 'Boolean') key = String(op.value);
    else if (op.kind === 'String' && op.parts.every((p) => p.kind === 'Text'))
      key = op.parts
        .map((p) => p.text)
        .join('')
        .toLowerCase();
    else if (op.kind === 'Number') key = String(op.value);
    const stored = key === undefined ? undefined : values[key];
    if (stored === undefined)
      return this.refuse(
        'UNMAPPED_VALUE',
        `${field} value in ${this.target.table}: only ${Object.keys(values).join(', ')} have a stored form`,
      );
    // The stored values are exact enumeration members: compare them exactly.
    return {
      k: 'atom',
      text: kql.text('equals', f.expr, stored, true),
      eq: { lhs: f.expr, value: stored, cased: true },
    };
  }
}
