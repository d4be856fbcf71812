// The lowered intermediate representation that backends consume. Every Sigma modifier has already been
// applied here (contains/startswith/endswith as wildcards, windash and base64offset as alternatives,
// wide/utf16/base64 as the encoded text), so a backend only decides how to express each node.
import type { SourceRange } from '../problem';

/** A string value parsed once into literal text and wildcards; no backend ever sees a Sigma escape. */
export type ValuePart =
  | { kind: 'Text'; text: string }
  /** `*`: any run of characters, possibly empty. */
  | { kind: 'AnyString' }
  /** `?`: exactly one character. */
  | { kind: 'AnyChar' };

export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte';

/** Sigma time modifiers: the part of a date that a number is compared with. */
export type DatePart = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export type TemplatePart = ValuePart | { kind: 'Placeholder'; name: string };

/** The test a Match applies to one field. */
export type MatchOp =
  /** Glob match over the whole field value; case-insensitive unless `cased`. Empty parts = empty string. */
  | { kind: 'String'; parts: ValuePart[]; cased: boolean }
  /** Regular expression (Sigma `re`), searched anywhere in the value unless anchored by the pattern itself. */
  | { kind: 'Regex'; pattern: string; flags: { i: boolean; m: boolean; s: boolean } }
  | { kind: 'Cidr'; cidr: string; version: 4 | 6 }
  /** Equality with a number (Sigma integer or float values). */
  /** With `datePart`: that part of the field's date equals the number (Sigma time modifiers). */
  | { kind: 'Number'; value: number; datePart?: DatePart }
  | { kind: 'Compare'; op: CompareOp; value: number; datePart?: DatePart }
  | { kind: 'Boolean'; value: boolean }
  /** Field is null (Sigma `null` value): absent or empty. */
  | { kind: 'Null' }
  /** Sigma `exists`: true = field present, false = field absent. */
  | { kind: 'Exists'; exists: boolean }
  /** Sigma `fieldref`: this field's value compared with another field's. */
  | {
      kind: 'FieldRef';
      other: string;
      mode: 'equals' | 'contains' | 'startswith' | 'endswith';
      cased: boolean;
    }
  /** Sigma `expand`: a placeholder the backend must resolve or refuse. */
  | { kind: 'Placeholder'; name: string; template?: TemplatePart[] };

export interface IrMatch {
  kind: 'Match';
  /** Sigma field name as written in the rule. */
  field: string;
  op: MatchOp;
  /** Where the field key stands in the rule text. */
  range: SourceRange;
}

/** A field-less keyword: the value must occur anywhere in the event (case-insensitive substring/glob). */
export interface IrKeyword {
  kind: 'Keyword';
  op: Extract<MatchOp, { kind: 'String' } | { kind: 'Regex' }>;
  range: SourceRange;
}

export interface IrAnd {
  kind: 'And';
  children: IrExpr[];
}
export interface IrOr {
  kind: 'Or';
  children: IrExpr[];
}
export interface IrNot {
  kind: 'Not';
  child: IrExpr;
}

export type IrExpr = IrAnd | IrOr | IrNot | IrMatch | IrKeyword;

export interface IrLogsource {
  category?: string;
  product?: string;
  service?: string;
  definition?: string;
}

/** One detection rule, lowered: what a backend needs to write a query. */
export interface IrRule {
  id?: string;
  title: string;
  logsource: IrLogsource;
  /** The whole condition; a Sigma condition list is already ORed. */
  condition: IrExpr;
  /** A Sigma v1 `timeframe` without aggregation: a query over single events cannot use it (the backend says so). */
  timeframe?: string;
}
