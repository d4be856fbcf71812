import type { ConversionResult } from '@/lib/sigma';
import type { FrontMatter } from './schema';

// The one place that decides what the KQL tab shows. Today: the curated `kql` from the front matter, or the
// reason there is none. When lib/sigma's convertToKql lands, call it here on `sigmaText` and let a curated
// query override the primary variant.

/** Builds the KQL tab's data for one rule. */
export function ruleKql(frontMatter: FrontMatter, _sigmaText: string): ConversionResult {
  if (frontMatter.kql) {
    return {
      status: 'ok',
      queries: [
        {
          variant: 'Curated',
          table: frontMatter.dataTable ?? tableOf(frontMatter.kql),
          kql: frontMatter.kql.trimEnd(),
          warnings: [],
        },
      ],
      reasons: [],
    };
  }
  return {
    status: 'unsupported',
    queries: [],
    reasons: [
      {
        code: 'NO_CONVERTER',
        detail:
          'This rule has no curated KQL yet and automatic conversion is not available, so no query is shown rather than a guessed one.',
      },
    ],
  };
}

/** The table a query reads: its first token. */
function tableOf(kql: string): string {
  return /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(kql)?.[1] ?? '';
}
