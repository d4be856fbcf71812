import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_IDENTIFIERS, ENTITY_MAPPINGS, MAX_ENTITY_MAPPINGS, MAX_FIELD_MAPPINGS } from '@/lib/export';
import { kqlSchema } from '@/lib/sigma';

// Every mapped column must exist, as a string, in the table the query reads: first in the project's own schema
// (lib/sigma), and for tables the converter does not target (yet), in the shared reference schemas.

const SHARED = join(__dirname, '../../../../shared/schemas');
type Columns = Record<string, string>;

function sharedColumns(): Map<string, Columns> | undefined {
  if (!existsSync(join(SHARED, 'azure-monitor.json'))) return undefined;
  const load = (name: string) => JSON.parse(readFileSync(join(SHARED, name), 'utf8'));
  const tables = new Map<string, Columns>();
  for (const file of ['azure-monitor.json', 'defender-xdr.json']) {
    for (const [table, columns] of Object.entries(load(file).tables as Record<string, Columns>))
      tables.set(table, columns);
  }
  const asim = load('asim.json');
  const common = Object.fromEntries(
    Object.entries(asim.common as Record<string, { type: string }>).map(([c, v]) => [c, v.type]),
  );
  for (const [table, columns] of Object.entries(
    asim.tables as Record<string, Record<string, { type: string }>>,
  )) {
    tables.set(table, {
      ...common,
      ...Object.fromEntries(Object.entries(columns).map(([c, v]) => [c, v.type])),
    });
  }
  // The Web Session schema extends the Network Session schema.
  tables.set('imWebSession', { ...tables.get('imNetworkSession'), ...tables.get('imWebSession') });
  return tables;
}

const shared = sharedColumns();
const STRINGISH = /^(string|hostname|ip address|username|url)$/i;

describe('entity mapping data', () => {
  const cases = Object.entries(ENTITY_MAPPINGS);

  it.each(cases)('%s: within Sentinel limits, with valid and sufficient identifiers', (_table, mappings) => {
    expect(mappings.length).toBeGreaterThan(0);
    expect(mappings.length).toBeLessThanOrEqual(MAX_ENTITY_MAPPINGS);
    for (const mapping of mappings) {
      const identifiers = ENTITY_IDENTIFIERS[mapping.entityType];
      expect(mapping.fieldMappings.length).toBeLessThanOrEqual(MAX_FIELD_MAPPINGS);
      for (const field of mapping.fieldMappings) expect(identifiers.all).toContain(field.identifier);
      expect(mapping.fieldMappings.some((f) => identifiers.sufficient.includes(f.identifier))).toBe(true);
      expect(new Set(mapping.fieldMappings.map((f) => f.identifier)).size).toBe(mapping.fieldMappings.length);
    }
  });

  it.each(cases.filter(([table]) => kqlSchema[table]))(
    '%s: every column is a string column in the project schema',
    (table, mappings) => {
      for (const { columnName } of mappings.flatMap((m) => m.fieldMappings)) {
        expect(kqlSchema[table]?.columns[columnName], `${table}.${columnName}`).toBe('string');
      }
    },
  );

  it.skipIf(!shared).each(cases)(
    '%s: every column is a string column in the shared reference schema',
    (table, mappings) => {
      const columns = shared!.get(table);
      expect(columns, table).toBeDefined();
      for (const { columnName } of mappings.flatMap((m) => m.fieldMappings)) {
        expect(columns?.[columnName], `${table}.${columnName}`).toMatch(STRINGISH);
      }
    },
  );

  it('covers every table the converter targets that has host, account, IP, process or file columns', () => {
    // AuditLogs keeps its actors in dynamic columns (InitiatedBy, TargetResources).
    const deliberatelyUnmapped = new Set(['AuditLogs']);
    for (const table of Object.keys(kqlSchema)) {
      if (!deliberatelyUnmapped.has(table)) expect(ENTITY_MAPPINGS[table], table).toBeDefined();
    }
  });
});
