import { TACTICS } from './schema';
import type { Rule } from './types';

// A first coverage index from the rules' own tags. A technique is listed under each tactic its rules name;
// the ATT&CK data (lib/attack) will later decide the technique-to-tactic mapping.

export interface CoveredTechnique {
  id: string;
  rules: { slug: string; title: string; level: Rule['level'] }[];
}

export interface TacticCoverage {
  /** Sigma short name, or '' for techniques whose rules name no tactic. */
  tactic: string;
  name: string;
  techniques: CoveredTechnique[];
  ruleCount: number;
}

const SMALL_WORDS = new Set(['and', 'or', 'of']);

/** "command-and-control" -> "Command and Control". */
export function tacticName(shortName: string): string {
  return shortName
    .split('-')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

function compareTechnique(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Techniques covered, grouped by tactic in ATT&CK order, each with the rules that cover it. */
export function coverageByTactic(rules: readonly Rule[]): TacticCoverage[] {
  const groups = new Map<string, Map<string, CoveredTechnique>>();
  for (const rule of rules) {
    const tactics = rule.attack.tactics.length > 0 ? rule.attack.tactics : [''];
    for (const tactic of tactics) {
      const techniques = groups.get(tactic) ?? new Map<string, CoveredTechnique>();
      groups.set(tactic, techniques);
      for (const id of rule.attack.techniques) {
        const entry = techniques.get(id) ?? { id, rules: [] };
        entry.rules.push({ slug: rule.slug, title: rule.title, level: rule.level });
        techniques.set(id, entry);
      }
    }
  }
  const order = [...TACTICS, ''] as string[];
  return [...groups.entries()]
    .filter(([, techniques]) => techniques.size > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([tactic, techniques]) => {
      const list = [...techniques.values()].sort((a, b) => compareTechnique(a.id, b.id));
      const ruleCount = new Set(list.flatMap((t) => t.rules.map((r) => r.slug))).size;
      return { tactic, name: tactic ? tacticName(tactic) : 'No tactic named', techniques: list, ruleCount };
    });
}
