// The text form of a conversion result kept in tests/fixtures/sigma/<behaviour>/expected.kql: each query under
// a `// <variant>: <table>` comment; an unsupported rule as comment lines with its reasons.
import { convertToKql, lowerRule, parseSigma, type ConversionResult } from '@/lib/sigma';

export function convertRuleText(text: string, path: string): ConversionResult {
  const parsed = parseSigma(text, { path });
  if (!parsed.rule || parsed.errors.length)
    throw new Error(`${path}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const lowered = lowerRule(parsed.rule);
  if (!lowered.value) throw new Error(`${path}: ${lowered.errors.map((e) => e.message).join('; ')}`);
  return convertToKql(lowered.value);
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
