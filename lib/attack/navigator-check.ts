// Checks a parsed layer against the rules of Navigator layer format 4.5 (required fields, types, enumerations,
// version strings, gradient bounds, link protocols) and, given an index, against the ATT&CK data (known
// technique IDs, tactic membership, showSubtechniques only where sub-techniques exist). Returns every problem.

import type { AttackIndex } from './attack-index';

const TOP_KEYS = new Set([
  'versions',
  'name',
  'description',
  'domain',
  'customDataURL',
  'filters',
  'sorting',
  'layout',
  'hideDisabled',
  'techniques',
  'gradient',
  'legendItems',
  'showTacticRowBackground',
  'tacticRowBackground',
  'selectTechniquesAcrossTactics',
  'selectSubtechniquesWithParent',
  'selectVisibleTechniques',
  'metadata',
  'links',
]);
const TECHNIQUE_KEYS = new Set([
  'techniqueID',
  'tactic',
  'comment',
  'enabled',
  'score',
  'color',
  'metadata',
  'links',
  'showSubtechniques',
]);
const HEX = /^#[0-9a-f]{6}$/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function semverAtLeast(v: string, min: [number, number, number]): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) return false;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  for (let i = 0; i < 3; i++) if (parts[i] !== min[i]) return parts[i]! > min[i]!;
  return true;
}

export function checkNavigatorLayer(layer: unknown, index?: AttackIndex): string[] {
  const p: string[] = [];
  if (!isObj(layer)) return ['layer: not a JSON object'];
  const expect = (ok: boolean, msg: string) => ok || p.push(msg);
  const optional = (o: Obj, key: string, type: string, where: string) =>
    expect(o[key] === undefined || typeof o[key] === type, `${where}.${key}: must be a ${type}`);

  for (const k of Object.keys(layer)) expect(TOP_KEYS.has(k), `layer.${k}: not a layer 4.5 property`);
  expect(typeof layer.name === 'string' && layer.name.length > 0, 'layer.name: required string');
  expect(
    ['enterprise-attack', 'mobile-attack', 'ics-attack'].includes(layer.domain as string),
    'layer.domain: invalid',
  );
  optional(layer, 'description', 'string', 'layer');
  for (const k of [
    'hideDisabled',
    'showTacticRowBackground',
    'selectTechniquesAcrossTactics',
    'selectSubtechniquesWithParent',
    'selectVisibleTechniques',
  ])
    optional(layer, k, 'boolean', 'layer');
  optional(layer, 'tacticRowBackground', 'string', 'layer');
  expect(
    layer.sorting === undefined || [0, 1, 2, 3].includes(layer.sorting as number),
    'layer.sorting: 0..3',
  );

  const v = layer.versions;
  if (v !== undefined) {
    if (!isObj(v)) p.push('layer.versions: must be an object');
    else {
      expect(v.layer === '4.5', 'layer.versions.layer: must be "4.5"');
      expect(
        typeof v.navigator === 'string' && semverAtLeast(v.navigator, [4, 9, 0]),
        'layer.versions.navigator: must be at least "4.9.0"',
      );
      expect(
        v.attack === undefined || (typeof v.attack === 'string' && /^\d+(\.\d+)?$/.test(v.attack)),
        'layer.versions.attack: a version string',
      );
      if (index && typeof v.attack === 'string')
        expect(
          v.attack.split('.')[0] === index.majorVersion,
          'layer.versions.attack: does not match the data',
        );
    }
  }

  const layout = layer.layout;
  if (layout !== undefined) {
    if (!isObj(layout)) p.push('layer.layout: must be an object');
    else {
      expect(
        layout.layout === undefined || ['side', 'flat', 'mini'].includes(layout.layout as string),
        'layer.layout.layout: side|flat|mini',
      );
      for (const k of ['showID', 'showName', 'showAggregateScores', 'countUnscored'])
        optional(layout, k, 'boolean', 'layer.layout');
      expect(
        layout.aggregateFunction === undefined ||
          ['average', 'min', 'max', 'sum'].includes(layout.aggregateFunction as string),
        'layer.layout.aggregateFunction: invalid',
      );
      expect(
        layout.expandedSubtechniques === undefined ||
          ['none', 'all', 'annotated'].includes(layout.expandedSubtechniques as string),
        'layer.layout.expandedSubtechniques: invalid',
      );
    }
  }

  const g = layer.gradient;
  if (g !== undefined) {
    if (!isObj(g)) p.push('layer.gradient: must be an object');
    else {
      expect(
        Array.isArray(g.colors) &&
          g.colors.length >= 2 &&
          g.colors.every((c) => typeof c === 'string' && HEX.test(c)),
        'layer.gradient.colors: two or more hex colours',
      );
      expect(
        typeof g.minValue === 'number' && typeof g.maxValue === 'number' && g.maxValue > g.minValue,
        'layer.gradient: numeric minValue < maxValue',
      );
    }
  }
  if (layer.legendItems !== undefined) {
    expect(
      Array.isArray(layer.legendItems) &&
        layer.legendItems.every(
          (i) => isObj(i) && typeof i.label === 'string' && typeof i.color === 'string',
        ),
      'layer.legendItems: {label, color} items',
    );
  }
  checkList(layer.metadata, 'layer.metadata', 'metadata', p);
  checkList(layer.links, 'layer.links', 'links', p);

  if (layer.techniques !== undefined && !Array.isArray(layer.techniques))
    p.push('layer.techniques: must be an array');
  const seen = new Set<string>();
  for (const [i, t] of (Array.isArray(layer.techniques) ? layer.techniques : []).entries()) {
    const where = `layer.techniques[${i}]`;
    if (!isObj(t)) {
      p.push(`${where}: must be an object`);
      continue;
    }
    for (const k of Object.keys(t)) expect(TECHNIQUE_KEYS.has(k), `${where}.${k}: not a technique property`);
    const id = t.techniqueID;
    if (typeof id !== 'string' || !/^T\d{4}(\.\d{3})?$/.test(id)) {
      p.push(`${where}.techniqueID: T#### or T####.###`);
      continue;
    }
    optional(t, 'comment', 'string', where);
    optional(t, 'enabled', 'boolean', where);
    optional(t, 'showSubtechniques', 'boolean', where);
    expect(
      t.score === undefined || (typeof t.score === 'number' && Number.isFinite(t.score)),
      `${where}.score: a number`,
    );
    expect(
      t.color === undefined || t.color === '' || (typeof t.color === 'string' && HEX.test(t.color)),
      `${where}.color: a hex colour`,
    );
    expect(
      t.tactic === undefined || (typeof t.tactic === 'string' && /^[a-z]+(-[a-z]+)*$/.test(t.tactic)),
      `${where}.tactic: a tactic short name`,
    );
    checkList(t.metadata, `${where}.metadata`, 'metadata', p);
    checkList(t.links, `${where}.links`, 'links', p);
    const key = `${id}/${String(t.tactic ?? '')}`;
    expect(!seen.has(key), `${where}: ${id} appears twice for the same tactic`);
    seen.add(key);
    if (!index) continue;
    const known = index.technique(id);
    if (!known || known.source !== 'data' || known.revoked || known.deprecated) {
      p.push(`${where}.techniqueID: ${id} is not an active technique in ATT&CK v${index.version}`);
      continue;
    }
    if (typeof t.tactic === 'string')
      expect(known.tactics.includes(t.tactic), `${where}.tactic: ${id} is not in ${t.tactic}`);
    if (t.showSubtechniques === true)
      expect(
        (known.subtechniques?.length ?? 0) > 0,
        `${where}.showSubtechniques: ${id} has no sub-techniques`,
      );
  }
  return p;
}

function checkList(list: unknown, where: string, kind: 'metadata' | 'links', p: string[]) {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    p.push(`${where}: must be an array`);
    return;
  }
  list.forEach((item, i) => {
    if (isObj(item) && item.divider === true) return;
    if (kind === 'metadata') {
      if (!isObj(item) || typeof item.name !== 'string' || typeof item.value !== 'string')
        p.push(`${where}[${i}]: {name, value} strings or a divider`);
    } else if (
      !isObj(item) ||
      typeof item.label !== 'string' ||
      typeof item.url !== 'string' ||
      !/^[a-z][a-z0-9+.-]*:\/\//i.test(item.url)
    ) {
      p.push(`${where}[${i}]: {label, url} with a protocol, or a divider`);
    }
  });
}
