// Rule values are untrusted text that ends up in markdown rendered on a page. Everything that carries a value
// goes through one of these helpers: prose text is backslash-escaped, detection values are inline code.

const SIGNIFICANT = /[\\`*_[\]<>#|~&!{}()]/g;

/** Plain text for a markdown paragraph: whitespace collapsed, markdown- and HTML-significant characters escaped. */
export function mdText(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  let escaped = flat.replace(SIGNIFICANT, (ch) => `\\${ch}`);
  // A line that starts like a list item, heading or quote would change block structure.
  escaped = escaped.replace(/^[-+=]/, (m) => `\\${m}`).replace(/^(\d+)\./, '$1\\.');
  return escaped;
}

/** A value as inline code: a fence longer than any backtick run inside, padded when the value touches a backtick. */
export function mdCode(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  if (flat.length === 0) return '`""`';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Join items as "a, b and c" (items already rendered). */
export function joinAnd(items: string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A stable small number from a string, so template variants are chosen per rule and never change between runs. */
export function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function pick<T>(options: readonly T[], seed: string): T {
  const chosen = options[stableHash(seed) % options.length];
  if (chosen === undefined) throw new Error('pick() needs at least one option');
  return chosen;
}

export const SECTION_HEADINGS = {
  'hunt-hypothesis': 'Hunt Hypothesis',
  'false-positive-guidance': 'False Positive Guidance',
  'mitre-attack-context': 'MITRE ATT&CK Context',
} as const;

export type SectionKey = keyof typeof SECTION_HEADINGS;
export const SECTION_KEYS = Object.keys(SECTION_HEADINGS) as SectionKey[];

export interface BodySection {
  /** Heading text as written after `## `. */
  heading: string;
  /** Known section, or undefined for an editor's own section. */
  key?: SectionKey;
  /** Everything after the heading line up to the next `## ` heading, as written. */
  text: string;
}

/** Split a markdown body into `## ` sections; text before the first heading is returned as `lead`. */
export function splitSections(body: string): { lead: string; sections: BodySection[] } {
  const lines = body.split('\n');
  const sections: BodySection[] = [];
  const lead: string[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  let fence: string | undefined;
  const flush = () => {
    if (!current) return;
    const heading = current.heading;
    const key = SECTION_KEYS.find((k) => SECTION_HEADINGS[k].toLowerCase() === heading.toLowerCase());
    sections.push({ heading, key, text: current.lines.join('\n') });
  };
  for (const line of lines) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1].startsWith(fence)) fence = undefined;
    }
    const heading = fence ? undefined : /^## +(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      flush();
      current = { heading: heading[1], lines: [] };
    } else if (current) current.lines.push(line);
    else lead.push(line);
  }
  flush();
  return { lead: lead.join('\n'), sections };
}

/** Section text normalised to start after one blank line and end without trailing blank lines. */
export function sectionBlock(heading: string, text: string): string {
  return `## ${heading}\n\n${text.replace(/^\n+/, '').replace(/\s+$/, '')}\n`;
}
