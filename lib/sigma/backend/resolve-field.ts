// Where a Sigma field is read in a target table: a column, a computed column, a key of a dynamic column
// or a path in a JSON column. Nothing is guessed: an unknown field is UNMAPPED_FIELD.
import type { FieldMapping, TableTarget } from '../pipeline';
import { kql } from './kql-config';
import { columnType, type KustoType } from './schema';
import type { ConversionReason } from './types';
import { own } from '../own';

export interface ResolvedField {
  /** The KQL expression that reads the field. */
  expr: string;
  type: KustoType;
  mapping?: FieldMapping;
  /** A column the query must add with `extend` before it can filter on it. */
  extend?: { name: string; expr: string };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function resolveField(target: TableTarget, field: string): ResolvedField | ConversionReason {
  const unmapped: ConversionReason = { code: 'UNMAPPED_FIELD', detail: `${field} in ${target.table}` };
  const mapping = own(target.fields, field);
  if (mapping) {
    if (mapping.compute) {
      return {
        expr: mapping.column,
        type: 'string',
        mapping,
        extend: { name: mapping.column, expr: mapping.compute },
      };
    }
    const type = columnType(target.table, mapping.column);
    return type ? { expr: kql.column(mapping.column), type, mapping } : unmapped;
  }
  const same = target.sameNameColumns;
  if (same && !same.except.includes(field)) {
    const type = columnType(target.table, field);
    if (type) return { expr: kql.column(field), type };
  }
  if (target.json && field.includes('.')) {
    const [prefix, ...keys] = field.split('.');
    const column = own(target.json, prefix);
    // One level only: deeper paths may run through arrays, where a dotted path reads nothing.
    if (column && keys.length === 1)
      return { expr: kql.toString(kql.jsonPath(column, keys)), type: 'string' };
  }
  const bag = target.bag;
  if (bag && IDENT.test(field) && !bag.except?.includes(field) && (!bag.only || bag.only.includes(field))) {
    const mapping: FieldMapping | undefined = bag.registry?.includes(field)
      ? { column: field, registry: 'as-written' }
      : undefined;
    return {
      expr: kql.toString(kql.bagKey(bag.column, field)),
      type: 'string',
      ...(mapping ? { mapping } : {}),
    };
  }
  return unmapped;
}

export const isReason = (x: unknown): x is ConversionReason =>
  typeof x === 'object' && x !== null && 'code' in x && 'detail' in x;
