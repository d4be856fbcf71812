// Applies a detection item's modifiers, left to right as Sigma reads them, to one value. The result is the
// list of alternatives the value stands for (ORed): windash, base64offset... expand into several.
import type { SourceRange } from '../problem';
import type { SigmaProblemCode } from './codes';
import {
  base64,
  base64Offsets,
  cidrVersion,
  expandWindash,
  latin1,
  utf16Bytes,
  utf8,
  UTF16LE_BOM,
  type Utf16Form,
} from './encodings';
import type { Modifier } from './model';
import { leadingFlags, regexError, regexWithAffix } from './regex';
import { asString, finish, initial, placeholders, wrap, type RawValue, type State } from './modifier-state';
import {
  hasWildcards,
  normaliseParts,
  partsText,
  type SigmaValue,
  type StringPart,
  type TemplatePart,
} from './values';

export type { RawValue } from './modifier-state';

export interface ModifierFailure {
  code: SigmaProblemCode;
  message: string;
  /** The modifier at fault, or undefined when the value itself is (then the caller points at the value). */
  at?: SourceRange;
}

const REGEX_FLAGS: Record<string, 'i' | 'm' | 's'> = { i: 'i', m: 'm', s: 's' };

function fail(code: SigmaProblemCode, message: string, at?: SourceRange): { failure: ModifierFailure } {
  return { failure: { code, message, at } };
}

type Step = { state: State } | { failure: ModifierFailure };

function step(state: State, mod: Modifier, index: number, raw: RawValue, hasField: boolean): Step {
  const name = mod.name;
  const combo = (what: string) =>
    fail('INVALID_MODIFIER_COMBINATION', `modifier '${name}' cannot follow ${what}`, mod.range);
  const wrongValue = (what: string) => fail('INVALID_MODIFIER_VALUE', `modifier '${name}' ${what}`);
  switch (name) {
    case 'all':
    case 'neq':
      // Structural: `all` links the values, `neq` negates the item (parse-detection applies both).
      return { state };
    case 'minute':
    case 'hour':
    case 'day':
    case 'week':
    case 'month':
    case 'year': {
      if (index > 0)
        return fail('INVALID_MODIFIER_COMBINATION', `modifier '${name}' must come first`, mod.range);
      if (state.kind !== 'Num') return wrongValue('needs a number');
      return { state: { ...state, datePart: name } };
    }
    case 'contains':
    case 'startswith':
    case 'endswith': {
      if (state.kind === 'Final' && state.value.kind === 'Regex') {
        return {
          state: {
            kind: 'Final',
            value: { ...state.value, pattern: regexWithAffix(state.value.pattern, name) },
          },
        };
      }
      if (state.kind === 'Final' && state.value.kind === 'Placeholder') {
        const template: TemplatePart[] = state.value.template ?? [
          { kind: 'Placeholder', name: state.value.name },
        ];
        const wrapped = [
          ...(name !== 'startswith' && template[0]?.kind !== 'AnyString'
            ? [{ kind: 'AnyString' } as const]
            : []),
          ...template,
          ...(name !== 'endswith' && template[template.length - 1]?.kind !== 'AnyString'
            ? [{ kind: 'AnyString' } as const]
            : []),
        ];
        return { state: { kind: 'Final', value: { ...state.value, template: wrapped } } };
      }
      if (state.kind === 'Final' && state.value.kind === 'FieldRef') {
        const was = state.value.mode;
        const front = name !== 'startswith' || was === 'endswith' || was === 'contains';
        const back = name !== 'endswith' || was === 'startswith' || was === 'contains';
        const mode = front && back ? 'contains' : front ? 'endswith' : 'startswith';
        return { state: { kind: 'Final', value: { ...state.value, mode } } };
      }
      if (state.kind === 'Final') return combo(`'${state.value.kind}' values`);
      const str = asString(state);
      if (!str) return wrongValue(`needs a string value, not ${raw.kind}`);
      const front = name !== 'startswith';
      const back = name !== 'endswith';
      return { state: { ...str, alternatives: str.alternatives.map((p) => wrap(p, front, back)) } };
    }
    case 'base64':
    case 'base64offset': {
      const str = asString(state);
      if (!str)
        return state.kind === 'Final'
          ? combo(`'${state.value.kind}' values`)
          : wrongValue(`needs a string value, not ${raw.kind}`);
      if (str.alternatives.some(hasWildcards)) {
        return fail(
          'INVALID_MODIFIER_COMBINATION',
          `modifier '${name}' cannot encode wildcards (put contains/startswith/endswith after it)`,
          mod.range,
        );
      }
      const encoded = str.alternatives.flatMap((parts) => {
        const text = partsText(parts);
        const bytes = str.encoded ? latin1(text) : utf8(text);
        return name === 'base64' ? [base64(bytes)] : base64Offsets(bytes);
      });
      const alternatives = encoded.map((text) => normaliseParts([{ kind: 'Text', text }]));
      return { state: { kind: 'Str', alternatives, cased: true, encoded: false } };
    }
    case 'wide':
    case 'utf16le':
    case 'utf16be':
    case 'utf16': {
      const str = asString(state);
      if (!str)
        return state.kind === 'Final'
          ? combo(`'${state.value.kind}' values`)
          : wrongValue(`needs a string value, not ${raw.kind}`);
      if (str.encoded) return combo('another encoding modifier');
      const form: Utf16Form = name === 'wide' ? 'utf16le' : name;
      const alternatives: StringPart[][] = [];
      for (const parts of str.alternatives) {
        const out: StringPart[] = form === 'utf16' ? [{ kind: 'Text', text: UTF16LE_BOM }] : [];
        for (const part of parts) {
          if (part.kind !== 'Text') {
            out.push(part);
            continue;
          }
          const bytes = utf16Bytes(part.text, form);
          if (bytes === undefined) return wrongValue('only encodes ASCII text');
          out.push({ kind: 'Text', text: bytes });
        }
        alternatives.push(normaliseParts(out));
      }
      return { state: { ...str, alternatives, encoded: true } };
    }
    case 'windash': {
      const str = asString(state);
      if (!str)
        return state.kind === 'Final'
          ? combo(`'${state.value.kind}' values`)
          : wrongValue(`needs a string value, not ${raw.kind}`);
      if (str.encoded) return combo('an encoding modifier (apply windash first)');
      const alternatives = str.alternatives.flatMap((parts) => expandWindash(parts).map(normaliseParts));
      return { state: { ...str, alternatives } };
    }
    case 're': {
      if (index > 0) return fail('INVALID_MODIFIER_COMBINATION', `modifier 're' must come first`, mod.range);
      if (raw.kind !== 'string') return wrongValue(`needs a string value, not ${raw.kind}`);
      const { pattern, flags } = leadingFlags(raw.value);
      const error = regexError(pattern);
      if (error) return fail('INVALID_REGEX', `invalid regular expression: ${error}`);
      return { state: { kind: 'Final', value: { kind: 'Regex', pattern, flags } } };
    }
    case 'i':
    case 'm':
    case 's': {
      if (state.kind !== 'Final' || state.value.kind !== 'Regex') return combo(`anything but 're'`);
      const flag = REGEX_FLAGS[name] as 'i' | 'm' | 's';
      return {
        state: { kind: 'Final', value: { ...state.value, flags: { ...state.value.flags, [flag]: true } } },
      };
    }
    case 'cidr': {
      if (index > 0)
        return fail('INVALID_MODIFIER_COMBINATION', `modifier 'cidr' must come first`, mod.range);
      if (raw.kind !== 'string') return wrongValue(`needs a string value, not ${raw.kind}`);
      const version = cidrVersion(raw.value.trim());
      if (!version) return fail('INVALID_CIDR', `'${raw.value}' is not an IPv4 or IPv6 network`);
      return { state: { kind: 'Final', value: { kind: 'Cidr', cidr: raw.value.trim(), version } } };
    }
    case 'exists': {
      if (index > 0)
        return fail('INVALID_MODIFIER_COMBINATION', `modifier 'exists' takes no other modifiers`, mod.range);
      if (!hasField)
        return fail('INVALID_MODIFIER_COMBINATION', `modifier 'exists' needs a field`, mod.range);
      if (raw.kind !== 'boolean') return wrongValue('needs true or false');
      return { state: { kind: 'Final', value: { kind: 'Exists', exists: raw.value } } };
    }
    case 'fieldref': {
      if (state.kind !== 'Str')
        return state.kind === 'Final'
          ? combo(`'${state.value.kind}' values`)
          : wrongValue(`needs a field name, not ${raw.kind}`);
      if (
        state.alternatives.length !== 1 ||
        hasWildcards(state.alternatives[0] as StringPart[]) ||
        state.encoded
      ) {
        return combo('modifiers that change the value (put contains/startswith/endswith after it)');
      }
      const other = partsText(state.alternatives[0] as StringPart[]);
      return {
        state: { kind: 'Final', value: { kind: 'FieldRef', other, mode: 'equals', cased: state.cased } },
      };
    }
    case 'cased': {
      if (state.kind === 'Final' && state.value.kind === 'FieldRef') {
        return { state: { kind: 'Final', value: { ...state.value, cased: true } } };
      }
      const str = asString(state);
      if (!str)
        return state.kind === 'Final'
          ? combo(`'${state.value.kind}' values`)
          : wrongValue(`needs a string value, not ${raw.kind}`);
      return { state: { ...str, cased: true } };
    }
    case 'expand': {
      if (state.kind !== 'Str' || state.alternatives.length !== 1) {
        return state.kind === 'Final' || state.kind === 'Str'
          ? combo('modifiers that change the value')
          : wrongValue(`needs a string value, not ${raw.kind}`);
      }
      const template = placeholders(state.alternatives[0] as StringPart[]);
      const first = template.find((p) => p.kind === 'Placeholder');
      if (!first) return wrongValue('needs a %placeholder% in the value');
      const value: SigmaValue = { kind: 'Placeholder', name: first.name };
      if (template.length > 1) value.template = template;
      return { state: { kind: 'Final', value } };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (state.kind !== 'Num')
        return state.kind === 'Final' || index > 0 ? combo('other modifiers') : wrongValue('needs a number');
      const compare: SigmaValue = { kind: 'Compare', op: name, value: state.value };
      if (state.datePart) compare.datePart = state.datePart;
      return { state: { kind: 'Final', value: compare } };
    }
  }
}

/** The alternatives one value stands for under the given modifiers, or why it cannot. */
export function applyModifiers(
  raw: RawValue,
  modifiers: readonly Modifier[],
  hasField: boolean,
): { values: SigmaValue[] } | { failure: ModifierFailure } {
  let state = initial(raw);
  let index = 0;
  for (const mod of modifiers) {
    const result = step(state, mod, index, raw, hasField);
    if ('failure' in result) return result;
    state = result.state;
    if (mod.name !== 'all' && mod.name !== 'neq') index++;
  }
  if (state.kind === 'Null' && modifiers.some((m) => m.name !== 'all' && m.name !== 'neq')) {
    return fail('INVALID_MODIFIER_VALUE', 'a null value takes no value modifiers');
  }
  return { values: finish(state) };
}
