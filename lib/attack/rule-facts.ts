// The few facts about a rule that coverage needs, and a compact JSON form of them for the browser, which
// recounts the matrix after filtering without the ATT&CK table or the rule files.
// Rules come in structurally (RuleLike) so lib/attack does not depend on lib/content.

import type { AttackIndex } from './attack-index';
import { placeRuleTags } from './coverage';
import type { ResolvedTag } from './resolve-tag';

export interface RuleLike {
  slug: string;
  title: string;
  level: string;
  status: string;
  attack: { techniques: readonly string[]; tactics: readonly string[] };
  tags: readonly string[];
  logsource: { category?: string; product?: string; service?: string };
  dataTable?: string;
  conversion: { status: string; queries: readonly { table: string }[] };
}

export interface RuleFacts {
  slug: string;
  title: string;
  level: string;
  status: string;
  /** The table or ASIM parser the rule's primary query reads, else the one its content file names. */
  table: string | null;
  product: string | null;
  /** "product / category / service", the parts the rule has. */
  logsource: string;
  kql: boolean;
  /** Matrix technique IDs the rule counts for. */
  techniques: string[];
  /** attack.* tags that place nothing in the matrix (see placeRuleTags), by outsideKey. */
  outside: string[];
}

/** Every attack.* tag a content rule carries, rebuilt from its front matter. */
export function attackTagsOf(rule: RuleLike): string[] {
  return [
    ...rule.attack.techniques.map((id) => `attack.${id.toLowerCase()}`),
    ...rule.attack.tactics.map((t) => `attack.${t}`),
    ...rule.tags.filter((t) => /^attack\./i.test(t)),
  ];
}

/** Tactic tags keep their short name (Stealth and Defense Evasion share TA0005); everything else its ID. */
export function outsideKey(tag: ResolvedTag): string {
  return tag.kind === 'tactic' && tag.shortName ? tag.shortName : tag.id;
}

export function ruleFacts(index: AttackIndex, rule: RuleLike): RuleFacts {
  const placed = placeRuleTags(index, attackTagsOf(rule));
  const ls = rule.logsource;
  const kql = rule.conversion.status === 'ok' && rule.conversion.queries.length > 0;
  return {
    slug: rule.slug,
    title: rule.title,
    level: rule.level,
    status: rule.status,
    table: (kql ? rule.conversion.queries[0]!.table : undefined) || rule.dataTable || null,
    product: ls.product ?? null,
    logsource: [ls.product, ls.category, ls.service].filter(Boolean).join(' / ') || '(none)',
    kql,
    techniques: placed.techniques,
    outside: [...new Set(placed.outside.map(outsideKey))],
  };
}

const memo = new WeakMap<readonly RuleLike[], RuleFacts[]>();

/** Facts for a whole catalog, computed once per rules array (many pages ask during one build). */
export function catalogFacts(index: AttackIndex, rules: readonly RuleLike[]): RuleFacts[] {
  let facts = memo.get(rules);
  if (!facts) memo.set(rules, (facts = rules.map((r) => ruleFacts(index, r))));
  return facts;
}

/** Parent of a sub-technique, from the ID alone (T1059.001 → T1059): no table needed in the browser. */
export function parentFromId(id: string): string | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(0, dot) : undefined;
}

// Compact form: repeated strings become indexes into lists.
type Row = [string, string, number, number, number, number, number, 0 | 1, string[], string[]];

export interface CompactFacts {
  format: 1;
  levels: string[];
  statuses: string[];
  tables: string[];
  products: string[];
  logsources: string[];
  rules: Row[];
}

export function encodeFacts(facts: readonly RuleFacts[]): CompactFacts {
  const lists = {
    levels: [] as string[],
    statuses: [] as string[],
    tables: [] as string[],
    products: [] as string[],
    logsources: [] as string[],
  };
  const at = (list: string[], v: string | null) => {
    if (v === null) return -1;
    let i = list.indexOf(v);
    if (i === -1) i = list.push(v) - 1;
    return i;
  };
  const rules = facts.map((f): Row => [
    f.slug,
    f.title,
    at(lists.levels, f.level),
    at(lists.statuses, f.status),
    at(lists.tables, f.table),
    at(lists.products, f.product),
    at(lists.logsources, f.logsource),
    f.kql ? 1 : 0,
    f.techniques,
    f.outside,
  ]);
  return { format: 1, ...lists, rules };
}

export function decodeFacts(c: CompactFacts): RuleFacts[] {
  const get = (list: string[], i: number) => (i < 0 ? null : (list[i] ?? null));
  return c.rules.map(([slug, title, level, status, table, product, logsource, kql, techniques, outside]) => ({
    slug,
    title,
    level: get(c.levels, level) ?? '',
    status: get(c.statuses, status) ?? '',
    table: get(c.tables, table),
    product: get(c.products, product),
    logsource: get(c.logsources, logsource) ?? '(none)',
    kql: kql === 1,
    techniques,
    outside,
  }));
}
