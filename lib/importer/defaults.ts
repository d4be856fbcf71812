// Defaults wired to the rest of the project: ATT&CK names and the converter's table choice.
import { attack } from '@/lib/attack';
import type { TableChooser } from './engine';
import { tacticTitle } from './prose/attack-context';
import type { AttackNames } from './prose/types';

/** Names from the project's ATT&CK table plus its newer-release overlay; unknown IDs stay unnamed. */
export function defaultAttackNames(): AttackNames {
  return {
    technique: (id) => attack.technique(id)?.name || undefined,
    tactic: (shortName) => attack.tactic(shortName)?.name || tacticTitle(shortName),
  };
}

export function defaultTableChooser(): TableChooser | undefined {
  return undefined;
}
