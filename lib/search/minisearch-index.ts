// The alternative full-text engine the benchmark measures against the scan (scripts/bench-search.ts): a
// MiniSearch inverted index built in the browser from the decoded entries. Same fields, weights and answers as
// createScanIndex; it answers a keystroke about as fast but takes over a second to build for 3,000 rules, so
// the feed uses the scan.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Catalog } from './catalog';
import { techniqueFacetValues } from './catalog';
import { normalizeTerm, queryTerms, tokenize } from './tokenize';
import type { RuleEntry, TextHit, TextIndex } from './types';

/** Title first, then what an analyst types most: IDs, technique names, log source. */
const BOOST = { title: 8, ids: 6, names: 3, source: 2, tags: 2, description: 1.5, author: 1, values: 1 };
const FIELDS = Object.keys(BOOST);
/** Added to the score of rules whose title matches every query term, so they always rank first. */
const TITLE_TIER = 1_000_000;

function documentOf(entry: RuleEntry, names: Record<string, string>) {
  const techniques = techniqueFacetValues(entry.techniques);
  return {
    id: entry.n,
    title: entry.title,
    ids: [...techniques, ...entry.tactics].join(' '),
    names: techniques.map((id) => names[id] ?? '').join(' '),
    source: [entry.product, entry.category, entry.service, entry.dataTable].filter(Boolean).join(' '),
    tags: entry.tags.join(' '),
    description: entry.description,
    author: entry.author,
    values: entry.values,
  };
}

function newMiniSearch() {
  return new MiniSearch<ReturnType<typeof documentOf>>({
    fields: FIELDS,
    tokenize,
    processTerm: normalizeTerm,
    searchOptions: { boost: BOOST, prefix: true, combineWith: 'AND' },
  });
}

function wrap(ms: ReturnType<typeof newMiniSearch>, catalog: Catalog): TextIndex {
  const titleTokens = new Map<number, string[]>();
  const titleMatches = (n: number, terms: string[]) => {
    let tokens = titleTokens.get(n);
    if (!tokens) {
      tokens = tokenize(catalog.entries[n]?.title ?? '').map(normalizeTerm);
      titleTokens.set(n, tokens);
    }
    const words = tokens;
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  };
  return {
    search(query) {
      const terms = queryTerms(query);
      const hits = new Map<number, TextHit>();
      if (terms.length === 0) return hits;
      for (const result of ms.search(terms.join(' ')) as SearchResult[]) {
        const n = result.id as number;
        const titleHit = titleMatches(n, terms);
        const matched: Record<string, string[]> = {};
        for (const [term, fields] of Object.entries(result.match)) {
          for (const field of fields) (matched[field] ??= []).push(term);
        }
        hits.set(n, { score: result.score + (titleHit ? TITLE_TIER : 0), titleHit, matched });
      }
      return hits;
    },
  };
}

export function createMiniSearchIndex(catalog: Catalog): TextIndex {
  const ms = newMiniSearch();
  ms.addAll(catalog.entries.map((entry) => documentOf(entry, catalog.techniqueNames)));
  return wrap(ms, catalog);
}
