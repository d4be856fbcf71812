import type { ContentProblem, SectionKey } from './types';

// The body is a sequence of `## ` sections with known titles. Anything else would silently vanish from the
// page, so it is reported instead.

export const SECTION_TITLES: Record<SectionKey, string> = {
  'hunt-hypothesis': 'Hunt Hypothesis',
  'false-positive-guidance': 'False Positive Guidance',
  'mitre-attack-context': 'MITRE ATT&CK Context',
};

const BY_TITLE = new Map<string, SectionKey>(
  Object.entries(SECTION_TITLES).map(([key, title]) => [title.toLowerCase(), key as SectionKey]),
);

export interface RawSection {
  key: SectionKey;
  markdown: string;
}

/** Splits the markdown body into sections. `firstLine` is the body's first line in the file. */
export function splitSections(
  body: string,
  file: string,
  firstLine: number,
): { sections: RawSection[]; problems: ContentProblem[] } {
  const sections: RawSection[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Set<SectionKey>();
  let current: { key: SectionKey; lines: string[] } | undefined;
  let fence: string | undefined;
  // After an unknown heading its text belongs to that (reported) section, not to "before the first heading".
  let skipping = false;
  const flush = () => {
    if (!current) return;
    const markdown = current.lines.join('\n').trim();
    // An empty section renders nothing, as an absent one would.
    if (markdown) sections.push({ key: current.key, markdown });
  };
  body.split(/\r?\n/).forEach((line, index) => {
    const lineNo = firstLine + index;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const title = (heading[1] as string).trim();
      const key = BY_TITLE.get(title.toLowerCase());
      if (!key) {
        const known = Object.values(SECTION_TITLES).join(', ');
        problems.push({
          code: 'UNKNOWN_SECTION',
          file,
          line: lineNo,
          field: 'body',
          message: `unknown section "${title}" (expected one of: ${known})`,
        });
        flush();
        current = undefined;
        skipping = true;
        return;
      }
      if (seen.has(key)) {
        problems.push({
          code: 'DUPLICATE_SECTION',
          file,
          line: lineNo,
          field: 'body',
          message: `section "${title}" appears twice`,
        });
      }
      seen.add(key);
      flush();
      current = { key, lines: [] };
      return;
    }
    if (current) current.lines.push(line);
    else if (!skipping && line.trim() && !problems.some((p) => p.code === 'TEXT_OUTSIDE_SECTION')) {
      problems.push({
        code: 'TEXT_OUTSIDE_SECTION',
        file,
        line: lineNo,
        field: 'body',
        message: 'text before the first "## " section heading would not be shown',
      });
    }
  });
  flush();
  return { sections, problems };
}
