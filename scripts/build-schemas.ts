// Builds lib/sigma/backend/schema/tables.json: the tables and ASIM parser functions our queries read, with
// column names and Kusto types only. Source: ../shared/schemas (reference data, read here and never copied).
// Run: npx tsx scripts/build-schemas.ts [schemasDir]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type KustoType = 'string' | 'int' | 'long' | 'real' | 'bool' | 'datetime' | 'dynamic' | 'guid' | 'timespan';

interface AsimColumn {
  type: string;
  class: string;
}
interface AsimFile {
  common: Record<string, AsimColumn>;
  tables: Record<string, Record<string, AsimColumn>>;
}
interface PlainFile {
  tables: Record<string, Record<string, string>>;
}

export interface SchemaTable {
  kind: 'table' | 'function';
  columns: Record<string, KustoType>;
}

/** Native tables a query may read (Log Analytics and Defender XDR). */
const AZURE_TABLES = [
  'SecurityEvent',
  'WindowsEvent',
  'Event',
  'Syslog',
  'AWSCloudTrail',
  'AzureActivity',
  'AuditLogs',
  'SigninLogs',
  'AADUserRiskEvents',
  'AADRiskyUsers',
  'OfficeActivity',
  'GCPAuditLogs',
  'AKSAudit',
];
const DEFENDER_TABLES = [
  'DeviceProcessEvents',
  'DeviceFileEvents',
  'DeviceRegistryEvents',
  'DeviceNetworkEvents',
  'DeviceImageLoadEvents',
  'DeviceEvents',
];

/** Alias columns whose type is not given in the reference: the type of the column they alias. */
const ALIAS_TYPES: Record<string, KustoType> = { Duration: 'int', DnsResponseCodeName: 'string' };

function asimType(name: string, raw: string): KustoType {
  const t = raw.trim().toLowerCase();
  if (t === 'integer' || t === 'int') return 'int';
  if (t === 'long') return 'long';
  if (t === 'boolean' || t === 'bool') return 'bool';
  if (t.startsWith('date')) return 'datetime';
  if (t === 'dynamic') return 'dynamic';
  if (t === 'latitude' || t === 'longitude' || t === 'real') return 'real';
  if (t === '') return ALIAS_TYPES[name] ?? 'string';
  // String and every logical string type (Hostname, IP address, Enumerated, SHA256, URL, UserType...).
  return 'string';
}

function plainType(raw: string): KustoType {
  const t = raw.trim().toLowerCase();
  const known: Record<string, KustoType> = {
    string: 'string',
    int: 'int',
    long: 'long',
    real: 'real',
    double: 'real',
    bool: 'bool',
    boolean: 'bool',
    datetime: 'datetime',
    dynamic: 'dynamic',
    guid: 'guid',
    timespan: 'timespan',
  };
  const k = known[t];
  if (!k) throw new Error(`unknown column type ${raw}`);
  return k;
}

function isRealColumn(name: string): boolean {
  // "Dvc fields" stands for the common device fields; names with spaces are never columns.
  return name.trim() !== '' && !/\s/.test(name.trim());
}

export function buildSchema(dir: string): Record<string, SchemaTable> {
  const asim = JSON.parse(readFileSync(path.join(dir, 'asim.json'), 'utf8')) as AsimFile;
  const azure = JSON.parse(readFileSync(path.join(dir, 'azure-monitor.json'), 'utf8')) as PlainFile;
  const defender = JSON.parse(readFileSync(path.join(dir, 'defender-xdr.json'), 'utf8')) as PlainFile;
  const out: Record<string, SchemaTable> = {};

  const asimColumns = (table: string): Record<string, KustoType> => {
    const cols: Record<string, KustoType> = { TimeGenerated: 'datetime', Type: 'string' };
    for (const [name, c] of Object.entries(asim.common))
      if (isRealColumn(name)) cols[name.trim()] = asimType(name, c.type);
    const own = asim.tables[table];
    if (!own) throw new Error(`ASIM table ${table} missing`);
    for (const [name, c] of Object.entries(own))
      if (isRealColumn(name)) cols[name.trim()] = asimType(name.trim(), c.type);
    return cols;
  };
  for (const table of Object.keys(asim.tables)) {
    const columns = asimColumns(table);
    // The Web Session schema extends the Network Session schema.
    const merged = table === 'imWebSession' ? { ...asimColumns('imNetworkSession'), ...columns } : columns;
    out[table] = { kind: 'function', columns: sortKeys(merged) };
  }
  const plain = (file: PlainFile, names: string[]) => {
    for (const name of names) {
      const t = file.tables[name];
      if (!t) throw new Error(`table ${name} missing`);
      const columns: Record<string, KustoType> = {};
      for (const [col, type] of Object.entries(t))
        if (isRealColumn(col)) columns[col.trim()] = plainType(type);
      out[name] = { kind: 'table', columns: sortKeys(columns) };
    }
  };
  plain(azure, AZURE_TABLES);
  plain(defender, DEFENDER_TABLES);
  return out;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = process.argv[2] ?? path.resolve('../shared/schemas');
  const tables = buildSchema(dir);
  const target = path.resolve('lib/sigma/backend/schema/tables.json');
  // One table per line keeps diffs readable without the bulk of a pretty-printed file.
  const body = Object.entries(tables)
    .map(([name, t]) => `  ${JSON.stringify(name)}: ${JSON.stringify(t)}`)
    .join(',\n');
  writeFileSync(target, `{\n${body}\n}\n`);
  console.log(`wrote ${Object.keys(tables).length} tables to ${path.relative(process.cwd(), target)}`);
}
