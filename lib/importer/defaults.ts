// Defaults wired to the rest of the project: ATT&CK names and the converter's table choice.
import { attack } from '@/lib/attack';
import { convertToKql } from '@/lib/sigma';
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

/** The converter's status, and the table of its primary query (none when the rule does not convert). */
export function defaultTableChooser(): TableChooser {
  return (ir) => {
    const result = convertToKql(ir);
    return { status: result.status, table: result.status === 'ok' ? result.queries[0]?.table : undefined };
  };
}
