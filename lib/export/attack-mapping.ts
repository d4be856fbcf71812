import type { ExportProblem, SentinelTactic } from './types';

// Sigma tactic names -> Sentinel's tactic enum. ATT&CK v19 retired Defense Evasion and split it into Stealth and
// Defense Impairment; Sentinel's enum predates that, so both land on DefenseEvasion (the tactic they came from).
const TACTICS: Record<string, SentinelTactic> = {
  reconnaissance: 'Reconnaissance',
  'resource-development': 'ResourceDevelopment',
  'initial-access': 'InitialAccess',
  execution: 'Execution',
  persistence: 'Persistence',
  'privilege-escalation': 'PrivilegeEscalation',
  'defense-evasion': 'DefenseEvasion',
  stealth: 'DefenseEvasion',
  'defense-impairment': 'DefenseEvasion',
  'credential-access': 'CredentialAccess',
  discovery: 'Discovery',
  'lateral-movement': 'LateralMovement',
  collection: 'Collection',
  exfiltration: 'Exfiltration',
  'command-and-control': 'CommandAndControl',
  impact: 'Impact',
  'impair-process-control': 'ImpairProcessControl',
  'inhibit-response-function': 'InhibitResponseFunction',
};

// ATT&CK v19 techniques that Sentinel (on an older ATT&CK release) does not know, and the v18 technique(s) each
// replaced, from the ATT&CK v19 change notes. Exporting the v18 IDs keeps the rule on Sentinel's MITRE page.
// v19 IDs without a known predecessor are exported as they are (the API checks the format, not the catalog).
const V19_PREDECESSORS: Record<string, string[]> = {
  T1685: ['T1562.001', 'T1562.006'],
  'T1685.001': ['T1562.002'],
  'T1685.002': ['T1562.008'],
  'T1685.005': ['T1070.001'],
  'T1685.006': ['T1070.002'],
  T1686: ['T1562.004'],
  'T1686.001': ['T1562.007'],
  T1689: ['T1562.010'],
  'T1684.001': ['T1656'],
};

/** The v18 techniques a v19 technique replaced (for tests and callers that show the mapping). */
export function v19Predecessors(id: string): readonly string[] | undefined {
  return V19_PREDECESSORS[id];
}

/** Sentinel's name for one Sigma tactic, or undefined when Sentinel has none. */
export function sentinelTactic(tactic: string): SentinelTactic | undefined {
  return TACTICS[tactic.toLowerCase()];
}

/**
 * Adds the tactics the exported techniques belong to (by the caller's ATT&CK data), as Sentinel's analytics
 * rule templates carry them: every technique's tactics are among the rule's tactics.
 */
export function completeTactics(
  tactics: SentinelTactic[],
  techniqueIds: readonly string[],
  tacticsOf: (techniqueId: string) => readonly string[],
  warnings: ExportProblem[],
): SentinelTactic[] {
  const out = [...tactics];
  for (const id of techniqueIds) {
    for (const name of tacticsOf(id)) {
      const tactic = sentinelTactic(name);
      if (!tactic || out.includes(tactic)) continue;
      out.push(tactic);
      warnings.push({
        code: 'TACTIC_ADDED',
        message: `Tactic ${tactic} was added: technique ${id} belongs to it, and Sentinel expects a rule's tactics to cover its techniques.`,
      });
    }
  }
  return out;
}

const TECHNIQUE = /^T\d{4}$/;
const SUB_TECHNIQUE = /^T\d{4}\.\d{3}$/;

export function sentinelTactics(tactics: readonly string[], warnings: ExportProblem[]): SentinelTactic[] {
  const out: SentinelTactic[] = [];
  for (const tactic of tactics) {
    const mapped = TACTICS[tactic.toLowerCase()];
    if (!mapped) {
      warnings.push({
        code: 'UNKNOWN_TACTIC',
        message: `Tactic "${tactic}" has no Sentinel equivalent and was left out.`,
      });
      continue;
    }
    if (tactic === 'stealth' || tactic === 'defense-impairment') {
      warnings.push({
        code: 'TACTIC_MAPPED',
        message: `ATT&CK v19 tactic "${tactic}" is exported as DefenseEvasion, which Sentinel knows.`,
      });
    }
    if (!out.includes(mapped)) out.push(mapped);
  }
  return out;
}

export interface SentinelTechniques {
  techniques: string[];
  subTechniques: string[];
}

/**
 * Splits technique IDs the way the API wants them: `techniques` holds T#### only (it rejects T####.###), and
 * each sub-technique goes to `subTechniques` with its parent added to `techniques`.
 */
export function sentinelTechniques(ids: readonly string[], warnings: ExportProblem[]): SentinelTechniques {
  const techniques: string[] = [];
  const subTechniques: string[] = [];
  const add = (id: string) => {
    if (SUB_TECHNIQUE.test(id)) {
      if (!subTechniques.includes(id)) subTechniques.push(id);
      const parent = id.slice(0, 5);
      if (!techniques.includes(parent)) techniques.push(parent);
    } else if (!techniques.includes(id)) {
      techniques.push(id);
    }
  };
  for (const raw of ids) {
    const id = raw.trim().toUpperCase();
    if (!TECHNIQUE.test(id) && !SUB_TECHNIQUE.test(id)) {
      warnings.push({
        code: 'INVALID_TECHNIQUE',
        message: `"${raw}" is not an ATT&CK technique ID and was left out.`,
      });
      continue;
    }
    const predecessors = V19_PREDECESSORS[id];
    if (predecessors) {
      warnings.push({
        code: 'TECHNIQUE_MAPPED',
        message: `ATT&CK v19 technique ${id} is exported as ${predecessors.join(', ')} (its ATT&CK v18 equivalent), which Sentinel knows.`,
      });
      predecessors.forEach(add);
    } else {
      add(id);
    }
  }
  return { techniques, subTechniques };
}
