// The rule layer's entry: YAML text → one rule model per document, with every problem collected.
import { isMap, parseAllDocuments, type Document } from 'yaml';
import { ProblemSink } from './codes';
import type { SigmaRule } from './model';
import { parseDocument } from './parse-document';
import { rangeOf } from './yaml-node';

export interface ReadRules {
  rules: SigmaRule[];
  sink: ProblemSink;
}

export function readRules(text: string, sink: ProblemSink = new ProblemSink()): ReadRules {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  const all: Document[] = Array.isArray(parsed) ? parsed : [];
  const docs = all.filter((d) => d.contents !== null || d.errors.length > 0);
  if (docs.length === 0) {
    sink.error('NOT_A_MAPPING', 'the file holds no YAML document', { start: 0, end: 0 });
    return { rules: [], sink };
  }
  // A Sigma v1 collection: some document carries `action`, and documents complete each other.
  const inCollection = docs.some((d) => isMap(d.contents) && d.contents.has('action'));
  if (docs.length > 1) {
    const second = docs[1] as Document;
    sink.warn(
      'MULTIPLE_DOCUMENTS',
      inCollection
        ? `the file is a Sigma v1 collection of ${docs.length} documents: each rule it makes is converted, one query for all`
        : `the file holds ${docs.length} YAML documents; each is parsed, none is converted to a single query yet`,
      rangeOf(second.contents, { start: 0, end: 0 }),
    );
  }
  const rules: SigmaRule[] = [];
  docs.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const code = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
        // yaml marks a duplicate key by its first character; the whole key reads better under a caret.
        const end =
          code === 'DUPLICATE_KEY'
            ? e.pos[0] + (/^[^\s:]*/.exec(text.slice(e.pos[0]))?.[0].length ?? 1)
            : e.pos[1];
        sink.error(code, e.message.split('\n')[0] ?? e.message, {
          start: e.pos[0],
          end: Math.max(end, e.pos[1]),
        });
      }
      return;
    }
    const rule = parseDocument(doc, text, index, docs.length, sink, inCollection);
    if (rule) rules.push(rule);
  });
  return { rules, sink };
}
