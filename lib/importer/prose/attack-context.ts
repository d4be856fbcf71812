// ## MITRE ATT&CK Context: the techniques and tactics a rule maps to, with names where the ATT&CK data knows
// them, and how much of the catalog covers the same ground.
import { joinAnd, mdText, pick, plural } from '../markdown';
import type { ProseInput } from './types';

export function techniqueUrl(id: string): string {
  const [parent, sub] = id.split('.');
  return `https://attack.mitre.org/techniques/${parent}/${sub ? `${sub}/` : ''}`;
}

/** Title-case a Sigma tactic short name when the ATT&CK data does not know it: command-and-control → Command and Control. */
export function tacticTitle(shortName: string): string {
  const small = new Set(['and', 'or', 'of']);
  return shortName
    .split('-')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function coverageSentence(others: number, seed: string): string {
  if (others === 0)
    return pick(
      ['no other rule in this catalog covers it', 'this is the only rule in the catalog for it'],
      seed,
    );
  if (others === 1) return 'one other rule in the catalog covers it';
  return pick(
    [`${others} other rules in the catalog also cover it`, `the catalog has ${others} more rules for it`],
    seed,
  );
}

export function attackContext(input: ProseInput): string | undefined {
  const { meta, counts, names } = input;
  if (meta.techniques.length === 0 && meta.tactics.length === 0) return undefined;
  const out: string[] = [];
  const tacticNames = meta.tactics.map((t) => mdText(names.tactic(t) ?? tacticTitle(t)));
  const noun = plural(meta.techniques.length, 'technique');
  if (meta.techniques.length === 0) {
    out.push(
      `The rule is tagged with the ${joinAnd(tacticNames)} ${meta.tactics.length === 1 ? 'tactic' : 'tactics'} but names no technique.`,
    );
  } else if (tacticNames.length > 0) {
    out.push(`The rule maps to ${noun} under ${joinAnd(tacticNames)}:`);
  } else {
    out.push(`The rule maps to ${noun}; it carries no tactic tag:`);
  }

  const lines: string[] = [];
  let loneTechnique: string | undefined;
  let crowded: { id: string; others: number } | undefined;
  for (const id of meta.techniques) {
    const name = names.technique(id);
    const label = name ? `${id} ${mdText(name)}` : id;
    const others = Math.max(0, (counts.techniques.get(id) ?? 1) - 1);
    let line = `- [${label}](${techniqueUrl(id)}): ${coverageSentence(others, `${meta.id}:${id}`)}`;
    const dot = id.indexOf('.');
    if (dot > 0) {
      const parent = id.slice(0, dot);
      const parentName = names.technique(parent);
      const family = Math.max(0, (counts.families.get(parent) ?? 1) - 1);
      line += `; it is a sub-technique of ${parent}${parentName ? ` ${mdText(parentName)}` : ''}, whose family has ${plural(family, 'other rule')} here`;
    } else if (!name) {
      line += ' (the ATT&CK data shipped with this site does not name it yet)';
    }
    lines.push(`${line}.`);
    if (others === 0) loneTechnique ??= id;
    if (!crowded || others > crowded.others) crowded = { id, others };
  }
  if (lines.length > 0) out.push(lines.join('\n'));
  if (meta.techniques.length === 0) {
    const peers = meta.tactics.map((t, i) => {
      const others = Math.max(0, (counts.tactics.get(t) ?? 1) - 1);
      return `${plural(others, 'other rule')} under ${tacticNames[i]}`;
    });
    out.push(
      `The catalog has ${joinAnd(peers)}. Rules there that do name a technique show which part of the tactic this behaviour belongs to; tagging a technique upstream would place this rule in the coverage matrix.`,
    );
  }

  if (loneTechnique) {
    out.push(
      `For ${loneTechnique} this rule is all the coverage the catalog has, so tune it rather than switch it off, and consider writing a second detection from another data source.`,
    );
  } else if (crowded && crowded.others >= 10) {
    out.push(
      `${crowded.id} is well covered (${crowded.others} other rules). A hit here weighs more when another rule for the same technique fires on the same host or account around the same time.`,
    );
  }
  return out.join('\n\n');
}
