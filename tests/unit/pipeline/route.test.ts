// Log source routing and the mapping data: every logsource goes to the table that holds its events, and every
// column a mapping names exists in our schema for that table.
import { describe, expect, it } from 'vitest';
import { columnType, kqlSchema, routeLogsource, type TableTarget } from '@/lib/sigma';

type Ls = { product?: string; category?: string; service?: string };

const cases: [Ls, string[], string | undefined][] = [
  [
    { product: 'windows', category: 'process_creation' },
    ['imProcessCreate', 'WindowsEvent'],
    'DeviceProcessEvents',
  ],
  [{ product: 'linux', category: 'process_creation' }, ['imProcessCreate'], 'DeviceProcessEvents'],
  [{ product: 'macos', category: 'process_creation' }, ['imProcessCreate'], 'DeviceProcessEvents'],
  [{ product: 'windows', category: 'file_event' }, ['imFileEvent', 'WindowsEvent'], 'DeviceFileEvents'],
  [{ product: 'windows', category: 'file_delete' }, ['imFileEvent', 'WindowsEvent'], 'DeviceFileEvents'],
  [{ product: 'windows', category: 'registry_set' }, ['imRegistry', 'WindowsEvent'], 'DeviceRegistryEvents'],
  [
    { product: 'windows', category: 'registry_event' },
    ['imRegistry', 'WindowsEvent'],
    'DeviceRegistryEvents',
  ],
  [{ product: 'windows', category: 'network_connection' }, ['imNetworkSession', 'WindowsEvent'], undefined],
  [{ product: 'linux', category: 'network_connection' }, ['imNetworkSession'], undefined],
  [{ product: 'windows', category: 'dns_query' }, ['_Im_Dns', 'WindowsEvent'], undefined],
  [{ category: 'dns' }, ['_Im_Dns'], undefined],
  [{ category: 'proxy' }, ['imWebSession'], undefined],
  [{ category: 'webserver' }, ['imWebSession'], undefined],
  [{ product: 'windows', category: 'image_load' }, ['WindowsEvent'], 'DeviceImageLoadEvents'],
  [{ product: 'windows', category: 'process_access' }, ['WindowsEvent'], undefined],
  [{ product: 'windows', category: 'ps_script' }, ['WindowsEvent'], undefined],
  [{ product: 'windows', category: 'ps_module' }, ['WindowsEvent'], undefined],
  [{ product: 'windows', service: 'security' }, ['SecurityEvent', 'WindowsEvent'], undefined],
  [{ product: 'windows', service: 'system' }, ['WindowsEvent', 'Event'], undefined],
  [{ product: 'windows', service: 'application' }, ['WindowsEvent', 'Event'], undefined],
  [{ product: 'windows', category: 'ps_classic_start' }, ['Event'], undefined],
  [{ product: 'aws', service: 'cloudtrail' }, ['AWSCloudTrail'], undefined],
  [{ product: 'azure', service: 'activitylogs' }, ['AzureActivity'], undefined],
  [{ product: 'azure', service: 'auditlogs' }, ['AuditLogs'], undefined],
  [{ product: 'azure', service: 'signinlogs' }, ['SigninLogs'], undefined],
  [{ product: 'azure', service: 'riskdetection' }, ['AADUserRiskEvents'], undefined],
  [{ product: 'm365', service: 'audit' }, ['OfficeActivity'], undefined],
  [{ product: 'gcp', service: 'gcp.audit' }, ['GCPAuditLogs'], undefined],
  [{ product: 'kubernetes', category: 'application', service: 'audit' }, ['AKSAudit'], undefined],
  [{ product: 'linux' }, ['Syslog'], undefined],
  [{ product: 'linux', service: 'sshd' }, ['Syslog'], undefined],
];

const unmapped: Ls[] = [
  { product: 'linux', service: 'auditd' },
  { product: 'okta', service: 'okta' },
  { product: 'windows', category: 'clipboard_capture' },
  { product: 'windows', service: 'no-such-channel' },
  { product: 'm365', service: 'threat_management' },
  {},
];

function route(ls: Ls) {
  const r = routeLogsource(ls);
  if ('code' in r) throw new Error(`${JSON.stringify(ls)}: ${r.detail}`);
  return r;
}

describe('routeLogsource', () => {
  it.each(cases)('%o → %o (+ %s)', (ls, primary, defender) => {
    const r = route(ls);
    expect(r.primary.map((t) => t.table)).toEqual(primary);
    expect(r.defender?.table).toBe(defender);
  });

  it.each(unmapped)('%o has no table', (ls) => {
    const r = routeLogsource(ls);
    expect('code' in r && r.code).toBe('UNMAPPED_LOGSOURCE');
  });

  it('filters the Sysmon channel by the event IDs the category means', () => {
    const sysmon = route({ product: 'windows', category: 'registry_set' }).primary[1] as TableTarget;
    expect(sysmon.filters).toContainEqual({ column: 'EventID', values: [13] });
    expect(sysmon.filters).toContainEqual({
      column: 'Channel',
      values: ['Microsoft-Windows-Sysmon/Operational'],
    });
  });

  it('filters ASIM file events to creations for file_event', () => {
    expect(route({ product: 'windows', category: 'file_event' }).primary[0]?.filters).toEqual([
      { column: 'EventType', values: ['FileCreated'] },
    ]);
  });
});

describe('mapping data against the schema', () => {
  const targets = cases.flatMap(([ls]) => {
    const r = route(ls);
    return [...r.primary, ...(r.defender ? [r.defender] : [])];
  });

  it.each(targets.map((t) => [`${t.variant} ${t.table}`, t] as const))(
    '%s names only real columns',
    (_, t) => {
      expect(kqlSchema[t.table], t.table).toBeDefined();
      for (const [field, m] of Object.entries(t.fields)) {
        // A computed column must not shadow a real one; a plain mapping must name a real one.
        if (m.compute) expect(columnType(t.table, m.column), `${field} → ${m.column}`).toBeUndefined();
        else expect(columnType(t.table, m.column), `${field} → ${m.column}`).toBeDefined();
      }
      for (const f of t.filters)
        expect(columnType(t.table, f.column.split('.')[0] as string), f.column).toBeDefined();
      for (const c of t.keywordColumns ?? []) expect(columnType(t.table, c)).toBe('string');
      if (t.bag) expect(columnType(t.table, t.bag.column)).toBe('dynamic');
    },
  );

  it('maps Sysmon Initiated to the ASIM direction values', () => {
    const asim = route({ product: 'windows', category: 'network_connection' }).primary[0] as TableTarget;
    expect(asim.fields.Initiated).toEqual({
      column: 'NetworkDirection',
      values: { true: 'Outbound', false: 'Inbound' },
    });
  });

  it('maps the file event Image to the acting process, not the file', () => {
    const asim = route({ product: 'windows', category: 'file_event' }).primary[0] as TableTarget;
    expect(asim.fields.Image?.column).toBe('ActingProcessName');
    expect(asim.fields.TargetFilename?.column).toBe('TargetFilePath');
  });

  it('maps OriginalFileName to a column that exists', () => {
    const asim = route({ product: 'windows', category: 'process_creation' }).primary[0] as TableTarget;
    const col = asim.fields.OriginalFileName?.column as string;
    expect(columnType('imProcessCreate', col)).toBe('string');
  });
});
