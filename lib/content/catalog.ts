import { ContentError } from './format-problem';
import { contentDirs, loadContent } from './load-content';
import { checkedKql } from './rule-kql';
import type { Rule } from './types';

// What pages call. Content is loaded once per process; any problem anywhere fails the build once, listing all.

let cache: { key: string; rules: Rule[] } | undefined;

/** The newest date a rule carries: modified when present, else date. */
export function lastChanged(rule: Rule): string {
  return rule.modified && rule.modified > rule.date ? rule.modified : rule.date;
}

/** Every rule, newest first, its KQL checked. Throws ContentError listing every problem when any file is broken. */
export function getRules(): Rule[] {
  const dirs = contentDirs();
  const key = dirs.join('\n');
  if (cache?.key !== key) {
    const { rules, problems } = loadContent(dirs);
    if (problems.length > 0) throw new ContentError(problems);
    rules.sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)) || a.title.localeCompare(b.title));
    // Every query a page shows has passed the language-service check (answered from the build's check cache).
    cache = { key, rules: rules.map((rule) => ({ ...rule, conversion: checkedKql(rule.conversion) })) };
  }
  return cache.rules;
}

/** The rule with this slug, or null. */
export function getRuleBySlug(slug: string): Rule | null {
  return getRules().find((rule) => rule.slug === slug) ?? null;
}

/** The rule with this Sigma id (case-insensitive), or null. */
export function getRuleById(id: string): Rule | null {
  const wanted = id.toLowerCase();
  return getRules().find((rule) => rule.id === wanted) ?? null;
}
