// Sigma `attack.*` tag → what it names in the ATT&CK data. Never throws: any string gets an answer, and tags the
// data does not know are reported as such (with a link when the ID form tells us where MITRE keeps it).

import type { AttackIndex } from './attack-index';
import type { NamedRow } from './types';
import { groupUrl, softwareUrl, tacticUrl, techniqueUrl } from './urls';

export type TagKind = 'technique' | 'subtechnique' | 'tactic' | 'group' | 'software' | 'unknown';

/**
 * current: active in the data. revoked / deprecated: flagged so in the data.
 * newer-than-data: ID-shaped or overlay-known but absent from the data (SigmaHQ tags a newer release).
 * unknown: not an ATT&CK tag we can place, or the data carries no objects of that kind to check against.
 */
export type TagStatus = 'current' | 'revoked' | 'deprecated' | 'newer-than-data' | 'unknown';

export interface TagTarget {
  kind: TagKind;
  id: string;
  name?: string;
  url: string;
}

export interface ResolvedTag {
  /** The tag as given. */
  tag: string;
  kind: TagKind;
  /** Normalised ID (T1059.001, TA0002, G0016); for kind unknown, the text after `attack.`. */
  id: string;
  name?: string;
  status: TagStatus;
  /** attack.mitre.org page; absent only for kind unknown. */
  url?: string;
  /** Revoked: what replaced it, when known (revoked-by relationship, else the overlay's successor list). */
  replacedBy?: TagTarget;
  /** For a tactic tag: its short name. */
  shortName?: string;
  /** Known from the newer-release overlay rather than the data. */
  fromOverlay?: boolean;
  /** Overlay facts: the IDs this one took over in the data's release. */
  previously?: string[];
}

const TECHNIQUE = /^t\d{4}(\.\d{3})?$/;
const MAX_CHAIN = 10;

export function resolveAttackTag(index: AttackIndex, tag: string): ResolvedTag {
  try {
    return resolve(index, tag);
  } catch {
    // Only a malformed table could get here; a tag must still never break a page.
    return { tag, kind: 'unknown', id: String(tag), status: 'unknown' };
  }
}

function resolve(index: AttackIndex, tag: string): ResolvedTag {
  const text = String(tag).trim().toLowerCase();
  if (!text.startsWith('attack.')) return { tag, kind: 'unknown', id: String(tag).trim(), status: 'unknown' };
  const rest = text.slice('attack.'.length);

  if (TECHNIQUE.test(rest)) return resolveTechnique(index, tag, rest.toUpperCase());
  if (/^ta\d{4}$/.test(rest)) return resolveTactic(index, tag, rest);
  if (/^g\d{4}$/.test(rest)) {
    return resolveNamed(tag, 'group', rest.toUpperCase(), index.group(rest), index.hasGroups, groupUrl);
  }
  if (/^s\d{4}$/.test(rest)) {
    return resolveNamed(
      tag,
      'software',
      rest.toUpperCase(),
      index.software(rest),
      index.hasSoftware,
      softwareUrl,
    );
  }
  if (/^[a-z][a-z_-]*$/.test(rest)) return resolveTactic(index, tag, rest);
  return { tag, kind: 'unknown', id: rest.toUpperCase(), status: 'unknown' };
}

function resolveTechnique(index: AttackIndex, tag: string, id: string): ResolvedTag {
  const kind: TagKind = id.includes('.') ? 'subtechnique' : 'technique';
  const t = index.technique(id);
  const base = { tag, kind, id, url: techniqueUrl(id) };
  if (!t) return { ...base, status: 'newer-than-data' };
  if (t.source === 'overlay') {
    return {
      ...base,
      ...(t.name ? { name: t.name } : {}),
      status: 'newer-than-data',
      fromOverlay: true,
      previously: t.previously ?? [],
    };
  }
  if (t.revoked) {
    const replacement = replacementOf(index, id);
    return { ...base, name: t.name, status: 'revoked', ...(replacement ? { replacedBy: replacement } : {}) };
  }
  return { ...base, name: t.name, status: t.deprecated ? 'deprecated' : 'current' };
}

/** Follows revoked-by links to an unrevoked technique; falls back to a single overlay successor. */
function replacementOf(index: AttackIndex, id: string): TagTarget | undefined {
  let current = index.technique(id);
  for (let i = 0; i < MAX_CHAIN && current?.revoked; i++) {
    const next: string | undefined = current.revokedBy ?? soleSuccessor(index, current.id);
    if (!next) return undefined;
    current = index.technique(next);
    if (!current) {
      return { kind: next.includes('.') ? 'subtechnique' : 'technique', id: next, url: techniqueUrl(next) };
    }
  }
  if (!current || current.revoked) return undefined;
  return {
    kind: current.parent ? 'subtechnique' : 'technique',
    id: current.id,
    ...(current.name ? { name: current.name } : {}),
    url: current.url,
  };
}

function soleSuccessor(index: AttackIndex, id: string): string | undefined {
  const s = index.successorsOf(id);
  return s.length === 1 ? s[0]!.id : undefined;
}

function resolveTactic(index: AttackIndex, tag: string, key: string): ResolvedTag {
  const t = index.tactic(key);
  if (!t) {
    if (/^ta\d{4}$/.test(key)) {
      const id = key.toUpperCase();
      return { tag, kind: 'tactic', id, status: 'newer-than-data', url: tacticUrl(id) };
    }
    return { tag, kind: 'unknown', id: key, status: 'unknown' };
  }
  const fromOverlay = t.source === 'overlay';
  return {
    tag,
    kind: 'tactic',
    id: t.id,
    name: t.name,
    shortName: t.shortName,
    url: t.url,
    status: fromOverlay ? 'newer-than-data' : t.deprecated ? 'deprecated' : 'current',
    ...(fromOverlay ? { fromOverlay } : {}),
  };
}

function resolveNamed(
  tag: string,
  kind: 'group' | 'software',
  id: string,
  row: NamedRow | undefined,
  dataHasKind: boolean,
  url: (id: string) => string,
): ResolvedTag {
  if (!row) return { tag, kind, id, url: url(id), status: dataHasKind ? 'newer-than-data' : 'unknown' };
  const replacement =
    row.revoked && row.revokedBy ? { kind, id: row.revokedBy, url: url(row.revokedBy) } : undefined;
  return {
    tag,
    kind,
    id,
    name: row.name,
    url: url(id),
    status: row.revoked ? 'revoked' : row.deprecated ? 'deprecated' : 'current',
    ...(replacement ? { replacedBy: replacement } : {}),
  };
}
