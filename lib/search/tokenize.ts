// One tokenizer for documents and queries, so `localto.net`, `T1059.001` and `certutil` find what they name.
// A chunk is text between separators that never belong to a name (space, slash, quote, operator...). Each chunk
// yields its alphanumeric parts and, when it has several, the whole chunk too: `localto.net` gives `localto`,
// `net` and `localto.net`, so a dotted query matches the dotted value and not just both words somewhere.

const CHUNK_SEPARATORS = /[\s\\/,;:"'`=|()[\]{}<>*?^$%&!+~]+/u;
const PART_SEPARATORS = /[^\p{L}\p{N}]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split(CHUNK_SEPARATORS)) {
    const chunk = raw.replace(EDGE_PUNCTUATION, '');
    if (!chunk) continue;
    const parts = chunk.split(PART_SEPARATORS).filter(Boolean);
    tokens.push(...parts);
    if (parts.length > 1) tokens.push(chunk);
  }
  return tokens;
}

export function normalizeTerm(term: string): string {
  return term.toLowerCase();
}

/** Shorter terms match nearly every rule and would cost the most to answer: they wait for the next key. */
export const MIN_TERM_LENGTH = 2;

/** Query terms as the engine sees them: lower-case, deduplicated, in typing order, long enough to search. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).map(normalizeTerm))].filter((term) => term.length >= MIN_TERM_LENGTH);
}

/** Lower-case chunks of a detection value worth indexing: no hashes, bare numbers, single letters or blobs. */
export function valueChunks(value: string): string[] {
  const chunks: string[] = [];
  for (const raw of value.toLowerCase().split(CHUNK_SEPARATORS)) {
    const chunk = raw.replace(EDGE_PUNCTUATION, '');
    if (chunk.length < 2 || chunk.length > 48) continue;
    if (/^[0-9a-f]{16,}$/.test(chunk) || /^[\d.]+$/.test(chunk)) continue;
    chunks.push(chunk);
  }
  return chunks;
}

/**
 * Query terms for substring matching (the scan and highlighting): whole chunks, since a chunk matching at a
 * word start implies each of its parts does too. `localto.net` stays one term.
 */
export function queryChunks(query: string): string[] {
  const chunks = query
    .toLowerCase()
    .split(CHUNK_SEPARATORS)
    .map((raw) => raw.replace(EDGE_PUNCTUATION, ''))
    .filter((chunk) => chunk.length >= MIN_TERM_LENGTH);
  return [...new Set(chunks)];
}
