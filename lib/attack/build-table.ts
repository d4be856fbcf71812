// STIX 2.x Enterprise bundle → the project's compact table. Pure: no fs, no network (the script does I/O).
// Reads only what the table keeps; tolerates what a bundle may lack (relationships, groups, software,
// the collection object) and reports what it cannot do without.

import type { AttackTable, NamedRow, TacticRow, TechniqueRow } from './types';

export type BuildProblemCode =
  | 'NOT_A_BUNDLE'
  | 'NO_MATRIX'
  | 'NO_VERSION'
  | 'UNKNOWN_TACTIC_REF'
  | 'DUPLICATE_ID'
  | 'NO_NOTICE'
  | 'NO_REVOKED_BY';

export interface BuildProblem {
  code: BuildProblemCode;
  message: string;
}

export interface BuildResult {
  value?: AttackTable;
  errors: BuildProblem[];
  warnings: BuildProblem[];
}

export interface BuildOptions {
  /** Name recorded as the source (file base name or URL). */
  sourceName: string;
  sha256: string;
  /** Used when the bundle has no x-mitre-collection object carrying the version. */
  attackVersion?: string;
}

export const TABLE_FORMAT = 1;
const DOMAIN = 'enterprise-attack';
const TERMS_URL = 'https://attack.mitre.org/resources/terms-of-use/';

type Stix = Record<string, unknown> & { type: string; id: string };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

function attackId(o: Stix): string | undefined {
  const refs = Array.isArray(o.external_references) ? o.external_references : [];
  for (const r of refs) {
    if (r && typeof r === 'object' && r.source_name === 'mitre-attack' && typeof r.external_id === 'string') {
      return r.external_id;
    }
  }
  return undefined;
}

const isActive = (o: Stix) => o.revoked !== true && o.x_mitre_deprecated !== true;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function buildAttackTable(bundle: unknown, options: BuildOptions): BuildResult {
  const errors: BuildProblem[] = [];
  const warnings: BuildProblem[] = [];
  const objects =
    bundle && typeof bundle === 'object' ? (bundle as { objects?: unknown }).objects : undefined;
  if (!Array.isArray(objects)) {
    return { errors: [{ code: 'NOT_A_BUNDLE', message: 'not a STIX bundle: no "objects" array' }], warnings };
  }
  const all = objects.filter(
    (o): o is Stix => !!o && typeof o === 'object' && typeof o.type === 'string' && typeof o.id === 'string',
  );
  const ofType = (...types: string[]) => all.filter((o) => types.includes(o.type));

  const matrix =
    ofType('x-mitre-matrix').find((m) => attackId(m) === DOMAIN && isActive(m)) ??
    ofType('x-mitre-matrix')[0];
  if (!matrix) errors.push({ code: 'NO_MATRIX', message: 'the bundle has no x-mitre-matrix object' });

  const collection = ofType('x-mitre-collection')[0];
  const version = str(collection?.x_mitre_version) ?? options.attackVersion;
  if (!version) {
    errors.push({
      code: 'NO_VERSION',
      message: 'the bundle has no x-mitre-collection object with x_mitre_version: pass --attack-version',
    });
  }

  const marking = ofType('marking-definition').find((m) => {
    const def = m.definition as { statement?: unknown } | undefined;
    return typeof def?.statement === 'string' && /MITRE/.test(def.statement);
  });
  const notice = str((marking?.definition as { statement?: unknown } | undefined)?.statement);
  if (!notice)
    warnings.push({ code: 'NO_NOTICE', message: 'no MITRE copyright marking-definition in the bundle' });

  // Revoked-by relationships: STIX id of the revoked object → STIX id of its replacement.
  const revokedByStix = new Map<string, string>();
  for (const r of ofType('relationship')) {
    const src = str(r.source_ref);
    const dst = str(r.target_ref);
    if (r.relationship_type === 'revoked-by' && src && dst) revokedByStix.set(src, dst);
  }
  const idOfStix = new Map<string, string>();
  for (const o of all) {
    const id = attackId(o);
    if (id) idOfStix.set(o.id, id);
  }

  const keep = <T extends { id: string }>(kind: string, rows: Map<string, T>, o: Stix, row: T) => {
    const existing = rows.get(row.id);
    if (existing) {
      const activeWins = isActive(o);
      warnings.push({
        code: 'DUPLICATE_ID',
        message: `${kind} ${row.id} appears twice; keeping the ${activeWins ? 'active' : 'first'} one`,
      });
      if (!activeWins) return;
    }
    rows.set(row.id, row);
  };
  const revokedBy = (o: Stix) => {
    const target = revokedByStix.get(o.id);
    return target ? idOfStix.get(target) : undefined;
  };
  const flags = (o: Stix) => ({
    ...(o.revoked === true ? { revoked: true as const } : {}),
    ...(o.revoked === true && revokedBy(o) ? { revokedBy: revokedBy(o) } : {}),
    ...(o.x_mitre_deprecated === true ? { deprecated: true as const } : {}),
  });

  const techniques = new Map<string, TechniqueRow>();
  for (const o of ofType('attack-pattern')) {
    const id = attackId(o);
    const name = str(o.name);
    if (!id || !name) continue;
    const phases = Array.isArray(o.kill_chain_phases) ? o.kill_chain_phases : [];
    const tactics =
      o.revoked === true
        ? []
        : phases
            .filter((p) => p && p.kill_chain_name === 'mitre-attack' && typeof p.phase_name === 'string')
            .map((p) => p.phase_name as string);
    const dot = id.indexOf('.');
    const row: TechniqueRow = {
      id,
      name,
      tactics,
      platforms: o.revoked === true ? [] : strings(o.x_mitre_platforms),
      ...(dot > 0 ? { parent: id.slice(0, dot) } : {}),
      ...flags(o),
    };
    keep('technique', techniques, o, row);
  }
  const revokedCount = [...techniques.values()].filter((t) => t.revoked).length;
  if (revokedCount > 0 && revokedByStix.size === 0) {
    warnings.push({
      code: 'NO_REVOKED_BY',
      message: `${revokedCount} revoked techniques but no revoked-by relationships: replacements unknown`,
    });
  }
  for (const t of techniques.values()) {
    if (!t.parent || t.revoked || t.deprecated) continue;
    const parent = techniques.get(t.parent);
    if (parent) (parent.subtechniques ??= []).push(t.id);
  }
  for (const t of techniques.values()) t.subtechniques?.sort();

  const tacticsByStix = new Map(ofType('x-mitre-tactic').map((o) => [o.id, o]));
  const tactics: TacticRow[] = [];
  for (const ref of matrix ? strings(matrix.tactic_refs) : []) {
    const o = tacticsByStix.get(ref);
    const id = o && attackId(o);
    const shortName = o && str(o.x_mitre_shortname);
    const name = o && str(o.name);
    if (!o || !id || !shortName || !name) {
      errors.push({
        code: 'UNKNOWN_TACTIC_REF',
        message: `matrix tactic_ref ${ref} is not a tactic in the bundle`,
      });
      continue;
    }
    const members = [...techniques.values()]
      .filter((t) => !t.parent && !t.revoked && !t.deprecated && t.tactics.includes(shortName))
      .sort(byName)
      .map((t) => t.id);
    tactics.push({
      id,
      shortName,
      name,
      ...(o.x_mitre_deprecated === true ? { deprecated: true } : {}),
      techniques: members,
    });
  }

  const named = (kind: string, types: string[]) => {
    const rows = new Map<string, NamedRow>();
    for (const o of ofType(...types)) {
      const id = attackId(o);
      const name = str(o.name);
      if (id && name) keep(kind, rows, o, { id, name, ...flags(o) });
    }
    return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
  };

  const modified = all.reduce((max, o) => {
    const m = str(o.modified);
    return m && m > max ? m : max;
  }, '');

  if (errors.length > 0 || !version) return { errors, warnings };
  return {
    value: {
      format: TABLE_FORMAT,
      domain: DOMAIN,
      version,
      source: { name: options.sourceName, sha256: options.sha256, modified },
      notice: notice ?? '',
      termsUrl: TERMS_URL,
      tactics,
      techniques: [...techniques.values()].sort((a, b) => a.id.localeCompare(b.id)),
      groups: named('group', ['intrusion-set']),
      software: named('software', ['malware', 'tool']),
    },
    errors,
    warnings,
  };
}

/** One row per line: small, reviewable diffs when MITRE updates the data. */
export function serializeAttackTable(table: AttackTable): string {
  const rows = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  const { tactics, techniques, groups, software, ...head } = table;
  const headLines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return (
    `{\n${headLines.join(',\n')},\n` +
    `  "tactics": ${rows(tactics)},\n  "techniques": ${rows(techniques)},\n` +
    `  "groups": ${rows(groups)},\n  "software": ${rows(software)}\n}\n`
  );
}
