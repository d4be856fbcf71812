import type { DataConnector } from './types';

// requiredDataConnectors for the Azure-Sentinel YAML: the connector that fills each native table, by the
// connector IDs that repository validates against. ASIM parsers read many sources, so they name none, as the
// repository's own ASIM rules do; so do tables whose connector ID we could not confirm.
const CONNECTORS: Readonly<Record<string, string>> = {
  SecurityEvent: 'SecurityEvents',
  Syslog: 'Syslog',
  AWSCloudTrail: 'AWS',
  AzureActivity: 'AzureActivity',
  AuditLogs: 'AzureActiveDirectory',
  SigninLogs: 'AzureActiveDirectory',
  AADNonInteractiveUserSignInLogs: 'AzureActiveDirectory',
  AADUserRiskEvents: 'AzureActiveDirectory',
  OfficeActivity: 'Office365',
  CommonSecurityLog: 'CEF',
  DnsEvents: 'DNS',
};

export function dataConnectorsFor(table: string): DataConnector[] {
  const connectorId =
    CONNECTORS[table] ?? (/^Device[A-Z]/.test(table) ? 'MicrosoftThreatProtection' : undefined);
  return connectorId ? [{ connectorId, dataTypes: [table] }] : [];
}
