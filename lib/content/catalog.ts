import { catalogCacheMatches, catalogKey, readCatalogCache, writeCatalogCache } from './catalog-cache';
import { ContentError } from './format-problem';
import { contentDirs, loadContent, type LoadedContent } from './load-content';
import { checkedKql } from './rule-kql';
import type { Rule } from './types';

// What pages call. Content is loaded once per process; any problem anywhere fails the build once, listing all.
// The build bundles this module separately for pages and for route handlers, and each copy would load and convert
// the whole catalog again (about 20 s for the full corpus): the loaded catalog lives on globalThis instead, so all
// copies in a process share one load.

interface Catalog {
  key: string;
  rules: Rule[];
  bySlug?: Map<string, Rule>;
  byId?: Map<string, Rule>;
}

const shared = globalThis as { __socFeedCatalog?: Catalog };
let cache: Catalog | undefined;

/** The newest date a rule carries: modified when present, else date. */
export function lastChanged(rule: Rule): string {
  return rule.modified && rule.modified > rule.date ? rule.modified : rule.date;
}

/** Every rule, newest first, its KQL checked. Throws ContentError listing every problem when any file is broken. */
export function getRules(): Rule[] {
  const dirs = contentDirs();
  const key = dirs.join('\n');
  cache = shared.__socFeedCatalog;
  if (cache?.key !== key) {
    const diskKey = catalogKey(dirs);
    const rules = readCatalogCache(diskKey) ?? prepare(loadContent(dirs), diskKey);
    cache = { key, rules };
  }
  shared.__socFeedCatalog = cache;
  return cache.rules;
}

function prepare({ rules, problems }: LoadedContent, diskKey: string): Rule[] {
  if (problems.length > 0) throw new ContentError(problems);
  rules.sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)) || a.title.localeCompare(b.title));
  // Every query a page shows has passed the language-service check (answered from the build's check cache).
  const checked = rules.map((rule) => ({ ...rule, conversion: checkedKql(rule.conversion) }));
  writeCatalogCache(diskKey, checked);
  return checked;
}

/**
 * For the build's first step, which has loaded the content and filled the KQL check cache: prepares the catalog
 * from that load and saves it, so the build's later processes read it instead of loading again.
 */
export function saveCatalog(loaded: LoadedContent): void {
  prepare(loaded, catalogKey(contentDirs()));
}

/** Whether the catalog the build's first step saved is still valid for the content, the code and the check cache. */
export function catalogSaved(): boolean {
  return catalogCacheMatches(catalogKey(contentDirs()));
}

/**
 * The rule whose page `next build` renders, the shell: the first by slug among the rules with KQL (so the page
 * shows every part a rule page can have), else the first by slug. scripts/rule-pages.ts renders every other rule
 * page into the shell page's document after the build, and checks its own rendering of the shell against Next's.
 */
export function shellRule(rules: readonly Rule[]): Rule | undefined {
  const first = (list: readonly Rule[]) =>
    list.reduce<Rule | undefined>((a, b) => (a === undefined || b.slug < a.slug ? b : a), undefined);
  return first(rules.filter((r) => r.conversion.status === 'ok')) ?? first(rules);
}

function catalog(): Catalog {
  getRules();
  return cache!;
}

/** The rule with this slug, or null. */
export function getRuleBySlug(slug: string): Rule | null {
  const c = catalog();
  c.bySlug ??= new Map(c.rules.map((rule) => [rule.slug, rule]));
  return c.bySlug.get(slug) ?? null;
}

/** The rule with this Sigma id (case-insensitive), or null. */
export function getRuleById(id: string): Rule | null {
  const c = catalog();
  c.byId ??= new Map(c.rules.map((rule) => [rule.id, rule]));
  return c.byId.get(id.toLowerCase()) ?? null;
}
