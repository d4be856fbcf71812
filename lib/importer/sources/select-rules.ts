// Decide which files of a source are rules and what their repository path is. The path is what the page links
// to (base URL + path), so it must match the layout of the upstream repository.

const RULE_EXTENSION = /\.ya?ml$/i;
/** Top-level rule folders of a SigmaHQ checkout or release archive: rules, rules-emerging-threats, ... */
const RULE_FOLDER = /^rules(-[a-z0-9-]+)?$/i;
/** Folders that hold YAML which is not rules (CI workflows, tests, tooling). */
const IGNORED_SEGMENT = /^(\.|__MACOSX$|node_modules$)/;

export interface PathEntry<T> {
  path: string;
  value: T;
}

function firstSegment(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * Keep the rule files of a listing and give each its repository path.
 * - A single wrapper folder common to every entry (`sigma-master/`) is removed, unless it is a rule folder.
 * - When top-level rule folders exist (a checkout or a release archive), only they are read, so a checkout's
 *   `.github/`, `tests/`, `deprecated/` and tooling YAML never count as rules.
 * - `rootName` is the name of the folder the user pointed at; a `rules` folder keeps its name in the path so
 *   links resolve to `.../blob/master/rules/...`.
 */
export function selectRuleFiles<T>(entries: PathEntry<T>[], rootName = ''): PathEntry<T>[] {
  let items = entries
    .map((e) => ({
      ...e,
      path: e.path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, ''),
    }))
    .filter((e) => e.path.length > 0 && !e.path.endsWith('/'));
  const tops = new Set(items.map((e) => firstSegment(e.path)));
  const [onlyTop] = tops;
  if (tops.size === 1 && onlyTop && !RULE_FOLDER.test(onlyTop)) {
    items = items.map((e) => ({ ...e, path: e.path.slice(onlyTop.length + 1) }));
  }
  const hasRuleFolders = items.some((e) => RULE_FOLDER.test(firstSegment(e.path)));
  const prefix = !hasRuleFolders && RULE_FOLDER.test(rootName) ? `${rootName}/` : '';
  return items
    .filter((e) => RULE_EXTENSION.test(e.path))
    .filter((e) => !e.path.split('/').some((segment) => IGNORED_SEGMENT.test(segment)))
    .filter((e) => !hasRuleFolders || RULE_FOLDER.test(firstSegment(e.path)))
    .map((e) => ({ ...e, path: prefix + e.path }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
