import type { RuleMetadata } from '../rule-metadata';
import type { DetectionValues } from './detection-values';

/** Names for ATT&CK IDs; undefined when the shipped ATT&CK data does not know the ID. */
export interface AttackNames {
  technique(id: string): string | undefined;
  tactic(shortName: string): string | undefined;
}

/** How many catalog rules carry each technique (exact ID), and each technique family (T1059 or any T1059.xxx). */
export interface CatalogCounts {
  techniques: ReadonlyMap<string, number>;
  families: ReadonlyMap<string, number>;
  tactics: ReadonlyMap<string, number>;
}

export interface ProseInput {
  meta: RuleMetadata;
  /** Values pulled out of the lowered rule; absent when the rule could not be lowered. */
  values?: DetectionValues;
  counts: CatalogCounts;
  /** The Sentinel table or ASIM parser the converted query reads, when the rule converts. */
  dataTable?: string;
  names: AttackNames;
}
