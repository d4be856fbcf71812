// One YAML document → the rule model: metadata checked against the Sigma specification v2, the logsource,
// and the detection section. Unknown top-level keys are kept and reported as warnings.
import { isScalar, isSeq, type Document } from 'yaml';
import type { SourceRange } from '../problem';
import type { ProblemSink } from './codes';
import type {
  Logsource,
  RelatedRule,
  RelationType,
  RuleLevel,
  RuleStatus,
  RuleTag,
  SigmaRule,
} from './model';
import { own, setOwn } from '../own';
import { parseDetection } from './parse-detection';
import { checkCorrelation, checkFilter } from './parse-meta';
import { asMap, pairKey, rangeOf, resolve, stringList, stringValue } from './yaml-node';

const STATUSES: readonly RuleStatus[] = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'];
const LEVELS: readonly RuleLevel[] = ['informational', 'low', 'medium', 'high', 'critical'];
const RELATIONS: readonly RelationType[] = ['derived', 'obsolete', 'merged', 'renamed', 'similar'];
const LOGSOURCE_KEYS = ['category', 'product', 'service', 'definition'] as const;
const KNOWN_KEYS = new Set([
  'title',
  'id',
  'related',
  'name',
  'taxonomy',
  'status',
  'description',
  'license',
  'author',
  'references',
  'date',
  'modified',
  'logsource',
  'detection',
  'fields',
  'falsepositives',
  'level',
  'tags',
  'scope',
  // meta rules (correlation and filter) and the v1 multi-document marker
  'correlation',
  'filter',
  'generate',
  'action',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAG = /^[a-z0-9_-]+\.[a-z0-9._-]+$/;

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function parseDocument(
  doc: Document,
  text: string,
  index: number,
  count: number,
  sink: ProblemSink,
  inCollection = false,
): SigmaRule | undefined {
  const root = asMap(doc.contents, doc);
  const docRange = rangeOf(doc.contents, { start: 0, end: text.length });
  const docStart = { start: docRange.start, end: docRange.start };
  if (!root) {
    sink.error('NOT_A_MAPPING', 'a Sigma rule must be a YAML mapping', docRange);
    return undefined;
  }
  const nodes = new Map<string, unknown>();
  const keyRanges: Record<string, SourceRange> = {};
  const custom: Record<string, unknown> = {};
  for (const pair of root.items) {
    const key = pairKey(pair, doc);
    const range = rangeOf(pair.key, docRange);
    if (!key) {
      sink.error('INVALID_FIELD_TYPE', 'a top-level key must be a string', range);
      continue;
    }
    nodes.set(key.text, pair.value);
    setOwn(keyRanges, key.text, range);
    if (!KNOWN_KEYS.has(key.text)) {
      setOwn(custom, key.text, plainValue(pair.value, doc));
      sink.warn(
        'UNKNOWN_KEY',
        `'${key.text}' is not a Sigma specification field (kept as a custom field)`,
        range,
      );
    }
  }
  const at = (key: string): SourceRange =>
    own(keyRanges, key) ?? { start: docRange.start, end: docRange.start };
  const valueAt = (key: string): SourceRange => rangeOf(resolve(nodes.get(key), doc), at(key));

  const str = (key: string): string | undefined => {
    if (!nodes.has(key)) return undefined;
    const v = stringValue(nodes.get(key), doc);
    if (v === undefined) sink.error('INVALID_FIELD_TYPE', `'${key}' must be a string`, valueAt(key));
    return v;
  };
  const list = (key: string): string[] => {
    if (!nodes.has(key)) return [];
    const node = resolve(nodes.get(key), doc);
    if (isScalar(node) && node.value === null) return [];
    const v = stringList(node, doc);
    if (v === undefined) sink.error('INVALID_FIELD_TYPE', `'${key}' must be a list of strings`, valueAt(key));
    return v ?? [];
  };
  const oneOf = <T extends string>(
    key: string,
    allowed: readonly T[],
    code: 'INVALID_STATUS' | 'INVALID_LEVEL',
  ) => {
    const v = str(key);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    sink.error(code, `'${key}' must be one of ${allowed.join(', ')}`, valueAt(key));
    return undefined;
  };
  const date = (key: string): string | undefined => {
    const v = str(key);
    if (v !== undefined && !isCalendarDate(v))
      sink.error('INVALID_DATE', `'${key}' must be a date YYYY-MM-DD`, valueAt(key));
    return v;
  };

  const isCorrelation = nodes.has('correlation');
  const isFilter = nodes.has('filter') && !nodes.has('detection');
  // Sigma v1 collections (`action: global|reset|repeat`) spread one rule over documents: no single document
  // has to be complete, so required fields are not demanded of them.
  const action = nodes.has('action') ? str('action') : undefined;
  const required = action === undefined && !inCollection;
  const kind = isCorrelation ? 'correlation' : isFilter ? 'filter' : 'detection';

  const title = str('title');
  if (!nodes.has('title') && required) sink.error('MISSING_FIELD', "a rule needs a 'title'", docStart);
  const id = str('id');
  if (id !== undefined && !UUID.test(id)) sink.error('INVALID_ID', "'id' must be a UUID", valueAt('id'));

  const related: RelatedRule[] = [];
  if (nodes.has('related')) {
    const seq = resolve(nodes.get('related'), doc);
    if (!isSeq(seq)) sink.error('INVALID_FIELD_TYPE', "'related' must be a list", valueAt('related'));
    else {
      for (const item of seq.items) {
        const map = asMap(item, doc);
        const range = rangeOf(item, valueAt('related'));
        const rid = map && stringValue(map.get('id', true), doc);
        const type = map && stringValue(map.get('type', true), doc);
        if (!rid || !UUID.test(rid) || !type || !(RELATIONS as readonly string[]).includes(type)) {
          sink.error(
            'INVALID_RELATED',
            `'related' entries need a UUID 'id' and a 'type' of ${RELATIONS.join(', ')}`,
            range,
          );
        } else related.push({ id: rid, type: type as RelationType, range });
      }
    }
  }

  const tags: RuleTag[] = [];
  if (nodes.has('tags')) {
    const seq = resolve(nodes.get('tags'), doc);
    for (const item of isSeq(seq) ? seq.items : []) {
      const raw = stringValue(item, doc);
      const range = rangeOf(item, valueAt('tags'));
      if (raw === undefined || !TAG.test(raw)) {
        sink.warn('INVALID_TAG', "a tag must be 'namespace.value' in lower case", range);
        if (raw === undefined) continue;
      }
      const dot = raw.indexOf('.');
      tags.push({
        raw,
        namespace: dot === -1 ? raw : raw.slice(0, dot),
        value: dot === -1 ? '' : raw.slice(dot + 1),
        range,
      });
    }
    if (!isSeq(seq) && !(isScalar(seq) && seq.value === null))
      sink.error('INVALID_FIELD_TYPE', "'tags' must be a list", valueAt('tags'));
  }

  const logsource: Logsource = { range: valueAt('logsource') };
  if (nodes.has('logsource')) {
    const map = asMap(nodes.get('logsource'), doc);
    if (!map) sink.error('INVALID_FIELD_TYPE', "'logsource' must be a mapping", valueAt('logsource'));
    for (const pair of map?.items ?? []) {
      const key = pairKey(pair, doc);
      const range = rangeOf(pair.key, logsource.range);
      const known = LOGSOURCE_KEYS.find((k) => k === key?.text);
      const value = stringValue(pair.value, doc);
      if (!known) {
        sink.warn(
          'UNKNOWN_LOGSOURCE_KEY',
          `'${key?.text ?? '?'}' is not a standard logsource field (not evaluated)`,
          range,
        );
      } else if (value === undefined)
        sink.error('INVALID_FIELD_TYPE', `'logsource.${known}' must be a string`, rangeOf(pair.value, range));
      else logsource[known] = value;
    }
  } else if (kind === 'detection' && required) {
    sink.error('MISSING_FIELD', "a rule needs a 'logsource'", docStart);
  }

  let detection;
  if (nodes.has('detection')) {
    const map = asMap(nodes.get('detection'), doc);
    if (map) detection = parseDetection(map, at('detection'), doc, text, sink, required);
    else sink.error('INVALID_FIELD_TYPE', "'detection' must be a mapping", valueAt('detection'));
  } else if (kind === 'detection' && required) {
    sink.error('MISSING_FIELD', "a rule needs a 'detection'", docStart);
  }

  const rule: SigmaRule = {
    kind,
    title: title ?? '',
    related,
    references: list('references'),
    logsource,
    fields: list('fields'),
    falsepositives: list('falsepositives'),
    tags,
    scope: list('scope'),
    custom,
    keyRanges,
    document: { index, count },
    ...(action !== undefined && { action }),
    range: docRange,
  };
  const optional = {
    id,
    name: str('name'),
    taxonomy: str('taxonomy'),
    status: oneOf('status', STATUSES, 'INVALID_STATUS'),
    description: str('description'),
    license: str('license'),
    author: str('author'),
    date: date('date'),
    modified: date('modified'),
    level: oneOf('level', LEVELS, 'INVALID_LEVEL'),
    detection,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(rule, { [k]: v });

  if (isCorrelation) {
    rule.correlation = plain(doc, 'correlation');
    const meta = checkCorrelation(nodes.get('correlation'), at('correlation'), doc, sink);
    if (meta) rule.metaSummary = meta.summary;
    sink.warn(
      'CORRELATION_RULE',
      'correlation rules are parsed but not converted to a single query yet',
      at('correlation'),
    );
  } else if (isFilter) {
    rule.filter = plain(doc, 'filter');
    const map = asMap(nodes.get('filter'), doc);
    if (!map) sink.error('INVALID_FILTER', "'filter' must be a mapping", valueAt('filter'));
    else {
      const meta = checkFilter(map, at('filter'), doc, text, sink);
      rule.detection = meta.detection;
      rule.metaSummary = meta.summary;
    }
    sink.warn('FILTER_RULE', 'filter rules are parsed but not converted to a single query yet', at('filter'));
  }
  return rule;
}

/** A custom key's value as plain data; undefined when it cannot be (an alias bomb exceeds yaml's alias budget). */
function plainValue(node: unknown, doc: Document): unknown {
  const value = resolve(node, doc);
  if (!value || typeof value !== 'object' || !('toJSON' in value)) return value;
  try {
    return (value as { toJSON(): unknown }).toJSON();
  } catch {
    return undefined;
  }
}

function plain(doc: Document, key: string): unknown {
  try {
    return (doc.toJS() as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
