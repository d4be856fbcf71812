// Concrete tuning advice per kind of field a rule matches. Field names follow Sigma's taxonomy (Sysmon-style
// for endpoints, the product's own names for cloud logs); the first family whose pattern matches wins.

interface FieldFamily {
  pattern: RegExp;
  /** What such fields hold, plural: "program paths". */
  label: string;
  advice: string;
}

const FAMILIES: FieldFamily[] = [
  {
    pattern: /^(OriginalFileName|Product|Company|Description|FileVersion)$/,
    label: 'PE metadata',
    advice:
      'PE metadata survives renaming, so keep these checks and tune on parent process, path or account instead',
  },
  {
    pattern:
      /^(Image|ParentImage|NewProcessName|ParentProcessName|SourceImage|TargetImage|ProcessName|Application|CallerProcessName|exe|comm|ProcessPath)$/i,
    label: 'programs',
    advice:
      'exclude a known-good program by its full path together with its signer or hash, never by file name alone, because attackers copy and rename tools',
  },
  {
    pattern: /CommandLine|^a\d$|^argv/i,
    label: 'arguments',
    advice:
      'exclude on a stable, distinctive part of the legitimate invocation (a script path, a product switch), not the whole line, since temporary paths and GUIDs change from run to run',
  },
  {
    pattern: /^(TargetObject|Details|NewName|ObjectName|ObjectValueName|KeyName)$/,
    label: 'registry keys and values',
    advice:
      'exclude by the writing process plus the exact key, and keep the check on the value data, since installers write the same keys with their own data',
  },
  {
    pattern: /^(TargetFilename|FileName|FilePath|SourceFilename|RelativeTargetName|ShareName|path|name)$/i,
    label: 'file paths',
    advice:
      'exclude by the writing process and a precise folder (an updater’s cache, a build directory), not by a broad wildcard over user folders',
  },
  {
    pattern: /^(ImageLoaded|Signature|SignatureStatus|Signed|Hashes|Imphash|md5|sha1|sha256)$/i,
    label: 'binary identity',
    advice:
      'exclude a specific signer or hash that you have verified, and revisit the exclusion when the vendor ships a new version',
  },
  {
    pattern:
      /^(DestinationHostname|DestinationIp|DestinationPort|QueryName|QueryResults|dst_ip|dst_port|c-uri|cs-host|cs-uri|r-dns|query|c-useragent|cs-user-agent|url|SourceIp|src_ip|ipAddress|ClientIP|IpAddress|sourceIPAddress)$/i,
    label: 'network endpoints',
    advice:
      'allow-list the addresses and domains your organisation uses on purpose (sanctioned services, update servers, scanners), and review the list as it ages',
  },
  {
    pattern:
      /^(User|SubjectUserName|TargetUserName|AccountName|SubjectUserSid|TargetSid|userIdentity.*|actor.*|principalEmail|UserPrincipalName|Initiated ?By.*|user|uid|euid|auid|LogonType|Caller)$/i,
    label: 'accounts',
    advice:
      'exclude service and automation accounts by SID or object ID (not display name), and only on the hosts or resources where they are expected to act',
  },
  {
    pattern: /^(ScriptBlockText|Payload|ContextInfo|HostApplication|Data)$/,
    label: 'script text',
    advice:
      'exclude a known administrative script by its path or signer, which the log also records, rather than by a fragment of its code',
  },
  {
    pattern:
      /^(eventName|eventSource|operationName|OperationName|methodName|serviceName|eventType|ActivityDisplayName|Category|action|requestParameters.*|properties.*)$/,
    label: 'management operations',
    advice:
      'exclude the deployment identities (pipelines, infrastructure-as-code roles) that perform them as part of automation, by their ID',
  },
  {
    pattern: /^(ServiceName|ServiceFileName|ImagePath|StartType|ServiceType|TaskName|TaskContent)$/,
    label: 'services and tasks',
    advice: 'exclude named entries from known vendors by their binary path and signer together',
  },
  {
    pattern: /^(PipeName)$/,
    label: 'pipe names',
    advice: 'exclude pipes that a product you run is known to create, by the process that creates them',
  },
  {
    pattern: /^(GrantedAccess|CallTrace|StartAddress|StartModule)$/,
    label: 'process access',
    advice:
      'exclude known security, backup and monitoring products by source image and signer, and keep the access check',
  },
  {
    pattern: /^(EventID|EventType|Provider_Name|Channel|Initiated|Protocol)$/,
    label: 'event selection',
    advice: 'leave it as it is and tune on the other fields',
  },
];

export interface FieldAdvice {
  label: string;
  advice: string;
  fields: string[];
}

/** Tuning advice grouped by kind of field, in the order the fields appear; `rest` has fields we know nothing about. */
export function adviceFor(fields: string[]): { groups: FieldAdvice[]; rest: string[] } {
  const groups: FieldAdvice[] = [];
  const rest: string[] = [];
  for (const field of fields) {
    const family = FAMILIES.find((f) => f.pattern.test(field));
    if (!family) {
      rest.push(field);
      continue;
    }
    const group = groups.find((g) => g.label === family.label);
    if (group) group.fields.push(field);
    else groups.push({ label: family.label, advice: family.advice, fields: [field] });
  }
  return { groups, rest };
}
