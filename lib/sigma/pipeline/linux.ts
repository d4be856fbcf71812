// Linux syslog: the Syslog table, one row per message. Keyword rules search the message text.
import type { SourceFilter, TableTarget } from './types';
import { own } from '../own';

/** Sigma linux `service` → the syslog program (or facility) it means. */
const SERVICE_FILTERS: Readonly<Record<string, SourceFilter[]>> = {
  syslog: [],
  sshd: [{ column: 'ProcessName', values: ['sshd'] }],
  sudo: [{ column: 'ProcessName', values: ['sudo'] }],
  cron: [{ column: 'ProcessName', values: ['cron', 'crond', 'CRON'] }],
  vsftpd: [{ column: 'ProcessName', values: ['vsftpd'] }],
  auth: [{ column: 'Facility', values: ['auth', 'authpriv'] }],
};

export function syslogTarget(service: string | undefined): TableTarget | undefined {
  const filters = service === undefined ? [] : own(SERVICE_FILTERS, service);
  if (!filters) return undefined;
  return {
    variant: 'Syslog',
    table: 'Syslog',
    filters,
    fields: { ProcessName: { column: 'ProcessName' }, Facility: { column: 'Facility' } },
    keywordColumns: ['SyslogMessage'],
  };
}
