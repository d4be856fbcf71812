// The generated schema file: what the backend and the checker rely on.
import { describe, expect, it } from 'vitest';
import { columnType, kqlSchema } from '@/lib/sigma';

describe('kqlSchema', () => {
  it('declares ASIM parsers as functions and native tables as tables', () => {
    expect(kqlSchema.imProcessCreate?.kind).toBe('function');
    expect(kqlSchema._Im_Dns?.kind).toBe('function');
    expect(kqlSchema.SecurityEvent?.kind).toBe('table');
    expect(kqlSchema.DeviceProcessEvents?.kind).toBe('table');
  });

  it.each([
    ['SecurityEvent', 'EventID', 'int'],
    ['SecurityEvent', 'LogonType', 'int'],
    ['WindowsEvent', 'EventData', 'dynamic'],
    ['imNetworkSession', 'DstPortNumber', 'int'],
    ['imNetworkSession', 'NetworkDirection', 'string'],
    // Common ASIM fields (Dvc...) are in every parser; imWebSession extends imNetworkSession.
    ['imRegistry', 'DvcHostname', 'string'],
    ['imWebSession', 'DstIpAddr', 'string'],
    ['imWebSession', 'Url', 'string'],
    ['SigninLogs', 'ResultType', 'string'],
    ['DeviceEvents', 'InitiatingProcessVersionInfoInternalFileName', 'string'],
  ])('%s.%s is %s', (table, column, type) => expect(columnType(table, column)).toBe(type));

  it('keeps no placeholder column names', () => {
    for (const t of Object.values(kqlSchema))
      for (const c of Object.keys(t.columns)) expect(c).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});
