// The public entry: Sigma YAML text → rule model with its conditions parsed, and every problem found.
// Never throws on input.
import { attachConditions } from './condition';
import {
  mergeCollection,
  ProblemSink,
  readRules,
  type SearchIdentifier,
  type SigmaProblem,
  type SigmaRule,
} from './rule';

export interface ParseSigmaOptions {
  /** Used only to label problems by callers; parsing never touches the file system. */
  path?: string;
}

export interface ParseSigmaResult {
  /** The first document's rule (a file normally holds exactly one). */
  rule?: SigmaRule;
  /** Every document of the file, in order. */
  documents: SigmaRule[];
  /** A Sigma v1 collection (documents with `action`): the rules it stands for, each merged and complete. */
  collection?: SigmaRule[];
  errors: SigmaProblem[];
  warnings: SigmaProblem[];
  path?: string;
}

const byPosition = (a: SigmaProblem, b: SigmaProblem) =>
  a.range.start - b.range.start || a.range.end - b.range.end;

export function parseSigma(text: string, options: ParseSigmaOptions = {}): ParseSigmaResult {
  const sink = new ProblemSink();
  const { rules } = readRules(text, sink);
  const result: ParseSigmaResult = { documents: rules, errors: [], warnings: [] };
  if (rules.some((r) => r.action !== undefined)) result.collection = collection(rules, sink);
  else for (const rule of rules) attachConditions(rule, sink);
  // A collection's global condition is parsed once per rule it lends to: report each problem once.
  const once = (list: SigmaProblem[]) => {
    const seen = new Set<string>();
    return list
      .filter((p) => {
        const key = `${p.code}\u0000${p.range.start}\u0000${p.range.end}\u0000${p.message}`;
        return !seen.has(key) && !!seen.add(key);
      })
      .sort(byPosition);
  };
  result.errors = once(sink.errors);
  result.warnings = once(sink.warnings);
  if (rules[0]) result.rule = rules[0];
  if (options.path !== undefined) result.path = options.path;
  return result;
}

/** Merges a v1 collection and parses each rule's condition against the identifiers it ends up with. */
function collection(documents: SigmaRule[], sink: ProblemSink): SigmaRule[] {
  const rules = mergeCollection(documents, sink);
  // An identifier (known by where it is written) may serve only some of the rules: unused means unused by all.
  const unused = new Map<string, SearchIdentifier>();
  for (const rule of rules) {
    const used = attachConditions(rule, sink, { warnUnused: false });
    for (const identifier of rule.detection?.identifiers ?? []) {
      const key = `${identifier.range.start}:${identifier.name}`;
      if (used?.has(identifier.name)) unused.set(key, { ...identifier, name: '' });
      else if (!unused.has(key)) unused.set(key, identifier);
    }
  }
  for (const identifier of unused.values())
    if (identifier.name)
      sink.warn(
        'UNUSED_IDENTIFIER',
        `search identifier '${identifier.name}' is not used by any condition`,
        identifier.range,
      );
  return rules;
}
