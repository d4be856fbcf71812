// ## False Positive Guidance: what the authors expect, what the rule already filters, and how to tune each
// field it matches without blinding it.
import { joinAnd, mdCode, pick } from '../markdown';
import { describeField } from './hunt-hypothesis';
import { adviceFor } from './field-advice';
import type { ProseInput } from './types';

const NOTHING_KNOWN = /^(unknown|unlikely|none|none known|n\/a|rare|very rare|-)\.?$/i;
const MAX_ADVICE = 4;

const LEVEL_EXPECTATION: Record<string, string> = {
  critical:
    'At level critical, a hit should be rare and is worth an immediate look; tune only what you have proven benign.',
  high: 'At level high, hits should be few; investigate each before deciding to exclude anything.',
  medium: 'At level medium, some benign hits are normal; review them over a couple of weeks before tuning.',
  low: 'At level low, benign hits are expected: use the rule for hunting and correlation rather than as an alert on its own.',
  informational:
    'At level informational, the rule records context rather than suspicion: do not alert on it alone.',
};

// The page lists the rule's falsepositives at the top of this section; the text builds on them, not repeats them.
const KNOWN_LEADS = [
  'Check every hit against the benign {causes} the rule lists before anything else, and note which one explains it: that note is the justification for any exclusion later.',
  'The rule’s authors expect benign hits from the {causes} listed; confirm a hit matches {which} (same tool, same owner, same schedule) rather than assuming it.',
];
const NONE_LEADS = [
  'The rule’s authors know of no common benign cause.',
  'The rule lists no known false positives.',
  'No benign cause is listed for this rule.',
];
const ADVICE_LEADS = ['Tuning, field by field:', 'How to tune without blinding the rule:', 'Where to tune:'];

export function falsePositiveGuidance(input: ProseInput): string {
  const { meta, values } = input;
  const seed = meta.id;
  const out: string[] = [];
  const known = meta.falsepositives.filter((fp) => !NOTHING_KNOWN.test(fp.trim()));
  if (known.length > 0) {
    const one = known.length === 1;
    out.push(
      pick(KNOWN_LEADS, `${seed}:k`)
        .replace('{causes}', one ? 'cause' : 'causes')
        .replace('{which}', one ? 'it' : 'one of them'),
    );
  } else {
    out.push(pick(NONE_LEADS, `${seed}:n`));
  }
  const expectation = LEVEL_EXPECTATION[meta.level];
  if (expectation) out.push(expectation);

  if (values && values.excluded.length > 0) {
    const shown = values.excluded.slice(0, 4).map((f) => `- ${describeField(f, 4)}`);
    const more = values.excluded.length - shown.length;
    if (more > 0) shown.push(`- and ${more} more filtered fields`);
    out.push(
      `The rule already leaves out these cases; check them before adding your own:\n\n${shown.join('\n')}`,
    );
  }

  if (values) {
    const { groups, rest } = adviceFor(values.matched.map((f) => f.field));
    const advice = groups
      .slice(0, MAX_ADVICE)
      .map((g) => `- ${joinAnd(g.fields.map(mdCode))} (${g.label}): ${g.advice}.`);
    if (rest.length > 0 && advice.length < MAX_ADVICE) {
      advice.push(
        `- ${joinAnd(rest.slice(0, 3).map(mdCode))}${rest.length > 3 ? ' and others' : ''}: baseline the values seen in your environment for two to four weeks, and exclude only values you can tie to a named owner or product.`,
      );
    }
    if (advice.length > 0) out.push(`${pick(ADVICE_LEADS, `${seed}:a`)}\n\n${advice.join('\n')}`);
  }
  out.push(
    pick(
      [
        'Keep exclusions in the Sentinel analytics rule or a watchlist, with a comment saying why, rather than in the Sigma text: a later import replaces the Sigma text with the upstream version.',
        'Record each exclusion outside the Sigma text (a watchlist or the analytics rule) with its reason and owner; the Sigma text follows upstream on every import.',
      ],
      `${seed}:x`,
    ),
  );
  return out.join('\n\n');
}
