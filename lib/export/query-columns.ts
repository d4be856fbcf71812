// Which columns of the source table reach the output of a query. Entity mappings name output columns, and
// Sentinel refuses a rule that maps a column the query does not return, so a mapping is kept only when its
// columns provably survive. The scan is conservative: an operator it does not model makes the answer unknown.

export type OutputColumns =
  /** Every source column survives, except `removed`. */
  | { kind: 'all'; removed: Set<string> }
  /** Exactly these columns survive. */
  | { kind: 'only'; columns: Set<string> }
  | { kind: 'unknown'; reason: string };

// Operators that keep every input column (some add columns, which does not matter here).
const KEEP_ALL = new Set([
  'where',
  'filter',
  'extend',
  'sort',
  'order',
  'take',
  'limit',
  'top',
  'sample',
  'parse',
  'parse-where',
  'parse-kv',
  'mv-expand',
  'serialize',
]);

/** Replaces string literal contents and comments with blanks, so pipes and keywords inside them do not count. */
export function maskLiterals(kql: string): string {
  let out = '';
  let i = 0;
  while (i < kql.length) {
    const ch = kql[i]!;
    if (kql.startsWith('//', i)) {
      while (i < kql.length && kql[i] !== '\n') i++;
      continue;
    }
    if (kql.startsWith('```', i)) {
      const end = kql.indexOf('```', i + 3);
      i = end < 0 ? kql.length : end + 3;
      out += '""';
      continue;
    }
    // h"..." and h@"..." are obfuscated strings: drop the prefix, the string itself is masked next round.
    if (
      (ch === 'h' || ch === 'H') &&
      !/[A-Za-z0-9_]/.test(kql[i - 1] ?? '') &&
      /["'@]/.test(kql[i + 1] ?? '')
    ) {
      i++;
      continue;
    }
    const verbatim = ch === '@' && (kql[i + 1] === '"' || kql[i + 1] === "'");
    if (ch === '"' || ch === "'" || verbatim) {
      const quote = verbatim ? kql[i + 1]! : ch;
      i += verbatim ? 2 : 1;
      while (i < kql.length) {
        if (!verbatim && kql[i] === '\\') i += 2;
        else if (verbatim && kql[i] === quote && kql[i + 1] === quote) i += 2;
        else if (kql[i] === quote) break;
        else i++;
      }
      i++;
      out += '""';
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Splits on `sep` outside parentheses, brackets and braces. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Output names of a column list like `A, B = f(x), C`; undefined if an item has no plain name (`f(x)`). */
function listedNames(list: string): string[] | undefined {
  const names: string[] = [];
  for (const item of splitTopLevel(list, ',')) {
    const text = item.trim();
    if (!text) continue;
    const assigned = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/.exec(text);
    if (assigned) names.push(assigned[1]!);
    else if (IDENT.test(text)) names.push(text);
    else return undefined;
  }
  return names;
}

export function outputColumns(kql: string, table: string): OutputColumns {
  const statements = splitTopLevel(maskLiterals(kql), ';')
    .map((s) => s.trim())
    .filter(Boolean);
  const body = statements[statements.length - 1];
  if (!body) return { kind: 'unknown', reason: 'the query is empty' };
  const [source, ...stages] = splitTopLevel(body, '|').map((s) => s.trim());
  const sourceName = /^([A-Za-z_][A-Za-z0-9_]*)\s*(\(.*\))?$/s.exec(source ?? '');
  if (!sourceName || sourceName[1] !== table) {
    return { kind: 'unknown', reason: `the query does not read ${table} directly` };
  }
  let state: OutputColumns = { kind: 'all', removed: new Set() };
  const keep = (names: Iterable<string>): Set<string> =>
    new Set(
      [...names].filter((name) =>
        state.kind === 'all'
          ? !state.removed.has(name)
          : state.kind === 'only'
            ? state.columns.has(name)
            : false,
      ),
    );
  for (const stage of stages) {
    const match = /^([a-z][a-z-]*)\b\s*(.*)$/s.exec(stage);
    const operator = match?.[1] ?? '';
    const args = match?.[2] ?? '';
    if (KEEP_ALL.has(operator)) continue;
    if (operator === 'project' || operator === 'project-keep' || operator === 'distinct') {
      const names = listedNames(args);
      if (!names) return { kind: 'unknown', reason: `a ${operator} with expressions or wildcards` };
      state = { kind: 'only', columns: keep(names) };
    } else if (operator === 'project-away') {
      const names = listedNames(args);
      if (!names) return { kind: 'unknown', reason: 'a project-away with wildcards' };
      if (state.kind === 'all')
        names.forEach((name) => (state as { removed: Set<string> }).removed.add(name));
      else if (state.kind === 'only')
        names.forEach((name) => (state as { columns: Set<string> }).columns.delete(name));
    } else if (operator === 'project-rename') {
      for (const item of splitTopLevel(args, ',')) {
        const rename = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(item);
        if (!rename) return { kind: 'unknown', reason: 'a project-rename it cannot read' };
        if (state.kind === 'all') state.removed.add(rename[2]!);
        else if (state.kind === 'only') state.columns.delete(rename[2]!);
      }
    } else if (operator === 'summarize') {
      const by = /\bby\b([\s\S]*)$/.exec(args);
      const names = by ? listedNames(by[1]!) : [];
      if (!names) return { kind: 'unknown', reason: 'a summarize grouped by expressions' };
      state = { kind: 'only', columns: keep(names) };
    } else {
      return { kind: 'unknown', reason: `the "${operator || stage.slice(0, 20)}" operator` };
    }
  }
  return state;
}

export function columnSurvives(columns: OutputColumns, name: string): boolean {
  if (columns.kind === 'all') return !columns.removed.has(name);
  if (columns.kind === 'only') return columns.columns.has(name);
  return false;
}
