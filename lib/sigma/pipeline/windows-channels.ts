// Windows event log channels by Sigma service name, and the fields Sysmon writes for each event ID.
// Facts about Windows and Sysmon event formats.

export const SYSMON_CHANNEL = 'Microsoft-Windows-Sysmon/Operational';

/** Sigma `service` → the channel(s) it means. */
export const WINDOWS_CHANNELS: Readonly<Record<string, readonly string[]>> = {
  security: ['Security'],
  system: ['System'],
  application: ['Application'],
  sysmon: [SYSMON_CHANNEL],
  powershell: ['Microsoft-Windows-PowerShell/Operational'],
  'powershell-classic': ['Windows PowerShell'],
  taskscheduler: ['Microsoft-Windows-TaskScheduler/Operational'],
  wmi: ['Microsoft-Windows-WMI-Activity/Operational'],
  'dns-server': ['DNS Server'],
  'driver-framework': ['Microsoft-Windows-DriverFrameworks-UserMode/Operational'],
  ntlm: ['Microsoft-Windows-NTLM/Operational'],
  windefend: ['Microsoft-Windows-Windows Defender/Operational'],
  'codeintegrity-operational': ['Microsoft-Windows-CodeIntegrity/Operational'],
  'firewall-as': ['Microsoft-Windows-Windows Firewall With Advanced Security/Firewall'],
  'bits-client': ['Microsoft-Windows-Bits-Client/Operational'],
  applocker: [
    'Microsoft-Windows-AppLocker/MSI and Script',
    'Microsoft-Windows-AppLocker/EXE and DLL',
    'Microsoft-Windows-AppLocker/Packaged app-Deployment',
    'Microsoft-Windows-AppLocker/Packaged app-Execution',
  ],
  'msexchange-management': ['MSExchange Management'],
  'dns-client': ['Microsoft-Windows-DNS Client Events/Operational'],
  'security-mitigations': [
    'Microsoft-Windows-Security-Mitigations/Kernel Mode',
    'Microsoft-Windows-Security-Mitigations/User Mode',
  ],
  'appxdeployment-server': ['Microsoft-Windows-AppXDeploymentServer/Operational'],
  'appxpackaging-om': ['Microsoft-Windows-AppxPackaging/Operational'],
  'iis-configuration': ['Microsoft-IIS-Configuration/Operational'],
  'smbclient-security': ['Microsoft-Windows-SmbClient/Security'],
  'smbserver-connectivity': ['Microsoft-Windows-SMBServer/Connectivity'],
  'lsa-server': ['Microsoft-Windows-LSA/Operational'],
  'appmodel-runtime': ['Microsoft-Windows-AppModel-Runtime/Admin'],
  capi2: ['Microsoft-Windows-CAPI2/Operational'],
  'shell-core': ['Microsoft-Windows-Shell-Core/Operational'],
  openssh: ['OpenSSH/Operational'],
  'terminalservices-localsessionmanager': [
    'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  ],
  'diagnosis-scripted': ['Microsoft-Windows-Diagnosis-Scripted/Operational'],
  'certificateservicesclient-lifecycle-system': [
    'Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational',
  ],
  ldap: ['Microsoft-Windows-LDAP-Client/Debug'],
  'microsoft-servicebus-client': ['Microsoft-ServiceBus-Client'],
};

const PROCESS = ['ProcessGuid', 'ProcessId', 'Image', 'User'];
const IMAGE_INFO = ['FileVersion', 'Description', 'Product', 'Company', 'OriginalFileName'];

/** Sysmon event IDs per Sigma category, with the EventData fields those events carry. */
export const SYSMON_EVENTS: Readonly<
  Record<string, { ids: readonly number[]; fields: readonly string[]; eventTypes?: readonly string[] }>
> = {
  process_creation: {
    ids: [1],
    fields: [
      ...PROCESS,
      ...IMAGE_INFO,
      'CommandLine',
      'CurrentDirectory',
      'LogonGuid',
      'LogonId',
      'TerminalSessionId',
      'IntegrityLevel',
      'Hashes',
      'ParentProcessGuid',
      'ParentProcessId',
      'ParentImage',
      'ParentCommandLine',
      'ParentUser',
    ],
  },
  file_change: {
    ids: [2],
    fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime', 'PreviousCreationUtcTime'],
  },
  network_connection: {
    ids: [3],
    fields: [
      ...PROCESS,
      'Protocol',
      'Initiated',
      'SourceIsIpv6',
      'SourceIp',
      'SourceHostname',
      'SourcePort',
      'SourcePortName',
      'DestinationIsIpv6',
      'DestinationIp',
      'DestinationHostname',
      'DestinationPort',
      'DestinationPortName',
    ],
  },
  sysmon_status: {
    ids: [4, 16],
    fields: ['State', 'Version', 'SchemaVersion', 'Configuration', 'ConfigurationFileHash'],
  },
  process_termination: { ids: [5], fields: PROCESS },
  driver_load: { ids: [6], fields: ['ImageLoaded', 'Hashes', 'Signed', 'Signature', 'SignatureStatus'] },
  image_load: {
    ids: [7],
    fields: [...PROCESS, ...IMAGE_INFO, 'ImageLoaded', 'Hashes', 'Signed', 'Signature', 'SignatureStatus'],
  },
  create_remote_thread: {
    ids: [8],
    fields: [
      'SourceProcessGuid',
      'SourceProcessId',
      'SourceImage',
      'TargetProcessGuid',
      'TargetProcessId',
      'TargetImage',
      'NewThreadId',
      'StartAddress',
      'StartModule',
      'StartFunction',
      'SourceUser',
      'TargetUser',
    ],
  },
  raw_access_thread: { ids: [9], fields: [...PROCESS, 'Device'] },
  process_access: {
    ids: [10],
    fields: [
      'SourceProcessGUID',
      'SourceProcessId',
      'SourceThreadId',
      'SourceImage',
      'TargetProcessGUID',
      'TargetProcessId',
      'TargetImage',
      'GrantedAccess',
      'CallTrace',
      'SourceUser',
      'TargetUser',
    ],
  },
  file_event: { ids: [11], fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime'] },
  registry_add: { ids: [12], fields: [...PROCESS, 'EventType', 'TargetObject'], eventTypes: ['CreateKey'] },
  registry_delete: {
    ids: [12],
    fields: [...PROCESS, 'EventType', 'TargetObject'],
    eventTypes: ['DeleteKey', 'DeleteValue'],
  },
  registry_set: { ids: [13], fields: [...PROCESS, 'EventType', 'TargetObject', 'Details'] },
  registry_rename: { ids: [14], fields: [...PROCESS, 'EventType', 'TargetObject', 'NewName'] },
  registry_event: {
    ids: [12, 13, 14],
    fields: [...PROCESS, 'EventType', 'TargetObject', 'Details', 'NewName'],
  },
  create_stream_hash: {
    ids: [15],
    fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime', 'Hash', 'Contents'],
  },
  pipe_created: { ids: [17, 18], fields: [...PROCESS, 'EventType', 'PipeName'] },
  wmi_event: {
    ids: [19, 20, 21],
    fields: [
      'EventType',
      'Operation',
      'User',
      'EventNamespace',
      'Name',
      'Query',
      'Type',
      'Destination',
      'Consumer',
      'Filter',
    ],
  },
  dns_query: { ids: [22], fields: [...PROCESS, 'QueryName', 'QueryStatus', 'QueryResults'] },
  file_delete: {
    ids: [23, 26],
    fields: [...PROCESS, 'TargetFilename', 'Hashes', 'IsExecutable', 'Archived'],
  },
  process_tampering: { ids: [25], fields: [...PROCESS, 'Type'] },
  file_executable_detected: { ids: [29], fields: [...PROCESS, 'TargetFilename', 'Hashes'] },
  sysmon_error: { ids: [255], fields: ['ID', 'Description'] },
};

/** PowerShell Operational events per Sigma category. */
export const POWERSHELL_EVENTS: Readonly<Record<string, { id: number; fields: readonly string[] }>> = {
  ps_script: {
    id: 4104,
    fields: ['MessageNumber', 'MessageTotal', 'ScriptBlockText', 'ScriptBlockId', 'Path'],
  },
  ps_module: { id: 4103, fields: ['ContextInfo', 'UserData', 'Payload'] },
};
