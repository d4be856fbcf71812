// The document around a rule page, taken from the one rule page Next builds (the shell; see scripts/rule-pages.ts):
// the shell's exported HTML cut at the parts that differ from page to page. Everything else (head links, the
// stylesheet, the theme script, header, footer) is kept byte for byte, so a page filled in here is the page Next
// would have written, as long as the slots below are all that a rule page changes. The drift guard (driftReport)
// checks that on the shell itself every build.

export type SlotName = 'title' | 'description' | 'canonical' | 'main';

export type SlotValues = Record<SlotName, string>;

export interface PageTemplate {
  /** The text between the slots: one more than `slots`. */
  parts: string[];
  /** The slot at each cut, in document order. */
  slots: SlotName[];
}

// Whole elements for the head slots, as React writes them (attribute values escaped, so `"` and `<` cannot occur).
const HEAD_SLOTS: [SlotName, RegExp][] = [
  ['title', /<title>[^<]*<\/title>/g],
  ['description', /<meta name="description" content="[^"]*"\/>/g],
  ['canonical', /<link rel="canonical" href="[^"]*"\/>/g],
];

// The main slot is the content of the layout's <main id="main">: the page's own markup.
const MAIN_OPEN = /<main id="main"[^>]*>/g;
const MAIN_CLOSE = '</main>';

interface Cut {
  slot: SlotName;
  start: number;
  end: number;
}

function onlyMatch(html: string, re: RegExp, slot: SlotName): RegExpExecArray {
  const found = [...html.matchAll(re)];
  if (found.length !== 1)
    throw new Error(`page template: expected one ${slot} element in the shell page, found ${found.length}`);
  return found[0]!;
}

/** Cuts the shell page at its slots. Throws when a slot is missing or occurs more than once. */
export function pageTemplate(html: string): PageTemplate {
  const cuts: Cut[] = HEAD_SLOTS.map(([slot, re]) => {
    const m = onlyMatch(html, re, slot);
    return { slot, start: m.index, end: m.index + m[0].length };
  });
  const open = onlyMatch(html, MAIN_OPEN, 'main');
  const start = open.index + open[0].length;
  const end = html.lastIndexOf(MAIN_CLOSE);
  if (end < start) throw new Error('page template: the shell page has no </main> after <main id="main">');
  cuts.push({ slot: 'main', start, end });
  cuts.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) throw new Error(`page template: the ${cut.slot} slot overlaps another slot`);
    parts.push(html.slice(at, cut.start));
    at = cut.end;
  }
  parts.push(html.slice(at));
  return { parts, slots: cuts.map((c) => c.slot) };
}

/** A page: the template with each slot replaced by its (already escaped) markup. */
export function fillTemplate(template: PageTemplate, values: SlotValues): string {
  let out = template.parts[0]!;
  template.slots.forEach((slot, i) => {
    out += values[slot] + template.parts[i + 1]!;
  });
  return out;
}

/**
 * Text of the shell page outside the slots that names the shell (its path, its title): something page-specific
 * the template would copy into every page. Returns the first such excerpt, or null.
 */
export function leftoverMention(template: PageTemplate, needle: string): string | null {
  for (const part of template.parts) {
    const at = part.indexOf(needle);
    if (at >= 0) return part.slice(Math.max(0, at - 60), at + needle.length + 60);
  }
  return null;
}

/**
 * null when `ours` equals `next` byte for byte; else where they first differ, with some context from each, for the
 * build log.
 */
export function driftReport(next: string, ours: string, context = 80): string | null {
  if (next === ours) return null;
  let at = 0;
  while (at < next.length && at < ours.length && next[at] === ours[at]) at++;
  const line = next.slice(0, at).split('\n').length;
  const from = Math.max(0, at - context);
  const excerpt = (s: string) => JSON.stringify(s.slice(from, at + context));
  return [
    `first difference at character ${at} (line ${line}; lengths ${next.length} and ${ours.length})`,
    `  next: …${excerpt(next)}…`,
    `  ours: …${excerpt(ours)}…`,
  ].join('\n');
}
