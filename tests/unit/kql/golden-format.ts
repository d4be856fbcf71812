// The text form of a conversion result kept in tests/fixtures/sigma/<behaviour>/expected.kql: each query under
// a `// <variant>: <table>` comment; an unsupported rule as comment lines with its reasons.
import { convertSigma, parseSigma, type ConversionResult } from '@/lib/sigma';

/** A golden rule must parse: its behaviour is about conversion (correlation, filter and collections included). */
export function convertRuleText(text: string, path: string): ConversionResult {
  const parsed = parseSigma(text, { path });
  if (!parsed.rule || parsed.errors.length)
    throw new Error(`${path}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const result = convertSigma(text, path);
  if (result.status === 'error')
    throw new Error(`${path}: ${result.reasons.map((r) => r.detail).join('; ')}`);
  return result;
}

export function formatResult(r: ConversionResult): string {
  if (r.status !== 'ok')
    return [`// ${r.status}`, ...r.reasons.map((x) => `// ${x.code} ${x.detail}`)].join('\n') + '\n';
  return (
    r.queries
      .map((q) =>
        [
          `// ${q.variant}: ${q.table}`,
          ...q.warnings.map((w) => `// warning ${w.code} ${w.detail}`),
          q.kql,
        ].join('\n'),
      )
      .join('\n\n') + '\n'
  );
}
