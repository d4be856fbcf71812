// Our own wording per ATT&CK tactic: what an adversary would be doing, and what would confirm or refute it.
// Two or three openings per tactic; a rule's id picks one, so neighbouring pages read differently.

export interface TacticPhrases {
  /** Hypothesis openings; `{platform}` is replaced by a phrase such as "Windows hosts". */
  claims: string[];
  /** What makes a hit more likely malicious. */
  supports: string;
  /** What points to a benign explanation. */
  refutes: string;
}

const STEALTH: TacticPhrases = {
  claims: [
    'An attacker on {platform} is disguising what they run, or hiding the traces it leaves, so that it passes for routine activity',
    'Activity on {platform} is being made to look legitimate (a trusted binary, a familiar name, an encoded payload) to slip past the people and tools watching',
  ],
  supports: 'a trusted tool doing something outside its usual job, from an unusual parent, path or account',
  refutes: 'the same pattern on many hosts at once from a software distribution or management agent',
};

export const TACTIC_PHRASES: Record<string, TacticPhrases> = {
  reconnaissance: {
    claims: [
      'Someone is gathering information about our organisation or its exposed services ahead of an attack',
      'Our external footprint is being mapped: hosts, services and accounts that could be attacked later',
    ],
    supports: 'a source with no business relationship that probes many targets or endpoints in a short time',
    refutes: 'a scheduled scan by our own security team or an approved vendor',
  },
  'resource-development': {
    claims: [
      'An adversary is preparing infrastructure, accounts or tooling that will be used against us',
      'Capabilities for a later attack are being staged: accounts, certificates, domains or tools',
    ],
    supports: 'newly created resources with no owner, or names that imitate ours',
    refutes: 'a resource that a team can show they requested',
  },
  'initial-access': {
    claims: [
      'An attacker is trying to get a first foothold through an exposed service, a malicious file or a valid account',
      'Someone outside is attempting to break in: through an internet-facing application, a lure opened by a user, or credentials they should not have',
    ],
    supports:
      'a source address, sender or client never seen before, followed quickly by new processes or logons',
    refutes: 'a vulnerability scanner or penetration test announced in advance',
  },
  execution: {
    claims: [
      'An attacker with a foothold on {platform} is running code of their choosing',
      'Commands or payloads are being executed on {platform} by someone who should not be running them',
      'A malicious program or script is being launched on {platform} through a legitimate interpreter or utility',
    ],
    supports:
      'an unusual parent process (an Office application, a web server, a script host) or a user-writable path',
    refutes: 'the same command line coming from a known deployment, build or administration tool',
  },
  persistence: {
    claims: [
      'An intruder is making sure they keep access to {platform} across reboots, logoffs and password changes',
      'Something is being installed on {platform} so that it starts again on its own: an autostart entry, a service, a task or a new account',
    ],
    supports:
      'an autostart item pointing to a file in a temporary or user-writable folder, created soon after a suspicious logon',
    refutes: 'a change that matches a software installation or a configuration baseline',
  },
  'privilege-escalation': {
    claims: [
      'An attacker on {platform} is trying to gain more privileges than the account they started with',
      'A process on {platform} is acquiring rights it was not given: SYSTEM, root, administrator or a more powerful role',
    ],
    supports: 'a low-privileged session that suddenly spawns privileged processes or grants itself roles',
    refutes: 'an administrator performing a documented change from a management workstation',
  },
  'defense-evasion': STEALTH,
  stealth: STEALTH,
  'defense-impairment': {
    claims: [
      'An attacker is switching off, blinding or tampering with security controls and logging on {platform}',
      'Someone is weakening the defences of {platform}: security tools, audit logs or firewall rules',
    ],
    supports:
      'the change made outside a maintenance window, by an account that does not own the control, followed by a gap in telemetry',
    refutes: 'a change ticket for the security product, or the product updating itself',
  },
  'credential-access': {
    claims: [
      'An attacker is harvesting passwords, hashes, tickets or tokens from {platform}',
      'Credential material on {platform} is being read or copied by something that has no reason to touch it',
    ],
    supports:
      'access to credential stores by a process that is not a security product, or many accounts affected at once',
    refutes: 'a backup, password-management or security tool acting as designed',
  },
  discovery: {
    claims: [
      'An intruder is mapping {platform}: accounts, hosts, shares, software and security tools, before they act',
      'Someone on {platform} is asking the system questions an ordinary user seldom asks, to learn the environment',
    ],
    supports:
      'several discovery commands in a burst from one session, especially on a host that had no such activity before',
    refutes: 'an inventory, monitoring or support tool that runs the same queries on a schedule',
  },
  'lateral-movement': {
    claims: [
      'An attacker is moving from one system to another using remote services or stolen credentials on {platform}',
      'A compromised account or host is being used as a stepping stone towards other systems on {platform}',
    ],
    supports: 'a source host or account that does not normally administer the target, at an unusual time',
    refutes: 'a jump server or management tool that administrators use for this every day',
  },
  collection: {
    claims: [
      'An attacker is gathering data of interest on {platform} before taking it out',
      'Sensitive data on {platform} is being gathered in one place: files, mailboxes, clipboard or screen contents',
    ],
    supports: 'data staged into archives or unusual folders, followed by outbound transfers',
    refutes: 'a backup or e-discovery job owned by a known team',
  },
  'command-and-control': {
    claims: [
      'A process on {platform} is talking to infrastructure the attacker controls',
      'Something on {platform} has set up a channel to the outside that an attacker can use to send commands or fetch tools',
    ],
    supports:
      'a destination that is new to the organisation, contacted by a process that does not normally talk to the internet',
    refutes: 'a sanctioned service that the business uses on purpose',
  },
  exfiltration: {
    claims: [
      'An attacker is moving data out of the organisation from {platform}',
      'Data is leaving through {platform} by a route that bypasses the usual controls',
    ],
    supports:
      'volumes larger than the account’s usual transfers, to a destination without a business purpose',
    refutes: 'a sanctioned file-sharing or backup destination',
  },
  impact: {
    claims: [
      'An attacker is disrupting, destroying or holding to ransom systems or data on {platform}',
      'Availability or integrity on {platform} is under attack: deleted backups, encrypted files, stopped services or wiped data',
    ],
    supports: 'many such actions in a short time, or actions against backups and recovery settings',
    refutes: 'planned decommissioning or maintenance with an owner',
  },
};

const GENERIC: TacticPhrases = {
  claims: [
    'The activity this rule describes is happening on {platform} and no owner or change explains it',
    'Someone is performing the behaviour below on {platform} without a business reason',
  ],
  supports: 'the activity coming from an account, host or process that has never done it before',
  refutes: 'an owner who recognises the activity and can point to the change that caused it',
};

// Cloud, SaaS and identity log sources have no processes or paths: their own signs for and against.
const CLOUD_DEFAULT = {
  supports:
    'an identity doing this for the first time, from a new address, user agent or location, or outside its usual hours',
  refutes: 'a deployment pipeline or an administrator whose change is on record',
};

const CLOUD_BY_TACTIC: Record<string, { supports: string; refutes: string }> = {
  'credential-access': {
    supports:
      'many accounts or secrets touched by one identity, or tokens used from an address the user never had',
    refutes: 'a confirmed sign-in by the user from a new device or network',
  },
  persistence: {
    supports: 'new credentials, roles or applications added to an identity shortly after a risky sign-in',
    refutes: 'an onboarding or infrastructure change with a ticket and an owner',
  },
  'privilege-escalation': {
    supports: 'an identity granting itself, or an account it controls, a more powerful role',
    refutes: 'a privileged-access request that was approved through the usual process',
  },
  'defense-impairment': {
    supports:
      'logging, alerting or protection switched off by an identity that does not own it, followed by other changes',
    refutes: 'a planned change to the logging or security configuration, with a ticket',
  },
  impact: {
    supports: 'many resources deleted or changed in a short time by one identity',
    refutes: 'a planned decommissioning with an owner',
  },
};

export function tacticPhrases(tactics: string[], cloud = false): TacticPhrases {
  const tactic = tactics.find((t) => TACTIC_PHRASES[t]);
  const phrases = tactic ? TACTIC_PHRASES[tactic]! : GENERIC;
  if (!cloud) return phrases;
  return { ...phrases, ...((tactic && CLOUD_BY_TACTIC[tactic]) || CLOUD_DEFAULT) };
}
