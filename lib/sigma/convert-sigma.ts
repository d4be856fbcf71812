// Sigma YAML text → KQL in one call, for the site build and the CLI: parse, lower, convert. A rule that does not
// parse gives status error with its problems as reasons (never throws on input).
import type { ConversionResult } from './backend';
import { convertToKql } from './backend';
import { lowerRule } from './ir';
import { parseSigma } from './parse-sigma';

export function convertSigma(text: string, path?: string): ConversionResult {
  const parsed = parseSigma(text, path === undefined ? {} : { path });
  const error = (problems: { code: string; message: string }[]): ConversionResult => ({
    status: 'error',
    queries: [],
    reasons: problems.length
      ? problems.map((p) => ({ code: p.code, detail: p.message }))
      : [{ code: 'INVALID_RULE', detail: 'no rule in the file' }],
  });
  if (!parsed.rule || parsed.errors.length) return error(parsed.errors);
  const lowered = lowerRule(parsed.rule);
  if (!lowered.value || lowered.errors.length) return error(lowered.errors);
  return convertToKql(lowered.value);
}
