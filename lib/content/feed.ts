import { getRules, lastChanged } from './catalog';

/** The feed's rows: every rule, newest first, with the table its primary query reads and its last change. */
export function feedRows() {
  return getRules().map((rule) => ({
    ...rule,
    dataTable: rule.conversion.queries[0]?.table ?? rule.dataTable,
    updated: lastChanged(rule),
  }));
}
