// A Sigma string value (literal text and wildcards) as the simplest KQL test that means the same:
// equality, prefix, suffix, substring, or an anchored regular expression for inner wildcards.
import type { ValuePart } from '../ir/types';

/** Value parts plus raw regex fragments, which only the backend creates (e.g. registry alternatives). */
export type PatternPart = ValuePart | { kind: 'Regex'; source: string };

export type StringPlan =
  | { kind: 'Empty' }
  | { kind: 'Any' }
  | { kind: 'Text'; op: 'equals' | 'contains' | 'startswith' | 'endswith'; text: string }
  | { kind: 'Regex'; pattern: string };

/** Characters with a meaning in RE2 syntax, escaped when literal text goes into a regex. */
const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/g;
export const escapeRegex = (text: string) => text.replace(REGEX_SPECIAL, (c) => `\\${c}`);

/** Merges adjacent text and collapses runs of `*`. */
function normalise(parts: PatternPart[]): PatternPart[] {
  const out: PatternPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'Text' && p.text === '') continue;
    if (p.kind === 'Text' && last?.kind === 'Text')
      out[out.length - 1] = { kind: 'Text', text: last.text + p.text };
    else if (p.kind === 'AnyString' && last?.kind === 'AnyString') continue;
    else out.push(p);
  }
  return out;
}

export function planString(input: PatternPart[], cased: boolean): StringPlan {
  const parts = normalise(input);
  if (parts.length === 0) return { kind: 'Empty' };
  if (parts.length === 1 && parts[0]?.kind === 'AnyString') return { kind: 'Any' };
  const texts = parts.filter((p) => p.kind === 'Text');
  const simple = parts.every((p) => p.kind === 'Text' || p.kind === 'AnyString') && texts.length === 1;
  if (simple) {
    const text = (texts[0] as { text: string }).text;
    const lead = parts[0]?.kind === 'AnyString';
    const trail = parts[parts.length - 1]?.kind === 'AnyString';
    if (parts.length === 1) return { kind: 'Text', op: 'equals', text };
    if (lead && trail && parts.length === 3) return { kind: 'Text', op: 'contains', text };
    if (lead && parts.length === 2) return { kind: 'Text', op: 'endswith', text };
    if (trail && parts.length === 2) return { kind: 'Text', op: 'startswith', text };
  }
  // Inner wildcards: anchored; `.` must also cross line breaks, as `*` does in Sigma (multi-line script blocks).
  const body = parts
    .map((p) => {
      switch (p.kind) {
        case 'Text':
          return escapeRegex(p.text);
        case 'AnyString':
          return '.*';
        case 'AnyChar':
          return '.';
        case 'Regex':
          return p.source;
      }
    })
    .join('');
  return { kind: 'Regex', pattern: `(?${cased ? '' : 'i'}s)^${body}$` };
}

/** Registry root keys as Sysmon and Sigma abbreviate them → as ASIM and Defender XDR store them. */
const ROOT_KEYS: [short: string, long: string][] = [
  ['HKLM', 'HKEY_LOCAL_MACHINE'],
  ['HKU', 'HKEY_USERS'],
  ['HKCU', 'HKEY_CURRENT_USER'],
  ['HKCR', 'HKEY_CLASSES_ROOT'],
  ['HKCC', 'HKEY_CURRENT_CONFIG'],
];

/**
 * Writes a leading short root key (HKLM\...) in long form. Only where the text starts the value, or follows a
 * leading `*`: a root key names the start of a path, never the middle.
 */
export function longRegistryRoots(parts: PatternPart[]): PatternPart[] {
  const i =
    parts[0]?.kind === 'Text' ? 0 : parts[0]?.kind === 'AnyString' && parts[1]?.kind === 'Text' ? 1 : -1;
  const first = parts[i];
  if (!first || first.kind !== 'Text') return parts;
  for (const [short, long] of ROOT_KEYS) {
    if (first.text.toUpperCase().startsWith(`${short}\\`)) {
      const out = [...parts];
      out[i] = { kind: 'Text', text: long + first.text.slice(short.length) };
      return out;
    }
  }
  return parts;
}

/**
 * Sysmon names the active control set CurrentControlSet; Defender XDR (and ASIM rows from it) name it
 * ControlSet001, 002... Match either, so that neither source is missed.
 */
export function controlSetAlternatives(parts: PatternPart[]): PatternPart[] {
  const out: PatternPart[] = [];
  for (const p of parts) {
    if (p.kind !== 'Text' || !/currentcontrolset/i.test(p.text)) {
      out.push(p);
      continue;
    }
    const pieces = p.text.split(/currentcontrolset/i);
    pieces.forEach((piece, n) => {
      if (n > 0) out.push({ kind: 'Regex', source: '(CurrentControlSet|ControlSet\\d{3})' });
      if (piece) out.push({ kind: 'Text', text: piece });
    });
  }
  return out;
}

/**
 * In a registry path, a literal `*` can only come from Sigma's `\*` (an escaped star), and SigmaHQ writes that
 * meaning a path separator followed by a wildcard (HKLM\...\Run\*). Read it so: keeping the literal star and
 * losing the separator would match nothing. A key literally named `*` (HKCR\*) still matches the wildcard.
 */
export function registryWildcards(parts: PatternPart[]): PatternPart[] {
  const out: PatternPart[] = [];
  for (const p of parts) {
    if (p.kind !== 'Text' || !p.text.includes('*')) {
      out.push(p);
      continue;
    }
    p.text.split('*').forEach((piece, n) => {
      if (n > 0) out.push({ kind: 'Text', text: '\\' }, { kind: 'AnyString' });
      if (piece) out.push({ kind: 'Text', text: piece });
    });
  }
  return normalise(out);
}
