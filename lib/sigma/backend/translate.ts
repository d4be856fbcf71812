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
import { atom, hashTest, numberEq, type KExpr } from './kexpr';
import type { ConversionReason } from './types';
import { own } from '../own';

/** RE2 (Kusto's regex engine) has no lookaround, backreferences, atomic groups or possessive quantifiers. */
const RE2_UNSUPPORTED = /\(\?<?[=!]|\(\?>|\\[1-9]|\\Z|[*+?}]\+|\(\?<[A-Za-z]|\(\?#|\(\?P=/;

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
    if ((op.kind === 'Number' || op.kind === 'Compare') && op.datePart) return this.datePart(f, field, op);
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
      case 'Placeholder': {
        const names = (op.template ?? [{ kind: 'Placeholder', name: op.name }])
          .map((p) => (p.kind === 'Placeholder' ? `%${p.name}%` : ''))
          .filter(Boolean);
        return this.refuse(
          'UNSUPPORTED_PLACEHOLDER',
          `${field} expands ${names.join(', ')}: placeholders need a value list, and this converter has none`,
        );
      }
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

  /** Sigma time modifiers: a part of the field's date compared with a number. */
  private datePart(
    f: ResolvedField,
    field: string,
    op: Extract<MatchOp, { kind: 'Number' | 'Compare' }>,
  ): KExpr | undefined {
    const part = op.datePart as NonNullable<typeof op.datePart>;
    if (
      f.mapping?.values ||
      f.mapping?.within ||
      f.mapping?.registry ||
      (f.type !== 'datetime' && f.type !== 'string')
    )
      return this.refuse(
        'UNSUPPORTED_VALUE',
        `${field}|${part}: ${field} holds no date in ${this.target.table}`,
      );
    const date = f.type === 'datetime' ? f.expr : kql.toDatetime(f.expr);
    const lhs = kql.datePart(date, part);
    return atom(op.kind === 'Number' ? kql.equalsNumber(lhs, op.value) : kql.compare(lhs, op.op, op.value));
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
    const stored = own(values, key);
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
