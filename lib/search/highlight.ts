// Matched terms marked in displayed text. Returns segments, never HTML: the UI renders them as text nodes, so
// a rule's title cannot inject markup.
import { queryChunks } from './tokenize';

export interface Segment {
  text: string;
  hit: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A results page highlights 50 titles, 50 descriptions and their detection values with the same query: the pattern
// is compiled once per query, not once per string.
let cached: { query: string; pattern: RegExp | null } = { query: '', pattern: null };

function patternFor(query: string): RegExp | null {
  if (cached.query !== query) {
    const terms = queryChunks(query).sort((a, b) => b.length - a.length);
    cached = {
      query,
      pattern: terms.length
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'giu')
        : null,
    };
  }
  return cached.pattern;
}

/** Marks each occurrence of a query term (or of its prefix use) that starts a word. */
export function highlight(text: string, query: string): Segment[] {
  const pattern = patternFor(query);
  if (!pattern || !text) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  // matchAll works on a copy of the pattern, so the shared one keeps no lastIndex between calls.
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments.length ? segments : [{ text, hit: false }];
}
