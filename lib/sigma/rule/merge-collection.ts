// Sigma v1 collections: a file of several documents where `action: global` lends its content to every later
// document, `action: reset` drops it and `action: repeat` starts from the previous rule. Each other document
// becomes one rule, merged as the v1 tools did: mappings merge key by key, anything else is replaced.
import type { SourceRange } from '../problem';
import type { ProblemSink } from './codes';
import type { Detection, DetectionItem, DetectionNode, SearchIdentifier, SigmaRule } from './model';

/** Real v1 collections hold a handful of documents. */
export const MAX_DOCUMENTS = 64;

const itemKey = (item: DetectionItem) => [item.field ?? '', ...item.modifiers.map((m) => m.name)].join('|');

/** A map body merged field by field (the later document's value for a key wins); other bodies are replaced. */
function mergeBody(base: DetectionNode, over: DetectionNode): DetectionNode {
  if (base.kind !== 'AllOf' || over.kind !== 'AllOf') return over;
  if (![...base.children, ...over.children].every((c) => c.kind === 'Item')) return over;
  const children = new Map<string, DetectionNode>();
  for (const c of [...base.children, ...over.children]) children.set(itemKey(c as DetectionItem), c);
  return { ...over, children: [...children.values()] };
}

function mergeDetection(base: Detection | undefined, over: Detection | undefined): Detection | undefined {
  if (!base || !over) {
    const only = base ?? over;
    return only && { ...only, conditions: only.conditions.map(({ ast: _, ...c }) => c) };
  }
  const identifiers = new Map<string, SearchIdentifier>(base.identifiers.map((i) => [i.name, i]));
  for (const i of over.identifiers) {
    const was = identifiers.get(i.name);
    identifiers.set(i.name, was ? { ...i, body: mergeBody(was.body, i.body) } : i);
  }
  const conditions = (over.conditions.length ? over.conditions : base.conditions).map(
    ({ ast: _, ...c }) => c,
  );
  const merged: Detection = {
    identifiers: [...identifiers.values()],
    identifierNames: [...new Set([...base.identifierNames, ...over.identifierNames])],
    conditions,
    range: over.range,
  };
  const timeframe = over.timeframe ?? base.timeframe;
  if (timeframe !== undefined) merged.timeframe = timeframe;
  return merged;
}

function merge(base: SigmaRule, over: SigmaRule): SigmaRule {
  const has = (key: string) => Object.hasOwn(over.keyRanges, key);
  const list = <K extends 'references' | 'fields' | 'falsepositives' | 'tags' | 'scope' | 'related'>(
    key: K,
  ) => (has(key) ? over[key] : base[key]);
  const merged: SigmaRule = {
    ...base,
    ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)),
    title: over.title || base.title,
    related: list('related'),
    references: list('references'),
    fields: list('fields'),
    falsepositives: list('falsepositives'),
    tags: list('tags'),
    scope: list('scope'),
    logsource: {
      ...base.logsource,
      ...over.logsource,
      range: has('logsource') ? over.logsource.range : base.logsource.range,
    },
    custom: { ...base.custom, ...over.custom },
    keyRanges: { ...base.keyRanges, ...over.keyRanges },
    collection: {
      documents: [...(base.collection?.documents ?? [base.document.index]), over.document.index],
    },
    kind: over.kind !== 'detection' ? over.kind : base.kind,
  };
  delete merged.action;
  const detection = mergeDetection(base.detection, over.detection);
  if (detection) merged.detection = detection;
  return merged;
}

const fresh = (rule: SigmaRule): SigmaRule =>
  merge({ ...rule, keyRanges: {}, custom: {}, collection: { documents: [] } }, rule);

/** The rules a v1 collection stands for, in document order; problems (e.g. nothing to repeat) go to the sink. */
export function mergeCollection(documents: SigmaRule[], sink: ProblemSink): SigmaRule[] {
  // `repeat` chains grow each rule from the previous one: their total size is quadratic in the documents.
  if (documents.length > MAX_DOCUMENTS) {
    const at = documents[MAX_DOCUMENTS]?.range ?? { start: 0, end: 0 };
    const message = `a collection of more than ${MAX_DOCUMENTS} documents is not merged`;
    sink.error('INVALID_COLLECTION', message, { start: at.start, end: at.start });
    return [];
  }
  let global: SigmaRule | undefined;
  let previous: SigmaRule | undefined;
  const rules: SigmaRule[] = [];
  for (const doc of documents) {
    const at: SourceRange = doc.keyRanges.action ?? { start: doc.range.start, end: doc.range.start };
    switch (doc.action) {
      case 'global':
        global = global ? merge(global, doc) : fresh(doc);
        break;
      case 'reset':
        global = undefined;
        break;
      case 'repeat':
        if (!previous)
          sink.error('INVALID_COLLECTION', "'action: repeat' needs an earlier rule to repeat", at);
        else rules.push((previous = merge(previous, doc)));
        break;
      case undefined:
        rules.push((previous = global ? merge(global, doc) : fresh(doc)));
        break;
      default:
        sink.error('INVALID_COLLECTION', `'action' must be global, reset or repeat, not '${doc.action}'`, at);
    }
  }
  for (const rule of rules) {
    const start = { start: rule.range.start, end: rule.range.start };
    const missing = ['title', 'logsource', 'detection'].filter((k) => !Object.hasOwn(rule.keyRanges, k));
    for (const key of missing)
      sink.error(
        'MISSING_FIELD',
        `this rule of the collection has no '${key}' (nor does a global document)`,
        start,
      );
    if (rule.detection && rule.detection.conditions.length === 0)
      sink.error(
        'MISSING_FIELD',
        "this rule of the collection has no 'condition' (nor does a global document)",
        start,
      );
  }
  return rules;
}
