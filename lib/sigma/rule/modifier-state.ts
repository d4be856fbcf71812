// The working state of one value while its modifiers apply, and the parts that are not a modifier's own step:
// the start from the YAML value, the string view of a number, wildcard wrapping, %placeholder% templates, the end.
import {
  normaliseParts,
  parseWildcards,
  type DatePart,
  type SigmaValue,
  type StringPart,
  type TemplatePart,
} from './values';

/** A value as written in YAML, with the source text of bare scalars (numbers keep their spelling). */
export type RawValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; source: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' };

// Working state between modifiers. `encoded` strings hold one byte per character. Base64 output is cased:
// the encoding is case-sensitive, so matching it without case would match other bytes.
export type State =
  | { kind: 'Str'; alternatives: StringPart[][]; cased: boolean; encoded: boolean }
  | { kind: 'Num'; value: number; source: string; datePart?: DatePart }
  | { kind: 'Bool'; value: boolean }
  | { kind: 'Null' }
  | { kind: 'Final'; value: Exclude<SigmaValue, { kind: 'String' | 'Number' | 'Boolean' | 'Null' }> };

export function initial(raw: RawValue): State {
  switch (raw.kind) {
    case 'string':
      return { kind: 'Str', alternatives: [parseWildcards(raw.value)], cased: false, encoded: false };
    case 'number':
      return { kind: 'Num', value: raw.value, source: raw.source };
    case 'boolean':
      return { kind: 'Bool', value: raw.value };
    case 'null':
      return { kind: 'Null' };
  }
}

/** Numbers given to string modifiers are read as the text they were written as. */
export function asString(state: State): Extract<State, { kind: 'Str' }> | undefined {
  if (state.kind === 'Str') return state;
  if (state.kind === 'Num') {
    return {
      kind: 'Str',
      alternatives: [[{ kind: 'Text', text: state.source }]],
      cased: false,
      encoded: false,
    };
  }
  return undefined;
}

export function wrap(parts: StringPart[], front: boolean, back: boolean): StringPart[] {
  const out = [...parts];
  if (front && out[0]?.kind !== 'AnyString') out.unshift({ kind: 'AnyString' });
  if (back && out[out.length - 1]?.kind !== 'AnyString') out.push({ kind: 'AnyString' });
  return out;
}

export function finish(state: State): SigmaValue[] {
  switch (state.kind) {
    case 'Str':
      return state.alternatives.map((parts) => ({
        kind: 'String',
        parts: normaliseParts(parts),
        cased: state.cased,
      }));
    case 'Num':
      return [
        state.datePart
          ? { kind: 'Number', value: state.value, datePart: state.datePart }
          : { kind: 'Number', value: state.value },
      ];
    case 'Bool':
      return [{ kind: 'Boolean', value: state.value }];
    case 'Null':
      return [{ kind: 'Null' }];
    case 'Final':
      return [state.value];
  }
}

/** Text parts split at %name% placeholders (Sigma's `expand` syntax); wildcards stay as they are. */
export function placeholders(parts: StringPart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const part of parts) {
    if (part.kind !== 'Text') {
      out.push(part);
      continue;
    }
    part.text.split(/%(\w+)%/).forEach((piece, i) => {
      if (i % 2 === 1) out.push({ kind: 'Placeholder', name: piece });
      else if (piece) out.push({ kind: 'Text', text: piece });
    });
  }
  return out;
}
