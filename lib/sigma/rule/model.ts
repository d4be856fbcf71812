// The typed Sigma rule model. Every node that a problem can point at keeps its source range
// (character offsets into the file text); line and column are computed only when printed.
import type { SourceRange } from '../problem';
import type { SigmaValue } from './values';

export type RuleStatus = 'stable' | 'test' | 'experimental' | 'deprecated' | 'unsupported';
export type RuleLevel = 'informational' | 'low' | 'medium' | 'high' | 'critical';
export type RelationType = 'derived' | 'obsolete' | 'merged' | 'renamed' | 'similar';
/** detection: a rule with a detection section; correlation and filter: Sigma v2 meta rules. */
export type RuleKind = 'detection' | 'correlation' | 'filter';

export interface RelatedRule {
  id: string;
  type: RelationType;
  range: SourceRange;
}

export interface RuleTag {
  /** As written, e.g. `attack.t1572`. */
  raw: string;
  namespace: string;
  value: string;
  range: SourceRange;
}

export interface Logsource {
  category?: string;
  product?: string;
  service?: string;
  definition?: string;
  range: SourceRange;
}

export type ModifierName =
  | 'contains'
  | 'startswith'
  | 'endswith'
  | 'all'
  | 'base64'
  | 'base64offset'
  | 'utf16le'
  | 'utf16be'
  | 'wide'
  | 'utf16'
  | 'windash'
  | 're'
  | 'i'
  | 'm'
  | 's'
  | 'cidr'
  | 'exists'
  | 'fieldref'
  | 'cased'
  | 'expand'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'neq'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'year';

export interface Modifier {
  name: ModifierName;
  /** The modifier's own text inside the key (after its `|`). */
  range: SourceRange;
}

/** One value as written, with the alternatives its modifiers produce (ORed). */
export interface DetectionValue {
  alternatives: SigmaValue[];
  range: SourceRange;
}

/** `Field|mod|mod: value(s)` or a field-less keyword list; values are ORed, or ANDed with `|all`. */
export interface DetectionItem {
  kind: 'Item';
  /** undefined for keywords (a list of values under an identifier, or the bare `'|all'` key). */
  field?: string;
  modifiers: Modifier[];
  linking: 'any' | 'all';
  /** Sigma `neq`: the field differs from every value (the item's match is negated). */
  negated?: boolean;
  values: DetectionValue[];
  /** The key (`Field|mod`), or the value list for keywords. */
  range: SourceRange;
}

/** A map (entries ANDed) or a list (entries ORed). */
export interface DetectionGroup {
  kind: 'AllOf' | 'AnyOf';
  children: DetectionNode[];
  range: SourceRange;
}

export type DetectionNode = DetectionItem | DetectionGroup;

export interface SearchIdentifier {
  name: string;
  /** The identifier's key. */
  range: SourceRange;
  body: DetectionNode;
}

/** The parsed condition. `Quantified` keeps the identifiers its target resolved to, in detection order. */
export type ConditionNode =
  | { kind: 'And'; children: ConditionNode[]; range: SourceRange }
  | { kind: 'Or'; children: ConditionNode[]; range: SourceRange }
  | { kind: 'Not'; child: ConditionNode; range: SourceRange }
  | { kind: 'Identifier'; name: string; range: SourceRange }
  | {
      kind: 'Quantified';
      quantifier: 'one' | 'all';
      /** `them`, or a name pattern with `*` wildcards such as `selection_*`. */
      target: { kind: 'Them' } | { kind: 'Pattern'; pattern: string };
      identifiers: string[];
      range: SourceRange;
    };

export interface ConditionSource {
  text: string;
  range: SourceRange;
  /** Maps an offset inside `text` to an offset in the file (exact for plain and simple quoted scalars). */
  offsets: { base: number; exact: boolean };
  /** Absent when the condition did not parse. */
  ast?: ConditionNode;
}

export interface Detection {
  identifiers: SearchIdentifier[];
  /** Every identifier name in order, including those whose body was invalid (so the condition can still resolve). */
  identifierNames: string[];
  /** A Sigma condition list is ORed; most rules have exactly one. */
  conditions: ConditionSource[];
  timeframe?: string;
  range: SourceRange;
}

export interface SigmaRule {
  kind: RuleKind;
  title: string;
  id?: string;
  name?: string;
  taxonomy?: string;
  related: RelatedRule[];
  status?: RuleStatus;
  description?: string;
  license?: string;
  author?: string;
  references: string[];
  /** YYYY-MM-DD */
  date?: string;
  modified?: string;
  logsource: Logsource;
  detection?: Detection;
  fields: string[];
  falsepositives: string[];
  level?: RuleLevel;
  tags: RuleTag[];
  scope: string[];
  /** Meta rule bodies, kept as plain data: not converted yet. */
  correlation?: unknown;
  filter?: unknown;
  /** What a correlation or filter rule does, in one line, e.g. "event_count of failed_logon within 5m". */
  metaSummary?: string;
  /** Top-level keys outside the specification, kept as plain data. */
  custom: Record<string, unknown>;
  /** Where each top-level key stands, for pointing problems at a field. */
  keyRanges: Record<string, SourceRange>;
  /** Sigma v1 collection control (`global`, `reset`, `repeat`); such documents need not be complete. */
  action?: string;
  /** A rule merged from a Sigma v1 collection: the documents (indexes) it was made of, global ones first. */
  collection?: { documents: number[] };
  /** Position of this document in its file and how many documents the file holds. */
  document: { index: number; count: number };
  range: SourceRange;
}
