// Full-text side without a prebuilt index: every rule's fields kept as lower-case text and scanned per
// keystroke. For ~3,000 rules a scan answers in a few milliseconds and costs nothing to build, where an
// inverted index takes seconds to fill in the browser (figures in scripts/bench-search.ts).
// A query term matches where a word of a field starts with it, so `lsass` finds `\lsass.exe` and `certu`
// finds `certutil`; every term must match somewhere (AND).
import type { Catalog } from './catalog';
import { techniqueFacetValues } from './catalog';
import { runAll, runInSlices, SLICE, type Steps } from './slices';
import { queryChunks } from './tokenize';
import type { TextHit, TextIndex } from './types';

/** Title first, then what an analyst types most: IDs, technique names, log source. */
const FIELDS = [
  ['title', 8],
  ['ids', 6],
  ['names', 3],
  ['source', 2],
  ['tags', 2],
  ['description', 1.5],
  ['author', 1],
  ['values', 1],
] as const;
/** Added to the score of rules whose title matches every query term, so they always rank first. */
const TITLE_TIER = 1_000_000;
/** A term that is a whole word (not just a word's start) weighs this much more. */
const WHOLE_WORD = 1.5;
const FIELD_SPREAD = 0.25;
const SEPARATOR = '\u0000';

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return NON_ASCII_WORD.test(text[at] ?? '');
}

/** Where `term` starts a word in `text`: 0 none, 1 a word's start, WHOLE_WORD the whole word. */
function wordMatch(text: string, term: string): number {
  let best = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (at > 0 && isWordCharAt(text, at - 1)) continue;
    if (!isWordCharAt(text, at + term.length)) return WHOLE_WORD;
    best = 1;
  }
  return best;
}

interface ScanDoc {
  n: number;
  /** every field, lower-cased, joined by SEPARATOR: one string to reject most documents with */
  all: string;
  /** the fields one by one (in FIELDS order), split from `all` when the document first matches */
  fields?: string[];
}

function scanDoc(entry: Catalog['entries'][number], techniqueNames: Catalog['techniqueNames']): ScanDoc {
  const techniques = techniqueFacetValues(entry.techniques);
  const fields = [
    entry.title,
    [...techniques, ...entry.tactics].join(' '),
    techniques.map((id) => techniqueNames[id] ?? '').join(' '),
    [entry.product, entry.category, entry.service, entry.dataTable].filter(Boolean).join(' '),
    entry.tags.join(' '),
    entry.description,
    entry.author,
    entry.values,
  ];
  // One toLowerCase per rule, not one per field: building the scan is on the path to a reader's first results.
  return { n: entry.n, all: fields.join(SEPARATOR).toLowerCase() };
}

function fieldsOf(doc: ScanDoc): string[] {
  if (!doc.fields) {
    const fields = doc.all.split(SEPARATOR);
    // A field holding the separator itself (a NUL in a rule's text) would shift the others: such a document
    // is scored as one field rather than misattributed.
    doc.fields = fields.length === FIELDS.length ? fields : [doc.all];
  }
  return doc.fields;
}

function* scanSteps(catalog: Catalog): Steps<TextIndex> {
  const docs: ScanDoc[] = [];
  for (let i = 0; i < catalog.entries.length; i++) {
    docs.push(scanDoc(catalog.entries[i]!, catalog.techniqueNames));
    if (i % SLICE === SLICE - 1) yield;
  }
  return scanIndexOf(docs);
}

export function createScanIndex(catalog: Catalog): TextIndex {
  return runAll(scanSteps(catalog));
}

/** createScanIndex as short tasks, awaiting pause() between them (the browser's loader). */
export function createScanIndexInSlices(catalog: Catalog, pause: () => Promise<void>): Promise<TextIndex> {
  return runInSlices(scanSteps(catalog), pause);
}

/**
 * Typing extends the previous query: when each of its terms still has a term starting with it, no document it
 * rejected can match the longer query (a word starting with `lsass` also starts with `ls`), so only its hits are
 * scanned again. `from` is the previous answer, `to` the new query's terms.
 */
export function narrows(from: readonly string[], to: readonly string[]): boolean {
  return from.length > 0 && from.every((old) => to.some((term) => term.startsWith(old)));
}

function scanIndexOf(docs: ScanDoc[]): TextIndex {
  // The last answer: asked again for the same query (the filter counts follow the results a frame later) it is
  // returned as is; a query that narrows it scans only its hits.
  let last: { query: string; terms: string[]; docs: ScanDoc[]; hits: Map<number, TextHit> } | null = null;
  return {
    search(query) {
      if (last?.query === query) return last.hits;
      const terms = queryChunks(query);
      const hits = new Map<number, TextHit>();
      if (terms.length === 0) return hits;
      const candidates = last && narrows(last.terms, terms) ? last.docs : docs;
      const matching: ScanDoc[] = [];
      // Longest terms first: they reject most documents soonest.
      const ordered = [...terms].sort((a, b) => b.length - a.length);
      for (const doc of candidates) {
        if (!ordered.every((term) => wordMatch(doc.all, term) > 0)) continue;
        matching.push(doc);
        const texts = fieldsOf(doc);
        let score = 0;
        let titleHit = true;
        const matched: Record<string, string[]> = {};
        for (const term of terms) {
          let best = 0;
          let fields = 0;
          FIELDS.forEach(([name, weight], i) => {
            const m = wordMatch(texts[i] ?? '', term);
            if (m === 0) return;
            (matched[name] ??= []).push(term);
            best = Math.max(best, m * weight);
            fields += 1;
          });
          if (!matched.title?.includes(term)) titleHit = false;
          // The best field counts; each further field a little: a rule about the term mentions it often.
          score += best + FIELD_SPREAD * (fields - 1);
        }
        hits.set(doc.n, { score: score + (titleHit ? TITLE_TIER : 0), titleHit, matched });
      }
      last = { query, terms, docs: matching, hits };
      return hits;
    },
  };
}
