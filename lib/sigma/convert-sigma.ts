// Sigma YAML text → KQL in one call, for the site build and the CLI: parse, lower, convert. A rule that does not
// parse gives status error with its problems as reasons; a rule the converter does not express (correlation,
// filter, several documents, a query over MAX_KQL_LENGTH) gives status unsupported with the reason. Never throws.
import type { ConversionReason, ConversionResult, KqlQuery } from './backend';
import { convertToKql, internalError, limitQueryLength } from './backend';
import { lowerRule } from './ir';
import { parseSigma, type ParseSigmaResult } from './parse-sigma';
import type { SigmaRule } from './rule';

const unsupported = (reasons: ConversionReason[]): ConversionResult => ({
  status: 'unsupported',
  queries: [],
  reasons,
});

const error = (problems: { code: string; message: string }[]): ConversionResult => ({
  status: 'error',
  queries: [],
  reasons: problems.length
    ? problems.map((p) => ({ code: p.code, detail: p.message }))
    : [{ code: 'INVALID_RULE', detail: 'no rule in the file' }],
});

export function convertSigma(text: string, path?: string): ConversionResult {
  try {
    // Again after the collection's union, which can be longer than each of its rules' queries.
    return limitQueryLength(convertParsed(parseSigma(text, path === undefined ? {} : { path })));
  } catch (e) {
    return internalError(e);
  }
}

function convertParsed(parsed: ParseSigmaResult): ConversionResult {
  if (!parsed.rule || parsed.errors.length) return error(parsed.errors);
  if (parsed.collection) return convertCollection(parsed.collection);
  const meta = parsed.documents.find((d) => d.kind !== 'detection');
  if (meta) return metaRule(meta);
  if (parsed.documents.length > 1)
    return unsupported([
      {
        code: 'MULTIPLE_DOCUMENTS',
        detail: `the file holds ${parsed.documents.length} rules; each is parsed, none is converted to a single query yet`,
      },
    ]);
  return convertRule(parsed.rule);
}

function metaRule(rule: SigmaRule): ConversionResult {
  const what = rule.metaSummary ? ` (${rule.metaSummary})` : '';
  return rule.kind === 'correlation'
    ? unsupported([
        { code: 'CORRELATION_RULE', detail: `a correlation rule${what}: not converted to a query yet` },
      ])
    : unsupported([{ code: 'FILTER_RULE', detail: `a filter rule${what}: not converted to a query yet` }]);
}

function convertRule(rule: SigmaRule): ConversionResult {
  const lowered = lowerRule(rule);
  if (!lowered.value || lowered.errors.length) return error(lowered.errors);
  return convertToKql(lowered.value);
}

/**
 * A v1 collection means "any of its rules": one query that unions the rules' queries (or, when every rule
 * reads the same log source, one query whose condition ORs theirs, so the table is read once).
 */
function convertCollection(rules: SigmaRule[]): ConversionResult {
  if (rules.length === 0)
    return error([
      { code: 'INVALID_COLLECTION', message: 'the collection holds only global/reset documents' },
    ]);
  const meta = rules.find((r) => r.kind !== 'detection');
  if (meta) return metaRule(meta);
  const lowered = rules.map((r) => lowerRule(r));
  const problems = lowered.flatMap((l) => l.errors);
  if (problems.length || lowered.some((l) => !l.value)) return error(problems);
  const irs = lowered.map((l) => l.value!);
  const key = (ls: object) => JSON.stringify(ls, Object.keys(ls).sort());
  if (irs.every((ir) => key(ir.logsource) === key(irs[0]!.logsource))) {
    const condition =
      irs.length === 1 ? irs[0]!.condition : { kind: 'Or' as const, children: irs.map((ir) => ir.condition) };
    return convertToKql({ ...irs[0]!, condition });
  }
  const results = irs.map((ir) => convertToKql(ir));
  const failed = results.findIndex((r) => r.status !== 'ok');
  if (failed >= 0) {
    const r = results[failed]!;
    const detail = (x: ConversionReason) => ({
      code: x.code,
      detail: `rule ${failed + 1} of the collection: ${x.detail}`,
    });
    return { ...r, reasons: r.reasons.map(detail) };
  }
  const primaries = results.map((r) => r.queries[0]!);
  const queries = [union(primaries)];
  // The Defender XDR variant only when every rule has one.
  const defender = results.map((r) => r.queries.find((q) => q.variant === 'Defender XDR'));
  if (defender.every((q): q is KqlQuery => !!q)) queries.push(union(defender));
  return { status: 'ok', queries, reasons: [] };
}

function union(queries: KqlQuery[]): KqlQuery {
  const distinct = (xs: string[]) => [...new Set(xs)].join(', ');
  const warnings = queries.flatMap((q) => q.warnings);
  return {
    variant: distinct(queries.map((q) => q.variant)),
    table: distinct(queries.map((q) => q.table)),
    kql: `union\n${queries.map((q) => `  (${q.kql.replaceAll('\n', '\n  ')})`).join(',\n')}`,
    warnings: warnings.filter(
      (w, i) => warnings.findIndex((x) => x.code === w.code && x.detail === w.detail) === i,
    ),
  };
}
