// ATT&CK facts and lookups. Everything outside lib/attack imports from here.
// The default index is the committed table (lib/attack/data/enterprise.json, written by `npm run attack:update`)
// plus the overlay of newer facts (overlay.ts), which applies only to what that table lacks.

import { createAttackIndex } from './attack-index';
import table from './data/enterprise.json';
import { ATTACK_V19_OVERLAY } from './overlay';
import type { Tactic, Technique } from './attack-index';
import type { ResolvedTag } from './resolve-tag';
import type { AttackTable } from './types';

const data: AttackTable = table;

// Marked pure so a browser bundle that imports only the pure helpers can drop the table.
export const attack = /* @__PURE__ */ createAttackIndex(data, ATTACK_V19_OVERLAY);

export function resolveTag(tag: string): ResolvedTag {
  return attack.resolveTag(tag);
}
export function getTechnique(id: string): Technique | undefined {
  return attack.technique(id);
}
export function getTactic(key: string): Tactic | undefined {
  return attack.tactic(key);
}

export { createAttackIndex } from './attack-index';
export type { AttackIndex, Tactic, Technique } from './attack-index';
export { buildAttackTable, serializeAttackTable, TABLE_FORMAT } from './build-table';
export type { BuildOptions, BuildProblem, BuildProblemCode, BuildResult } from './build-table';
export { ATTACK_V19_OVERLAY } from './overlay';
export type { AttackOverlay, OverlayTactic, OverlayTechnique } from './overlay';
export { resolveAttackTag } from './resolve-tag';
export type { ResolvedTag, TagKind, TagStatus, TagTarget } from './resolve-tag';
export type { AttackTable, NamedRow, TacticRow, TechniqueRow } from './types';
export { groupUrl, MATRIX_URL, softwareUrl, tacticUrl, techniqueUrl } from './urls';
export { groupByTechnique, placeRuleTags, tacticCoverage } from './coverage';
export type { PlacedTags, TacticCoverage, TechniqueRules } from './coverage';
export { buildNavigatorLayer, LAYER_FORMAT, NAVIGATOR_VERSION } from './navigator';
export type {
  LayerEntry,
  LayerLink,
  LayerMetadata,
  LayerOptions,
  LayerRule,
  LayerTechnique,
  NavigatorLayer,
} from './navigator';
export { checkNavigatorLayer } from './navigator-check';
export { binOf, COVERAGE_BINS } from './shading';
export type { CoverageBin } from './shading';
export {
  attackTagsOf,
  catalogFacts,
  decodeFacts,
  encodeFacts,
  outsideKey,
  parentFromId,
  ruleFacts,
} from './rule-facts';
export type { CompactFacts, RuleFacts, RuleLike } from './rule-facts';
export { coverageView, filterFacts, layerDataOf, layerEntriesOf, matrixOf, NO_FILTER } from './coverage-view';
export type {
  CoverageFilter,
  CoverageView,
  GroupRow,
  MatrixSub,
  MatrixTactic,
  MatrixTechnique,
} from './coverage-view';
export { describeOutside, outsideTags } from './outside';
export { techniqueLinks, techniquePageIds } from './technique-pages';
export type { OutsideTag } from './outside';
