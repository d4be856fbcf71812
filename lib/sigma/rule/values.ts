// Detection values after every modifier has been applied. The shapes mirror the IR's MatchOp on purpose
// (ir/ checks that at compile time), but are declared here so the rule layer never imports a later layer.

export type StringPart = { kind: 'Text'; text: string } | { kind: 'AnyString' } | { kind: 'AnyChar' };

export type CompareOperator = 'gt' | 'gte' | 'lt' | 'lte';

/** Sigma time modifiers: the part of a date value that a number is compared with. */
export type DatePart = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** An `expand` value: text and wildcards around %placeholders%. */
export type TemplatePart = StringPart | { kind: 'Placeholder'; name: string };

export type SigmaValue =
  | { kind: 'String'; parts: StringPart[]; cased: boolean }
  | { kind: 'Regex'; pattern: string; flags: { i: boolean; m: boolean; s: boolean } }
  | { kind: 'Cidr'; cidr: string; version: 4 | 6 }
  | { kind: 'Number'; value: number; datePart?: DatePart }
  | { kind: 'Compare'; op: CompareOperator; value: number; datePart?: DatePart }
  | { kind: 'Boolean'; value: boolean }
  | { kind: 'Null' }
  | { kind: 'Exists'; exists: boolean }
  | {
      kind: 'FieldRef';
      other: string;
      mode: 'equals' | 'contains' | 'startswith' | 'endswith';
      cased: boolean;
    }
  | {
      kind: 'Placeholder';
      /** The first placeholder's name. */
      name: string;
      /** The whole value when it is more than one %placeholder% (e.g. `%ProgramFiles%\\app.exe`). */
      template?: TemplatePart[];
    };

/**
 * Sigma string syntax: `*` any run, `?` one character; a backslash escapes only `*`, `?` and itself.
 * Any other backslash is literal, and so is a trailing one (Sigma specification v2, "Escaping").
 */
export function parseWildcards(raw: string): StringPart[] {
  const parts: StringPart[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ kind: 'Text', text });
    text = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '\\') {
      const next = raw[i + 1];
      if (next === '*' || next === '?' || next === '\\') {
        text += next;
        i++;
      } else {
        text += c;
      }
    } else if (c === '*') {
      flush();
      parts.push({ kind: 'AnyString' });
    } else if (c === '?') {
      flush();
      parts.push({ kind: 'AnyChar' });
    } else {
      text += c;
    }
  }
  flush();
  return parts;
}

export function hasWildcards(parts: readonly StringPart[]): boolean {
  return parts.some((p) => p.kind !== 'Text');
}

/** Joins adjacent Text parts so equal values always have one shape. */
export function normaliseParts(parts: readonly StringPart[]): StringPart[] {
  const out: StringPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'Text') {
      if (part.text === '') continue;
      if (last?.kind === 'Text') out[out.length - 1] = { kind: 'Text', text: last.text + part.text };
      else out.push(part);
    } else {
      out.push(part);
    }
  }
  return out;
}

/** The plain text of wildcard-free parts. */
export function partsText(parts: readonly StringPart[]): string {
  return parts.map((p) => (p.kind === 'Text' ? p.text : '')).join('');
}
