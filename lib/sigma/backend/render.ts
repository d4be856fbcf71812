// KQL expression tree → text. Folds an `or` of exact string equalities on one column into `in`/`in~`
// (the same meaning); substring lists stay `or` chains, since `has_any` matches terms, not substrings.
import type { SourceFilter } from '../pipeline';
import { kql } from './kql-config';
import type { KExpr } from './kexpr';

export function render(e: KExpr, parent?: 'and' | 'or' | 'not'): string {
  switch (e.k) {
    case 'atom':
      return e.text;
    case 'not':
      return kql.not(render(e.item, 'not'));
    case 'and':
    case 'or': {
      const items = e.k === 'or' ? foldEqualities(e.items) : e.items;
      if (items.length === 1) return render(items[0] as KExpr, parent);
      // The language service refuses very deep trees, and a long chain is one: nest it in balanced groups.
      if (items.length > CHAIN)
        return render(
          {
            k: e.k,
            items: chunk(items, Math.ceil(Math.sqrt(items.length))).map(
              (c) => ({ k: e.k, items: c, nested: true }) satisfies KExpr,
            ),
          },
          parent,
        );
      const text = items.map((i) => render(i, e.k)).join(e.k === 'and' ? kql.and : kql.or);
      // `and` binds tighter than `or`; an `or` inside an `and` needs parentheses, the reverse is for the reader.
      return e.nested || parent === 'and' || (parent === 'or' && e.k === 'and') ? kql.group(text) : text;
    }
  }
}

const CHAIN = 48;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function foldEqualities(items: KExpr[]): KExpr[] {
  const groups = new Map<
    string,
    { lhs: string; cased: boolean; values: (string | number)[]; single?: string }
  >();
  const out: (KExpr | string)[] = [];
  for (const item of items) {
    if (item.k === 'atom' && item.eq) {
      const key = `${typeof item.eq.value}\u0000${item.eq.cased}\u0000${item.eq.lhs}`;
      const g = groups.get(key);
      if (g) g.values.push(item.eq.value);
      else {
        groups.set(key, { ...item.eq, values: [item.eq.value] });
        out.push(key);
      }
    } else out.push(item);
  }
  return out.map((x) => {
    if (typeof x !== 'string') return x;
    const g = groups.get(x) as { lhs: string; cased: boolean; values: (string | number)[]; single?: string };
    const first = g.values[0] as string | number;
    if (g.values.length === 1 && g.single) return { k: 'atom', text: g.single } satisfies KExpr;
    if (g.values.length === 1)
      return {
        k: 'atom',
        text:
          typeof first === 'number'
            ? kql.equalsNumber(g.lhs, first)
            : kql.text('equals', g.lhs, first, g.cased),
      } satisfies KExpr;
    return { k: 'atom', text: kql.inList(g.lhs, g.values, g.cased) } satisfies KExpr;
  });
}

/** The log source's own conditions (channel, event IDs, operation types). */
export function renderFilter(f: SourceFilter): string {
  const [column, key] = f.column.split('.', 2) as [string, string | undefined];
  const lhs = key ? kql.toString(kql.bagKey(column, key)) : kql.column(column);
  const lits = f.values.map((v) => (typeof v === 'number' ? kql.number(v) : kql.string(v)));
  return lits.length === 1 ? `${lhs} == ${lits[0]}` : `${lhs} in (${lits.join(', ')})`;
}
