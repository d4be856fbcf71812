// Our own wording per Sigma log source: where the evidence is recorded and how an analyst tests a hypothesis
// against it. Looked up by category first, then service, then product.

export interface Logsource {
  category?: string;
  product?: string;
  service?: string;
  definition?: string;
}

export interface LogsourcePhrases {
  /** Completes "If so, ...": where the evidence lands. */
  evidence: string;
  /** How to test: which events to pull and how to slice them. */
  method: string;
}

const PRODUCT_NAMES: Record<string, string> = {
  windows: 'Windows hosts',
  linux: 'Linux hosts',
  macos: 'macOS hosts',
  azure: 'the Azure and Entra ID tenant',
  aws: 'the AWS accounts',
  gcp: 'the Google Cloud projects',
  m365: 'the Microsoft 365 tenant',
  okta: 'the Okta organisation',
  github: 'the GitHub organisation',
  bitbucket: 'the Bitbucket workspace',
  kubernetes: 'the Kubernetes clusters',
  cisco: 'Cisco network devices',
  zeek: 'the monitored network',
  opencanary: 'the honeypots',
  fortigate: 'FortiGate firewalls',
  rpc_firewall: 'Windows hosts',
  onelogin: 'the OneLogin tenant',
  jvm: 'Java applications',
  spring: 'Spring applications',
};

export function platformPhrase(ls: Logsource): string {
  if (ls.product && PRODUCT_NAMES[ls.product]) return PRODUCT_NAMES[ls.product]!;
  if (ls.category === 'proxy' || ls.category === 'firewall' || ls.category === 'dns') return 'the network';
  if (ls.category === 'webserver') return 'the web servers';
  if (ls.product) return `${ls.product} systems`;
  return 'the monitored systems';
}

const PROCESS: LogsourcePhrases = {
  evidence:
    'it leaves process-creation records (Sysmon event 1, Windows event 4688 or the EDR’s process events) whose image, parent and command line show it',
  method:
    'Pull the process-creation events that match for the last 30 days and group them by host, parent process and account. Read the full command lines of the rarest groups first',
};
const REGISTRY: LogsourcePhrases = {
  evidence:
    'the change shows up in registry telemetry (Sysmon events 12 to 14, or the EDR’s registry events) together with the process that made it',
  method:
    'List the matching registry changes per host with the process that wrote them and the value data. Check whether the data points to a file that is signed and expected on that host',
};
const FILE: LogsourcePhrases = {
  evidence:
    'file telemetry (Sysmon file events or the EDR’s file events) records the path and the process that touched it',
  method:
    'List the matching file events with the process that caused them, then check the file’s hash, signer and first-seen date across the fleet',
};

const BY_CATEGORY: Record<string, LogsourcePhrases> = {
  process_creation: PROCESS,
  registry_set: REGISTRY,
  registry_event: REGISTRY,
  registry_add: REGISTRY,
  registry_delete: REGISTRY,
  file_event: FILE,
  file_delete: FILE,
  file_rename: FILE,
  file_change: FILE,
  file_access: FILE,
  file_executable_detected: FILE,
  create_stream_hash: FILE,
  ps_script: {
    evidence: 'PowerShell script-block logging (event 4104) keeps the text of the script that ran',
    method:
      'Read the matching script blocks in full, rebuilding multi-part blocks by their script-block ID, and note the host, user and the process that hosted PowerShell',
  },
  ps_module: {
    evidence: 'PowerShell module logging (event 4103) records the cmdlets and their parameters',
    method:
      'Group the matching module-log events by user and host, then read the cmdlet parameters of the unusual ones',
  },
  ps_classic_start: {
    evidence: 'the classic PowerShell log (event 400) records the engine start with its host application',
    method:
      'Group the matching engine starts by host application and user, and look for hosts where PowerShell is normally not used',
  },
  ps_classic_provider_start: {
    evidence: 'the classic PowerShell log (event 600) records the provider start with its host application',
    method: 'Group the matching provider starts by host application and user',
  },
  image_load: {
    evidence:
      'a module-load event (Sysmon event 7) names the loaded DLL, its signature and the process that loaded it',
    method:
      'Group the matching loads by the loading process and the loaded module’s path and signer; a module loaded from an unusual folder is the lead to follow',
  },
  driver_load: {
    evidence: 'driver-load events (Sysmon event 6) record the driver’s path, hashes and signature',
    method:
      'List the matching drivers by hash and signer and compare them with the drivers your fleet normally loads',
  },
  network_connection: {
    evidence:
      'network-connection events (Sysmon event 3 or the EDR’s network events) tie each connection to the process that opened it',
    method:
      'Group the matching connections by process and destination, then check how long each destination has been contacted by anyone in the organisation',
  },
  dns_query: {
    evidence:
      'DNS query events (Sysmon event 22 or DNS client logs) record the name asked for and the process that asked',
    method:
      'Group the matching queries by domain and by the process or client that made them, and check the age and reputation of each domain',
  },
  dns: {
    evidence: 'DNS server or resolver logs record the query and the client that sent it',
    method:
      'Group the matching queries by client and domain, and check the age and reputation of each domain',
  },
  proxy: {
    evidence: 'web proxy logs record the request: URL, user agent, client and response',
    method:
      'Group the matching requests by client, user agent and destination, and look at what each client did just before and after',
  },
  firewall: {
    evidence: 'firewall logs record the connection with its source, destination and action',
    method:
      'Group the matching connections by source and destination and compare them with the traffic those hosts normally send',
  },
  webserver: {
    evidence: 'the web server’s access log records the request line, client address and status code',
    method:
      'Group the matching requests by client address and status code; a successful response (2xx) to a malicious-looking request is the one to chase',
  },
  process_access: {
    evidence:
      'process-access events (Sysmon event 10) record which process opened which other process, and with what access rights',
    method:
      'List the matching source and target process pairs with the granted access, and check whether the source is a known security or management tool',
  },
  create_remote_thread: {
    evidence:
      'remote-thread events (Sysmon event 8) record the process that started a thread inside another one',
    method:
      'List the matching source and target processes and the start address or module, and check whether the source is signed and expected',
  },
  pipe_created: {
    evidence: 'named-pipe events (Sysmon events 17 and 18) record the pipe name and the process behind it',
    method: 'Group the matching pipe names by the process that created or connected to them',
  },
  wmi_event: {
    evidence: 'WMI subscription events (Sysmon events 19 to 21) record the filter, consumer and binding',
    method: 'Read the consumer’s command or script for each matching subscription and find who created it',
  },
  antivirus: {
    evidence: 'the antivirus product has already raised a detection that names the file and the threat',
    method:
      'Check whether the product blocked or only reported the file, and what else ran on the host around that time',
  },
  application: {
    evidence: 'the application’s own log records the event',
    method:
      'Group the matching application events by source address and account, and compare with the application’s normal traffic',
  },
};

const BY_SERVICE: Record<string, LogsourcePhrases> = {
  security: {
    evidence: 'the Windows Security event log records it with the account and logon session involved',
    method:
      'Group the matching Security events by account, host and logon ID, then follow each logon ID to see what else the session did',
  },
  system: {
    evidence: 'the Windows System event log records it',
    method:
      'List the matching System events per host with the service or component named in them, and check whether a change was planned',
  },
  cloudtrail: {
    evidence: 'AWS CloudTrail records the API call with the identity, source address and user agent',
    method:
      'Group the matching CloudTrail events by identity (ARN), source IP and user agent; calls from a console session or a new address deserve the first look',
  },
  activitylogs: {
    evidence: 'the Azure activity log records the operation with the caller and the resource',
    method:
      'Group the matching operations by caller and resource, and check each caller against the people and pipelines that own the subscription',
  },
  auditlogs: {
    evidence: 'the Entra ID audit log records the directory change and who initiated it',
    method:
      'Group the matching audit events by initiator and target object, and ask each initiator’s owner whether the change was intended',
  },
  signinlogs: {
    evidence: 'the Entra ID sign-in log records the sign-in with its location, device and result',
    method:
      'Group the matching sign-ins by user, IP address and application, and compare with the user’s usual locations and devices',
  },
  riskdetection: {
    evidence: 'Entra ID Identity Protection has raised a risk detection for the account',
    method:
      'Review the matching risk detections per user, with the sign-ins around them, before confirming or dismissing the risk',
  },
  'gcp.audit': {
    evidence: 'Google Cloud audit logs record the API call and the principal that made it',
    method:
      'Group the matching audit entries by principal and method, and check each principal against the project’s owners and pipelines',
  },
  okta: {
    evidence: 'the Okta system log records the event with the actor and client',
    method:
      'Group the matching Okta events by actor and client IP, and compare with the actor’s usual behaviour',
  },
  audit: {
    evidence: 'the platform’s audit log records the action and the account that performed it',
    method:
      'Group the matching audit entries by actor and target, and ask the owner of each target whether the action was expected',
  },
  auditd: {
    evidence: 'auditd records the system call or command with the user and process involved',
    method:
      'Group the matching audit records by user, executable and host, and read the full command (EXECVE) records of the unusual ones',
  },
  threat_management: {
    evidence: 'Microsoft 365 threat management has raised an alert for it',
    method: 'Review the matching alerts with the mailbox or account they name and the activity around them',
  },
};

// Where the generic wording names Windows-only event IDs, other platforms get their own.
const BY_PRODUCT_CATEGORY: Record<string, LogsourcePhrases> = {
  'linux:process_creation': {
    evidence:
      'it leaves process-execution records (auditd EXECVE, Sysmon for Linux event 1 or the EDR’s process events) with the executable, parent and arguments',
    method:
      'Pull the matching executions for the last 30 days and group them by host, parent process and user. Read the full argument lists of the rarest groups first',
  },
  'macos:process_creation': {
    evidence:
      'it leaves process-execution records (the EDR’s Endpoint Security exec events) with the executable, parent and arguments',
    method:
      'Pull the matching executions for the last 30 days and group them by host, parent process and user; a shell or interpreter started by an application that normally does not spawn one is the first to read',
  },
  'linux:file_event': {
    evidence:
      'file telemetry (Sysmon for Linux event 11, auditd file watches or the EDR’s file events) records the path and the process that wrote it',
    method:
      'List the matching file writes with the process and user behind them, then check whether a package manager or configuration tool owns the file',
  },
  'linux:network_connection': {
    evidence:
      'network telemetry (Sysmon for Linux event 3 or the EDR’s network events) ties each connection to the process that opened it',
    method:
      'Group the matching connections by executable and destination, and check how long each destination has been contacted by anyone in the organisation',
  },
  'macos:file_event': {
    evidence: 'the EDR’s file events record the path and the process that wrote it',
    method:
      'List the matching file writes with the process and user behind them, and check the signer of the process',
  },
};

const FALLBACK: LogsourcePhrases = {
  evidence: 'the log source below records it',
  method:
    'Pull the matching events for the last 30 days and group them by the account, host or address involved; the rare combinations come first',
};

export function logsourcePhrases(ls: Logsource): LogsourcePhrases {
  return (
    (ls.product && ls.category && BY_PRODUCT_CATEGORY[`${ls.product}:${ls.category}`]) ||
    (ls.category && BY_CATEGORY[ls.category]) ||
    (ls.service && BY_SERVICE[ls.service]) ||
    FALLBACK
  );
}

/** "process_creation / windows" style label for the log source, for inline code. */
export function logsourceLabel(ls: Logsource): string {
  return [ls.product, ls.category, ls.service].filter(Boolean).join(' / ');
}

const CLOUD = new Set([
  'azure',
  'aws',
  'gcp',
  'm365',
  'okta',
  'github',
  'bitbucket',
  'kubernetes',
  'onelogin',
  'google_workspace',
]);

/** Cloud, SaaS and identity platforms: hits are about identities and API calls, not hosts and processes. */
export function isCloud(ls: Logsource): boolean {
  return !!ls.product && CLOUD.has(ls.product);
}

/** What hits are counted by, singular and plural. */
export function subjectOf(ls: Logsource): [string, string] {
  if (isCloud(ls)) return ['identity', 'identities'];
  if (['proxy', 'webserver', 'firewall', 'dns'].includes(ls.category ?? '') || ls.product === 'zeek')
    return ['client', 'clients'];
  return ['host', 'hosts'];
}
