// Regular expressions in Sigma (`re`): checked once here, with flags normalised, so backends receive a
// pattern and a flag record and never re-read Sigma syntax.
import type { ModifierName } from './model';

export function regexWithAffix(pattern: string, name: ModifierName): string {
  // Sigma regexes match anywhere in the value, so `contains` changes nothing; the anchoring ones anchor.
  if (name === 'startswith' && !pattern.startsWith('^')) return `^(?:${pattern})`;
  if (name === 'endswith' && !/(^|[^\\])(\\\\)*\$$/.test(pattern)) return `(?:${pattern})$`;
  return pattern;
}

/**
 * A leading global flag group such as `(?i)` (common in SigmaHQ rules, valid in PCRE, RE2 and Python) is moved
 * into the flags, so every backend sees one spelling for a case-insensitive regex.
 */
export function leadingFlags(source: string): {
  pattern: string;
  flags: { i: boolean; m: boolean; s: boolean };
} {
  const m = /^\(\?([ims]+)\)/.exec(source);
  const letters = m?.[1] ?? '';
  return {
    pattern: m ? source.slice(m[0].length) : source,
    flags: { i: letters.includes('i'), m: letters.includes('m'), s: letters.includes('s') },
  };
}

/** Checks the pattern with the JavaScript engine; scoped flag groups `(?i:...)`, which it lacks, are read as `(?:...)`. */
export function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern.replace(/(^|[^\\])\(\?[imsx]+(-[imsx]+)?:/g, '$1(?:'));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
