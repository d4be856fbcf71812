// ## Hunt Hypothesis: a claim an analyst can test, the evidence the rule keys on, and how to test it.
import { joinAnd, mdCode, mdText, pick } from '../markdown';
import type { DetectionValues, FieldValues } from './detection-values';
import { isCloud, logsourceLabel, logsourcePhrases, platformPhrase, subjectOf } from './logsource-phrases';
import { tacticPhrases } from './tactic-phrases';
import type { ProseInput } from './types';

const MAX_FIELDS = 5;
const MAX_VALUES = 6;

/** `Image` ends with `\x.exe` or `\y.exe`; contains `-enc` */
export function describeField(entry: FieldValues, maxValues = MAX_VALUES): string {
  const byRelation = new Map<string, { relation: string; all: boolean; values: string[] }>();
  for (const test of entry.tests) {
    const key = `${test.relation}|${test.allOf ?? 'any'}`;
    const group = byRelation.get(key) ?? {
      relation: test.relation,
      all: test.allOf !== undefined,
      values: [],
    };
    group.values.push(test.value);
    byRelation.set(key, group);
  }
  const parts = [...byRelation.values()].map(({ relation, all, values }) => {
    const shown = values
      .filter((v) => v !== '')
      .slice(0, maxValues)
      .map(mdCode);
    const more = values.length - shown.length;
    if (shown.length === 0) return relation;
    const list = more > 0 ? `${shown.join(', ')} and ${more} more` : joinAnd(shown, all ? 'and' : 'or');
    return `${relation} ${all && shown.length > 1 ? 'all of ' : ''}${list}`;
  });
  return `${mdCode(entry.field)} ${parts.join('; ')}`;
}

/**
 * What the rule looks for, from the first sentence of its description when that sentence says so ("Detects the
 * execution of ..."). The page shows the description itself; this turns it into the concrete trigger.
 */
export function triggerOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const flat = description.replace(/\s+/g, ' ').trim();
  // Sentence ends: punctuation followed by a space and a capital, quote or bracket (not "e.g. the" or ".dmp").
  const first = flat.split(/(?<=[.!?])\s+(?=[A-Z"'([])/)[0] ?? '';
  const match =
    /^(?:detects|detect|identifies|flags|looks for|catches|alerts on|monitors for)\s+(.{12,400}?)[.!]*$/i.exec(
      first,
    );
  const rest = match?.[1];
  // "Obfuscated use of ..." reads as a sentence start; lower-case it unless it is an acronym ("AWS", "EFS").
  return rest && /^[A-Z][a-z]/.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
}

const EVIDENCE_LEADS = ['If so,', 'If that is happening,', 'If this is true,'];
/** Fields whose values are most telling on their own, best first; other fields rank after these. */
const ANCHOR_FIELDS = [
  'CommandLine',
  'ScriptBlockText',
  'TargetObject',
  'QueryName',
  'DestinationHostname',
  'c-uri',
  'cs-uri-query',
  'eventName',
  'PipeName',
  'ServiceFileName',
  'ImagePath',
  'TargetFilename',
  'ImageLoaded',
  'OriginalFileName',
  'Image',
  'exe',
  'comm',
  'a0',
  'a1',
  'a2',
];
/** Fields that only select the kind of event or its outcome: never a place to start a hunt. */
const NEVER_ANCHOR =
  /^(type|EventID|EventType|Channel|Provider_Name|Initiated|LogonType|Protocol)$|status|result|code$/i;

/** The value to start a hunt from: on the most telling field, the longest plain value. */
export function anchorOf(
  values: DetectionValues,
): { field: string; relation: string; value: string } | undefined {
  const candidates = values.matched
    .filter((f) => !NEVER_ANCHOR.test(f.field))
    .map((f) => {
      const tests = f.tests.filter(
        (t) => t.value.trim().length >= 3 && t.relation !== 'matches the regular expression',
      );
      const best = [...tests].sort((a, b) => b.value.length - a.value.length)[0];
      const known = ANCHOR_FIELDS.indexOf(f.field);
      // Known fields in their order; unknown ones after them, the longer value first.
      const rank = known >= 0 ? known : ANCHOR_FIELDS.length + 1000 - Math.min(999, best?.value.length ?? 0);
      return { field: f.field, best, rank };
    })
    .filter((c) => c.best)
    .sort((a, b) => a.rank - b.rank);
  const top = candidates[0];
  return top?.best ? { field: top.field, relation: top.best.relation, value: top.best.value } : undefined;
}

/** `{where}` is what hits are counted by: hosts, identities or clients. */
const ANCHOR_LEADS = [
  'Start narrow: search for {anchor} on its own, count the hits per {one}, then add the rule’s other conditions.',
  'A quick first query is {anchor} alone; if it returns only a handful of {many}, read every one of them.',
  'Before running the full rule, look at {anchor} by itself over a longer period to see how common it is here.',
];

const TRIGGER_LEADS = ['Concretely, the rule looks for', 'In practice that means', 'The trigger is'];
const VALUES_LEADS = [
  'The rule keys on these values, which are the first things to search for:',
  'Concrete values to search for, taken from the rule’s detection logic:',
  'What the rule matches, field by field:',
];

export function huntHypothesis(input: ProseInput): string {
  const { meta, values } = input;
  const seed = meta.id;
  const ls = meta.logsource;
  const tactic = tacticPhrases(meta.tactics, isCloud(ls));
  const place = logsourcePhrases(ls);
  // Our own template text is trusted markdown; only values from the rule go through mdText/mdCode.
  const claim = pick(tactic.claims, seed).replace('{platform}', mdText(platformPhrase(ls)));
  const out: string[] = [];

  out.push(`**Hypothesis:** ${claim}. ${pick(EVIDENCE_LEADS, `${seed}:e`)} ${place.evidence}.`);
  const trigger = triggerOf(meta.description);
  if (trigger) {
    // "Detects when X happens" → "It fires when X happens"; otherwise "... looks for <noun phrase>".
    const lead = /^(when|whenever|if)\b/i.test(trigger) ? 'It fires' : pick(TRIGGER_LEADS, `${seed}:s`);
    out.push(`${lead} ${mdText(trigger)}.`);
  }

  if (values && (values.matched.length > 0 || values.keywords.length > 0)) {
    const lines = values.matched.slice(0, MAX_FIELDS).map((f) => `- ${describeField(f)}`);
    if (values.matched.length > MAX_FIELDS) {
      const rest = values.matched.slice(MAX_FIELDS).map((f) => mdCode(f.field));
      lines.push(`- and conditions on ${joinAnd(rest)}`);
    }
    if (values.keywords.length > 0) {
      const shown = values.keywords.slice(0, MAX_VALUES).map(mdCode);
      const more = values.keywords.length - shown.length;
      lines.push(
        `- anywhere in the event: ${more > 0 ? `${shown.join(', ')} and ${more} more` : joinAnd(shown, 'or')}`,
      );
    }
    out.push(`${pick(VALUES_LEADS, `${seed}:v`)}\n\n${lines.join('\n')}`);
  }

  const label = logsourceLabel(ls);
  const table = input.dataTable ? `, Sentinel table ${mdCode(input.dataTable)}` : '';
  const where = label ? ` (log source ${mdCode(label)}${table})` : '';
  const levelNote =
    meta.level === 'informational' || meta.level === 'low'
      ? ` At level ${meta.level} this rule is a pivot rather than an alert: expect benign hits, and look for a second signal on the same host or account before escalating.`
      : '';
  const anchor = values && anchorOf(values);
  const [one, many] = subjectOf(ls);
  const start = anchor
    ? ` ${pick(ANCHOR_LEADS, `${seed}:anchor`)
        .replace('{anchor}', `${mdCode(anchor.field)} ${anchor.relation} ${mdCode(anchor.value)}`)
        .replace('{one}', one)
        .replace('{many}', many)}`
    : '';
  out.push(
    `**How to test it**${where}: ${place.method}.${start} The hypothesis gains weight with ${tactic.supports}; it loses weight with ${tactic.refutes}.${levelNote}`,
  );
  return out.join('\n\n');
}
