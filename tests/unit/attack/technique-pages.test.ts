import { describe, expect, it } from 'vitest';
import {
  attack,
  createAttackIndex,
  techniqueLinks,
  techniquePageIds,
  type AttackIndex,
  type AttackOverlay,
  type AttackTable,
} from '@/lib/attack';

/** What the technique page and its status note link to, read off the index the way the page reads it. */
function renderedLinks(index: AttackIndex, id: string): string[] {
  const technique = index.technique(id);
  const resolved = index.resolveTag(`attack.${id.toLowerCase()}`);
  return [
    ...(technique?.parent && index.technique(technique.parent) ? [technique.parent] : []),
    ...index.subtechniquesOf(id).map((s) => s.id),
    ...index.successorsOf(id).map((s) => s.id),
    ...(resolved.replacedBy ? [resolved.replacedBy.id] : []),
    ...(resolved.previously ?? []),
  ];
}

function expectClosed(index: AttackIndex, ids: string[]) {
  const pages = new Set(ids);
  const dead: string[] = [];
  for (const id of ids) {
    for (const link of renderedLinks(index, id)) if (!pages.has(link)) dead.push(`${id} -> ${link}`);
    const kind = index.resolveTag(`attack.${id.toLowerCase()}`).kind;
    // Any other kind makes the page call notFound().
    if (kind !== 'technique' && kind !== 'subtechnique') dead.push(`${id} resolves to ${kind}`);
  }
  expect(dead).toEqual([]);
}

const table: AttackTable = {
  format: 1,
  domain: 'enterprise-attack',
  version: '18.1',
  source: { name: 'test', sha256: 'test', modified: '2025-01-01T00:00:00Z' },
  notice: 'test',
  termsUrl: 'https://attack.mitre.org/resources/legal-and-branding/terms-of-use/',
  tactics: [{ id: 'TA0002', shortName: 'execution', name: 'Execution', techniques: ['T1059'] }],
  techniques: [
    { id: 'T1059', name: 'Interpreter', tactics: ['execution'], platforms: [], subtechniques: ['T1059.001'] },
    { id: 'T1059.001', name: 'PowerShell', tactics: ['execution'], platforms: [], parent: 'T1059' },
    { id: 'T1064', name: 'Scripting', tactics: ['execution'], platforms: [], deprecated: true },
    { id: 'T1086', name: 'Old PowerShell', tactics: [], platforms: [], revoked: true, revokedBy: 'T1064' },
  ],
  groups: [],
  software: [],
};

const overlay: AttackOverlay = {
  version: '19',
  tactics: [],
  techniques: [
    { id: 'T1700', name: 'Successor', previously: ['T1059.001'] },
    { id: 'T1700.001', previously: [] },
    { id: 'T1700.002', name: 'Took over a deprecated one', previously: ['T1064'] },
    { id: 'T1900', previously: [] },
    { id: 'T1900.001', previously: [] },
  ],
};

describe('techniquePageIds on a small table and overlay', () => {
  const index = createAttackIndex(table, overlay);

  it('builds the matrix and, transitively, every ID those pages link to', () => {
    // T1059.001 -> successor T1700 -> its overlay sub-techniques -> T1700.002 took over the deprecated T1064.
    const ids = techniquePageIds(index, []);
    expect(ids).toEqual(['T1059', 'T1059.001', 'T1064', 'T1700', 'T1700.001', 'T1700.002']);
    expectClosed(index, ids);
  });

  it('adds tagged IDs with their parents, replacements and IDs unknown to both', () => {
    const ids = techniquePageIds(index, ['t1086', 'T1900.001', 'T9999.001']);
    expect(ids).toEqual(expect.arrayContaining(['T1086', 'T1064', 'T1900.001', 'T1900', 'T9999.001']));
    // Nothing links a parent the data and overlay do not know: no page for it.
    expect(ids).not.toContain('T9999');
    expectClosed(index, ids);
  });

  it('lists what a page links to, not the page itself', () => {
    expect(techniqueLinks(index, 'T1700').sort()).toEqual(['T1059.001', 'T1700.001', 'T1700.002']);
    expect(techniqueLinks(index, 'T1700.001')).toEqual(['T1700']);
    expect(techniqueLinks(index, 'T1086')).toEqual(['T1064']);
    expect(techniqueLinks(index, 'T1059.001').sort()).toEqual(['T1059', 'T1700']);
  });
});

describe('techniquePageIds on the shipped v18.1 data and v19 overlay', () => {
  const overlayIds = attack.newerTechniques.map((t) => t.id);

  it('gives the sub-techniques of v19 successors a page (T1685.004, T1686.002, T1686.003 were dead links)', () => {
    const ids = techniquePageIds(attack, []);
    expect(ids).toEqual(
      expect.arrayContaining([
        'T1685',
        'T1685.001',
        'T1685.004',
        'T1686',
        'T1686.002',
        'T1686.003',
        'T1684.001',
      ]),
    );
    expectClosed(attack, ids);
  });

  it('covers every matrix technique and sub-technique', () => {
    const ids = new Set(techniquePageIds(attack, []));
    const missing = attack.tactics
      .flatMap((t) => t.techniques)
      .flatMap((id) => [id, ...attack.subtechniquesOf(id).map((s) => s.id)])
      .filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('stays closed when rules tag every overlay technique and some revoked and deprecated ones', () => {
    const revoked = attack.resolveTag('attack.t1086');
    expect(revoked.status).toBe('revoked');
    const ids = techniquePageIds(attack, [...overlayIds, 'T1086', 'T1064', 'T1562.001']);
    expect(ids).toEqual(expect.arrayContaining(overlayIds));
    expectClosed(attack, ids);
  });
});
