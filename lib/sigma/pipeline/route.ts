// Log source → the tables that hold its events. ASIM first; native tables where ASIM has no schema or
// cannot express a field; the Defender XDR Device* tables as a second variant.
import type { IrLogsource } from '../ir/types';
import { ASIM_FILE, ASIM_REGISTRY, asimProcessCreate } from './asim-endpoint';
import { asimDns, asimNetworkSession, asimWebSession } from './asim-network';
import {
  aksAudit,
  awsCloudTrail,
  azureActivity,
  azureAuditLogs,
  azureRiskDetection,
  azureSignIns,
  gcpAudit,
  m365Audit,
} from './cloud';
import { DEFENDER_TARGETS } from './defender-xdr';
import { syslogTarget } from './linux';
import type { PipelineNote, Route, TableTarget } from './types';
import { WINDOWS_CHANNELS } from './windows-channels';
import {
  eventTableTarget,
  powershellTarget,
  securityEventTarget,
  sysmonTarget,
  windowsEventTarget,
} from './windows-events';
import { own } from '../own';

const present = (...targets: (TableTarget | undefined)[]): TableTarget[] =>
  targets.filter((t): t is TableTarget => !!t);

function platformNote(target: TableTarget, product: string): TableTarget {
  const os = product === 'linux' ? 'Linux' : 'macOS';
  const detail = `not limited to ${os} hosts: ${target.table} holds events of every platform`;
  return { ...target, notes: [...(target.notes ?? []), { code: 'BROADER_MATCH', detail }] };
}

/** Classic PowerShell (Windows PowerShell log) categories → their event ID. */
const CLASSIC_POWERSHELL: Readonly<Record<string, number>> = {
  ps_classic_start: 400,
  ps_classic_provider_start: 600,
  ps_classic_script: 800,
};

/** Categories that ASIM covers on every OS (Sysmon for Linux, MDE for macOS feed the same parsers). */
function asimFor(category: string): TableTarget | undefined {
  if (category === 'process_creation') return asimProcessCreate;
  if (category === 'network_connection') return asimNetworkSession;
  if (category === 'dns_query' || category === 'dns') return asimDns;
  if (category === 'proxy' || category === 'webserver') return asimWebSession;
  return own(ASIM_FILE, category) ?? own(ASIM_REGISTRY, category);
}

function windowsRoute(ls: IrLogsource): Route | undefined {
  const { category, service } = ls;
  if (category) {
    // Sysmon's own events in WindowsEvent come after ASIM: they hold every Sysmon field by its Sigma name.
    const classic = own(CLASSIC_POWERSHELL, category);
    const primary = present(
      asimFor(category),
      sysmonTarget(category),
      powershellTarget(category),
      classic === undefined
        ? undefined
        : eventTableTarget(WINDOWS_CHANNELS['powershell-classic'] ?? [], [classic]),
    );
    return primary.length ? { primary, defender: own(DEFENDER_TARGETS, category) } : undefined;
  }
  if (!service) return undefined;
  const channels = own(WINDOWS_CHANNELS, service);
  if (!channels) return undefined;
  const events = windowsEventTarget(channels);
  if (service === 'security') return { primary: [securityEventTarget, events] };
  // Classic events with unnamed data: the rendered message in Event is the only place their text is kept.
  return { primary: [events, eventTableTarget(channels)] };
}

function cloudRoute(ls: IrLogsource): TableTarget | undefined {
  const key = `${ls.product}/${ls.service ?? ''}`;
  const targets: Record<string, TableTarget> = {
    'aws/cloudtrail': awsCloudTrail,
    'azure/activitylogs': azureActivity,
    'azure/auditlogs': azureAuditLogs,
    'azure/signinlogs': azureSignIns,
    'azure/riskdetection': azureRiskDetection,
    'm365/audit': m365Audit,
    'gcp/gcp.audit': gcpAudit,
    'kubernetes/audit': aksAudit,
  };
  return own(targets, key);
}

/** The route for a log source, or why there is none. */
export function routeLogsource(ls: IrLogsource): Route | PipelineNote {
  const route = resolve(ls);
  if (route) return route;
  const parts = [
    ls.product && `product: ${ls.product}`,
    ls.category && `category: ${ls.category}`,
    ls.service && `service: ${ls.service}`,
  ];
  return { code: 'UNMAPPED_LOGSOURCE', detail: parts.filter(Boolean).join(', ') || 'empty logsource' };
}

function resolve(ls: IrLogsource): Route | undefined {
  const { product, category, service } = ls;
  if (product === 'windows') return windowsRoute(ls);
  if (product === 'linux' || product === 'macos') {
    if (category) {
      // MDE for Linux and macOS writes the same Device* tables. Neither those nor ASIM have a column that
      // reliably names the OS, so the query is not narrowed to the rule's platform: say so.
      const asim = asimFor(category);
      const defender = own(DEFENDER_TARGETS, category);
      return asim
        ? { primary: [platformNote(asim, product)], defender: defender && platformNote(defender, product) }
        : undefined;
    }
    if (product === 'linux') {
      const syslog = syslogTarget(service);
      return syslog ? { primary: [syslog] } : undefined;
    }
    return undefined;
  }
  if (product === undefined && category && !service) {
    // Product-neutral categories: network devices and web servers of any make, normalised by ASIM.
    if (['proxy', 'webserver', 'dns'].includes(category)) {
      const asim = asimFor(category);
      return asim ? { primary: [asim] } : undefined;
    }
    return undefined;
  }
  // Kubernetes audit rules name category application or none: the service says what they read.
  if (category && !(product === 'kubernetes' && category === 'application')) return undefined;
  const cloud = cloudRoute(ls);
  return cloud ? { primary: [cloud] } : undefined;
}
