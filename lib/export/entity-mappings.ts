import type { EntityMapping, EntityType, FieldMapping } from './types';

// Entity mappings per table, as data. Every column named here is a string column of that table (a unit test
// checks each against the shared schema reference), and each mapping uses an identifier set Sentinel accepts as
// sufficient on its own (Host: HostName or FullName; Account: FullName, Name or Sid; Process: CommandLine or
// ProcessId; File: Name; IP: Address; URL: Url; DNS: DomainName; AzureResource: ResourceId).
// Numeric columns (e.g. Defender's long ProcessId) are left out: entity identifiers are strings.

const m = (entityType: EntityType, ...pairs: [identifier: string, columnName: string][]): EntityMapping => ({
  entityType,
  fieldMappings: pairs.map(([identifier, columnName]): FieldMapping => ({ identifier, columnName })),
});

// Defender XDR tables share their column names.
const deviceHost = m('Host', ['FullName', 'DeviceName']);
const deviceAccount = m(
  'Account',
  ['Name', 'AccountName'],
  ['NTDomain', 'AccountDomain'],
  ['Sid', 'AccountSid'],
);
const initiatingAccount = m(
  'Account',
  ['Name', 'InitiatingProcessAccountName'],
  ['NTDomain', 'InitiatingProcessAccountDomain'],
  ['Sid', 'InitiatingProcessAccountSid'],
);
const initiatingProcess = m('Process', ['CommandLine', 'InitiatingProcessCommandLine']);
const deviceFile = m('File', ['Name', 'FileName'], ['Directory', 'FolderPath']);

const aadSignIn = [
  m('Account', ['FullName', 'UserPrincipalName'], ['AadUserId', 'UserId']),
  m('IP', ['Address', 'IPAddress']),
];

export const ENTITY_MAPPINGS: Readonly<Record<string, readonly EntityMapping[]>> = {
  // ASIM parsers. Dvc* is the reporting device (the endpoint for process, file and registry events).
  imProcessCreate: [
    m('Host', ['HostName', 'DvcHostname']),
    m('Account', ['FullName', 'ActorUsername']),
    m('Process', ['CommandLine', 'TargetProcessCommandLine'], ['ProcessId', 'TargetProcessId']),
    m('IP', ['Address', 'DvcIpAddr']),
  ],
  imFileEvent: [
    m('Host', ['HostName', 'DvcHostname']),
    m('Account', ['FullName', 'ActorUsername']),
    m('File', ['Name', 'TargetFileName'], ['Directory', 'TargetFileDirectory']),
    m('Process', ['CommandLine', 'ActingProcessCommandLine'], ['ProcessId', 'ActingProcessId']),
    m('IP', ['Address', 'DvcIpAddr']),
  ],
  imRegistry: [
    m('Host', ['HostName', 'DvcHostname']),
    m('Account', ['FullName', 'ActorUsername']),
    m('Process', ['ProcessId', 'ActingProcessId']),
    m('IP', ['Address', 'DvcIpAddr']),
  ],
  imNetworkSession: [
    m('Host', ['HostName', 'DvcHostname']),
    m('Account', ['FullName', 'SrcUsername']),
    m('IP', ['Address', 'SrcIpAddr']),
    m('IP', ['Address', 'DstIpAddr']),
    m('Process', ['ProcessId', 'SrcProcessId']),
  ],
  imWebSession: [
    m('Host', ['HostName', 'SrcHostname']),
    m('Account', ['FullName', 'SrcUsername']),
    m('IP', ['Address', 'SrcIpAddr']),
    m('IP', ['Address', 'DstIpAddr']),
    m('URL', ['Url', 'Url']),
  ],
  _Im_Dns: [
    m('Host', ['HostName', 'SrcHostname']),
    m('Account', ['FullName', 'SrcUsername']),
    m('IP', ['Address', 'SrcIpAddr']),
    m('DNS', ['DomainName', 'DnsQuery']),
    m('Process', ['ProcessId', 'SrcProcessId']),
  ],
  imAuthentication: [
    m('Account', ['FullName', 'TargetUsername']),
    m('IP', ['Address', 'SrcIpAddr']),
    m('Host', ['HostName', 'TargetHostname']),
  ],
  imAuditEvent: [
    m('Account', ['FullName', 'ActorUsername']),
    m('IP', ['Address', 'SrcIpAddr']),
    m('Host', ['HostName', 'DvcHostname']),
  ],

  // Windows and Linux agents.
  SecurityEvent: [
    m('Host', ['FullName', 'Computer']),
    m('Account', ['FullName', 'Account']),
    m('IP', ['Address', 'IpAddress']),
    m('Process', ['CommandLine', 'CommandLine'], ['ProcessId', 'NewProcessId']),
  ],
  WindowsEvent: [m('Host', ['FullName', 'Computer'])],
  Event: [m('Host', ['FullName', 'Computer']), m('Account', ['FullName', 'UserName'])],
  Syslog: [m('Host', ['HostName', 'HostName']), m('IP', ['Address', 'HostIP'])],

  // Defender XDR.
  DeviceProcessEvents: [
    deviceHost,
    deviceAccount,
    m('Process', ['CommandLine', 'ProcessCommandLine']),
    deviceFile,
  ],
  DeviceFileEvents: [
    deviceHost,
    initiatingAccount,
    deviceFile,
    initiatingProcess,
    m('IP', ['Address', 'RequestSourceIP']),
  ],
  DeviceNetworkEvents: [
    deviceHost,
    initiatingAccount,
    m('IP', ['Address', 'RemoteIP']),
    m('IP', ['Address', 'LocalIP']),
    initiatingProcess,
  ],
  DeviceRegistryEvents: [deviceHost, initiatingAccount, initiatingProcess],
  DeviceImageLoadEvents: [deviceHost, initiatingAccount, deviceFile, initiatingProcess],
  DeviceEvents: [deviceHost, deviceAccount, deviceFile, initiatingProcess, m('IP', ['Address', 'RemoteIP'])],
  DeviceLogonEvents: [deviceHost, deviceAccount, m('IP', ['Address', 'RemoteIP']), initiatingProcess],

  // Cloud and SaaS audit logs.
  AWSCloudTrail: [m('Account', ['Name', 'UserIdentityUserName']), m('IP', ['Address', 'SourceIpAddress'])],
  AzureActivity: [
    m('Account', ['FullName', 'Caller']),
    m('IP', ['Address', 'CallerIpAddress']),
    m('AzureResource', ['ResourceId', '_ResourceId']),
  ],
  SigninLogs: aadSignIn,
  AADNonInteractiveUserSignInLogs: aadSignIn,
  AADUserRiskEvents: [
    m('Account', ['FullName', 'UserPrincipalName'], ['AadUserId', 'UserId']),
    m('IP', ['Address', 'IpAddress']),
  ],
  AADRiskyUsers: [m('Account', ['FullName', 'UserPrincipalName'])],
  OfficeActivity: [m('Account', ['FullName', 'UserId']), m('IP', ['Address', 'ClientIP'])],
  GCPAuditLogs: [m('Account', ['FullName', 'PrincipalEmail'])],
  // AKS audit keeps user and source IPs in dynamic columns; the cluster is the one string identifier.
  AKSAudit: [m('AzureResource', ['ResourceId', '_ResourceId'])],
  // AuditLogs keeps the actor and target inside dynamic columns (InitiatedBy, TargetResources): nothing to map
  // without rewriting the query, so it is deliberately absent.

  // Appliances and servers.
  CommonSecurityLog: [
    m('Host', ['HostName', 'SourceHostName']),
    m('Account', ['Name', 'SourceUserName']),
    m('IP', ['Address', 'SourceIP']),
    m('IP', ['Address', 'DestinationIP']),
    m('URL', ['Url', 'RequestURL']),
  ],
  W3CIISLog: [
    m('Host', ['FullName', 'Computer']),
    m('Account', ['Name', 'csUserName']),
    m('IP', ['Address', 'cIP']),
  ],
  DnsEvents: [
    m('Host', ['FullName', 'Computer']),
    m('IP', ['Address', 'ClientIP']),
    m('DNS', ['DomainName', 'Name']),
  ],
};

/** The mappings for a table (a copy), or none when the table has no mappable columns or is unknown. */
export function entityMappingsFor(table: string): EntityMapping[] {
  return (ENTITY_MAPPINGS[table] ?? []).map((mapping) => ({
    entityType: mapping.entityType,
    fieldMappings: mapping.fieldMappings.map((field) => ({ ...field })),
  }));
}
