// ASIM parsers for network events: sessions, DNS and web (proxy, web server).
import type { TableTarget } from './types';

/** The local process of an endpoint session: the source when it connected out, the destination when it accepted. */
const LOCAL_PROCESS = 'iff(NetworkDirection == "Inbound", DstProcessName, SrcProcessName)';

export const asimNetworkSession: TableTarget = {
  variant: 'ASIM',
  table: 'imNetworkSession',
  filters: [],
  fields: {
    // Sysmon's Initiated says whether this host opened the connection; ASIM says so with the direction.
    Initiated: { column: 'NetworkDirection', values: { true: 'Outbound', false: 'Inbound' } },
    Image: { column: 'LocalProcess', compute: LOCAL_PROCESS },
    DestinationHostname: { column: 'DstHostname' },
    DestinationIp: { column: 'DstIpAddr' },
    DestinationPort: { column: 'DstPortNumber' },
    DestinationIsIpv6: { column: 'NetworkProtocolVersion', values: { true: 'IPv6', false: 'IPv4' } },
    SourceHostname: { column: 'SrcHostname' },
    SourceIp: { column: 'SrcIpAddr' },
    SourcePort: { column: 'SrcPortNumber' },
    SourceIsIpv6: { column: 'NetworkProtocolVersion', values: { true: 'IPv6', false: 'IPv4' } },
    Protocol: { column: 'NetworkProtocol' },
    dst_ip: { column: 'DstIpAddr' },
    dst_port: { column: 'DstPortNumber' },
    src_ip: { column: 'SrcIpAddr' },
    src_port: { column: 'SrcPortNumber' },
  },
};

export const asimDns: TableTarget = {
  variant: 'ASIM',
  table: '_Im_Dns',
  filters: [],
  fields: {
    QueryName: { column: 'DnsQuery' },
    query: { column: 'DnsQuery' },
    Image: { column: 'SrcProcessName' },
  },
};

export const asimWebSession: TableTarget = {
  variant: 'ASIM',
  table: 'imWebSession',
  filters: [],
  fields: {
    'c-uri': { column: 'Url' },
    'c-useragent': { column: 'HttpUserAgent' },
    'cs-user-agent': { column: 'HttpUserAgent' },
    'cs-host': { column: 'HttpHost' },
    'cs-method': { column: 'HttpRequestMethod' },
    'cs-referrer': { column: 'HttpReferrer' },
    'cs-referer': { column: 'HttpReferrer' },
    'sc-status': { column: 'HttpStatusCode' },
    'c-ip': { column: 'SrcIpAddr' },
    dst_ip: { column: 'DstIpAddr' },
  },
};
