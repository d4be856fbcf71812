// The project's own compact ATT&CK table (lib/attack/data/enterprise.json), written by scripts/attack-update.ts
// from an official STIX bundle. Facts only: IDs, names, tactics, links, flags. No descriptions.
// Booleans instead of string unions so the committed JSON type-checks against these types on import.

export interface TacticRow {
  /** TA0002 */
  id: string;
  /** execution (the kill-chain phase name rule tags use) */
  shortName: string;
  name: string;
  deprecated?: boolean;
  /** Active parent techniques of this tactic, sorted by name as on attack.mitre.org. */
  techniques: string[];
}

export interface TechniqueRow {
  /** T1059 or T1059.001 */
  id: string;
  name: string;
  /** Tactic short names; empty for revoked objects (their phases are stale). */
  tactics: string[];
  platforms: string[];
  /** For a sub-technique: its parent technique ID. */
  parent?: string;
  /** For a technique: its active sub-techniques, by ID. */
  subtechniques?: string[];
  revoked?: boolean;
  /** From the bundle's revoked-by relationship, when the bundle has one. */
  revokedBy?: string;
  deprecated?: boolean;
}

export interface NamedRow {
  /** G0016, S0002 */
  id: string;
  name: string;
  revoked?: boolean;
  revokedBy?: string;
  deprecated?: boolean;
}

export interface AttackTable {
  format: number;
  domain: string;
  /** ATT&CK content version, e.g. "18.1". */
  version: string;
  /** Where the table came from: a file name or URL, its sha256, and the newest `modified` among its objects. */
  source: { name: string; sha256: string; modified: string };
  /** MITRE's copyright statement from the bundle's marking definition. */
  notice: string;
  termsUrl: string;
  /** In matrix order. */
  tactics: TacticRow[];
  techniques: TechniqueRow[];
  groups: NamedRow[];
  software: NamedRow[];
}
