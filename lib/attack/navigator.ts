// ATT&CK Navigator layer (layer format 4.5) from per-technique rule lists. Pure: runs at build time for the
// whole catalog and in the browser for the filtered view.
//
// Spec: mitre-attack/attack-navigator, layers/spec/v4.5/layerformat.md. Choices:
// - score = number of distinct rules for the technique (for a parent: its own rules plus its sub-techniques'),
//   the same figure the coverage matrix shows;
// - versions.attack is the data's major version ("18"): Navigator keys its ATT&CK data by major version;
//   the full version is in the layer metadata;
// - IDs the data does not have (newer ATT&CK, e.g. T1685) are left out, since Navigator would drop them with a
//   warning; they are listed in the layer metadata instead;
// - each technique carries its bin's explicit colour, so the legend is exact (a gradient alone would interpolate
//   between bins); the gradient spans the same colours for anyone who clears the colours in Navigator;
// - no `tactic` unless the caller asks: a rule for a technique counts under every tactic the technique has.

import type { AttackIndex, Technique } from './attack-index';
import { binOf, COVERAGE_BINS } from './shading';

/** What the builder needs from the ATT&CK data; an AttackIndex is one, and the browser builds one from the matrix. */
export interface LayerData {
  version: AttackIndex['version'];
  majorVersion: AttackIndex['majorVersion'];
  technique(
    id: string,
  ): Pick<Technique, 'id' | 'source' | 'revoked' | 'deprecated' | 'subtechniques'> | undefined;
}

export const LAYER_FORMAT = '4.5';
/** The Navigator release that documents layer format 4.5 for ATT&CK v18 (its spec example). */
export const NAVIGATOR_VERSION = '5.2.0';

export interface LayerRule {
  slug: string;
  title: string;
}

export interface LayerEntry {
  techniqueId: string;
  /** Restrict the annotation to one tactic (short name); omit to apply under every tactic of the technique. */
  tactic?: string;
  rules: LayerRule[];
  /** How many of `rules` are tagged with this ID itself (the rest come from sub-techniques). */
  directCount?: number;
}

export interface LayerOptions {
  name: string;
  description?: string;
  /** Absolute site root with a trailing slash, e.g. https://soc-feed.example/ */
  baseUrl: string;
  entries: LayerEntry[];
  /** Layer-level facts (e.g. the filters in force). */
  metadata?: { name: string; value: string }[];
  maxLinksPerTechnique?: number;
}

type Divider = { divider: true };
export type LayerLink = { label: string; url: string } | Divider;
export type LayerMetadata = { name: string; value: string } | Divider;

export interface LayerTechnique {
  techniqueID: string;
  tactic?: string;
  score: number;
  color: string;
  comment: string;
  enabled: boolean;
  links: LayerLink[];
  metadata?: LayerMetadata[];
  showSubtechniques?: boolean;
}

export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: string };
  domain: 'enterprise-attack';
  description: string;
  sorting: number;
  layout: {
    layout: 'side' | 'flat' | 'mini';
    showID: boolean;
    showName: boolean;
    showAggregateScores: boolean;
    countUnscored: boolean;
    aggregateFunction: 'average' | 'min' | 'max' | 'sum';
    expandedSubtechniques: 'none' | 'all' | 'annotated';
  };
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  showTacticRowBackground: boolean;
  tacticRowBackground: string;
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
  metadata: LayerMetadata[];
  links: LayerLink[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function buildNavigatorLayer(index: LayerData, options: LayerOptions): NavigatorLayer {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const maxLinks = options.maxLinksPerTechnique ?? 25;
  const left: string[] = [];
  const techniques: LayerTechnique[] = [];
  const ruleSlugs = new Set<string>();

  for (const entry of options.entries) {
    const t = index.technique(entry.techniqueId);
    if (!t || t.source !== 'data' || t.revoked || t.deprecated) {
      left.push(`${entry.techniqueId} (${plural(entry.rules.length, 'rule')})`);
      continue;
    }
    if (entry.rules.length === 0) continue;
    for (const r of entry.rules) ruleSlugs.add(r.slug);
    const direct = entry.directCount ?? entry.rules.length;
    const viaSubs = entry.rules.length - direct;
    const rules = [...entry.rules].sort((a, b) => a.title.localeCompare(b.title, 'en'));
    const links: LayerLink[] = rules
      .slice(0, maxLinks)
      .map((r) => ({ label: r.title, url: `${base}rules/${encodeURIComponent(r.slug)}/` }));
    links.push(
      { divider: true },
      { label: `All ${plural(rules.length, 'rule')} for ${t.id}`, url: `${base}attack/${t.id}/` },
    );
    const hasSubs = (t.subtechniques?.length ?? 0) > 0;
    techniques.push({
      techniqueID: t.id,
      ...(entry.tactic ? { tactic: entry.tactic } : {}),
      score: entry.rules.length,
      color: COVERAGE_BINS[binOf(entry.rules.length)]!.color,
      comment:
        `${plural(entry.rules.length, 'rule')} in SOC Feed` +
        (viaSubs > 0 ? ` (${direct} tagged ${t.id} itself, ${viaSubs} through its sub-techniques)` : ''),
      enabled: true,
      links,
      ...(hasSubs && viaSubs > 0 ? { showSubtechniques: true } : {}),
    });
  }
  techniques.sort(
    (a, b) => a.techniqueID.localeCompare(b.techniqueID) || (a.tactic ?? '').localeCompare(b.tactic ?? ''),
  );

  const top = COVERAGE_BINS[COVERAGE_BINS.length - 1]!;
  const metadata: LayerMetadata[] = [
    { name: 'ATT&CK data', value: `Enterprise ATT&CK v${index.version}` },
    { name: 'Rules', value: String(ruleSlugs.size) },
    { name: 'Techniques and sub-techniques with rules', value: String(techniques.length) },
    ...(options.metadata ?? []),
  ];
  if (left.length > 0)
    metadata.push({ name: `Left out: not active in ATT&CK v${index.version} data`, value: left.join(', ') });

  return {
    name: options.name,
    versions: { attack: index.majorVersion, navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT },
    domain: 'enterprise-attack',
    description:
      options.description ??
      `Detection coverage of SOC Feed: score = number of rules per technique (a parent counts its sub-techniques' rules).`,
    sorting: 0,
    layout: {
      layout: 'side',
      showID: true,
      showName: true,
      showAggregateScores: false,
      countUnscored: false,
      aggregateFunction: 'average',
      expandedSubtechniques: 'annotated',
    },
    hideDisabled: false,
    techniques,
    gradient: { colors: COVERAGE_BINS.map((b) => b.color), minValue: 1, maxValue: top.min },
    legendItems: COVERAGE_BINS.map((b) => ({ label: b.label, color: b.color })),
    showTacticRowBackground: false,
    tacticRowBackground: '#dddddd',
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata,
    links: [{ label: 'SOC Feed ATT&CK coverage', url: `${base}coverage/` }],
  };
}
