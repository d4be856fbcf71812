// Loads the Kusto language service (a Bridge.NET build: bridge.js must run before the main file, after which
// `Kusto.Language` is a global) and checks one query against a database made from our schema.
import { createRequire } from 'node:module';
import { kqlSchema, MAX_KQL_LENGTH, queryTooLong } from '../sigma';

export interface KqlDiagnostic {
  /** Language-service code, e.g. KS142 (unknown name), KS006 (missing expression). */
  code: string;
  severity: string;
  message: string;
  start: number;
  length: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the Bridge.NET objects are untyped at this boundary */
type Kusto = any;

let state: { kusto: Kusto; globals: Kusto } | undefined;

function load(): { kusto: Kusto; globals: Kusto } {
  if (state) return state;
  const require = createRequire(import.meta.url);
  require('@kusto/language-service-next/bridge.js');
  require('@kusto/language-service-next/Kusto.Language.Bridge.js');
  const kusto = (globalThis as any).Kusto.Language;
  const S = kusto.Symbols;
  const members: Kusto[] = [];
  for (const [name, table] of Object.entries(kqlSchema)) {
    const columns = Object.entries(table.columns)
      .map(([col, type]) => `['${col}']:${type}`)
      .join(', ');
    if (table.kind === 'table') members.push(new S.TableSymbol.$ctor7(name, `(${columns})`, null));
    // An ASIM parser: a function with optional parameters that returns a table; called without arguments.
    else
      members.push(
        new S.FunctionSymbol.$ctor5(name, new S.TableSymbol.$ctor7(name, `(${columns})`, null), []),
      );
  }
  const db = new S.DatabaseSymbol.$ctor3('Sentinel', null, members, false);
  state = { kusto, globals: kusto.GlobalState.Default.WithDatabase(db) };
  return state;
}

/**
 * Syntax and semantic diagnostics (unknown tables, functions, columns, type errors) for one query. A query over
 * MAX_KQL_LENGTH is not analysed (the service takes about 30 s on 6 MB): one QUERY_TOO_LONG diagnostic instead.
 * The converter and the content loader already refuse such queries; this keeps any other caller from waiting.
 */
export function checkKql(query: string): KqlDiagnostic[] {
  const tooLong = queryTooLong('given', query.length);
  if (tooLong)
    return [
      {
        code: tooLong.code,
        severity: 'Error',
        message: tooLong.detail,
        start: MAX_KQL_LENGTH,
        length: query.length - MAX_KQL_LENGTH,
      },
    ];
  const { kusto, globals } = load();
  const code = kusto.KustoCode.ParseAndAnalyze(query, globals);
  const list = code.GetDiagnostics();
  const out: KqlDiagnostic[] = [];
  for (let i = 0; i < list.Count; i++) {
    const d = list.getItem(i);
    // Suggestions and warnings (e.g. "avoid contains for performance") are not errors in the query.
    if (d.Severity !== 'Error') continue;
    out.push({ code: d.Code, severity: d.Severity, message: d.Message, start: d.Start, length: d.Length });
  }
  return out;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
