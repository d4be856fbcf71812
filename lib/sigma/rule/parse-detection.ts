// Reads the `detection` section: search identifiers (maps ANDed, lists ORed, keyword lists), field keys
// with their modifiers, and values with the modifiers applied. The condition stays text here; the
// condition layer parses it.
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { SourceRange } from '../problem';
import { applyModifiers, type RawValue } from './apply-modifiers';
import type { ProblemSink } from './codes';
import type {
  ConditionSource,
  Detection,
  DetectionItem,
  DetectionNode,
  DetectionValue,
  Modifier,
  SearchIdentifier,
} from './model';
import { parseKey } from './parse-key';
import { pairKey, rangeOf, resolve, scalarTextOffset } from './yaml-node';

interface Ctx {
  doc: Document;
  text: string;
  sink: ProblemSink;
}

function rawValue(node: unknown, ctx: Ctx): RawValue | undefined {
  const n = resolve(node, ctx.doc);
  if (n === null || n === undefined) return { kind: 'null' };
  if (!isScalar(n)) return undefined;
  const v = n.value;
  if (v === null || v === undefined) return { kind: 'null' };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') {
    const r = n.range;
    return { kind: 'number', value: v, source: r ? ctx.text.slice(r[0], r[1]) : String(v) };
  }
  return undefined;
}

function parseValues(
  node: unknown,
  field: string | undefined,
  modifiers: Modifier[],
  keyRange: SourceRange,
  ctx: Ctx,
): DetectionValue[] | undefined {
  const n = resolve(node, ctx.doc);
  const items = isSeq(n) ? n.items : [n];
  if (isSeq(n) && items.length === 0) {
    ctx.sink.error('EMPTY_VALUE_LIST', 'a value list must not be empty', rangeOf(n, keyRange));
    return undefined;
  }
  const neq = modifiers.find((m) => m.name === 'neq');
  if (neq) {
    // `neq` negates the whole item: with `all` or `exists` that reads two ways, and a keyword has no field.
    const clash = modifiers.find((m) => m.name === 'all' || m.name === 'exists');
    const why = clash
      ? `modifier 'neq' cannot be combined with '${clash.name}'`
      : field === undefined
        ? "modifier 'neq' needs a field"
        : undefined;
    if (why) {
      ctx.sink.error('INVALID_MODIFIER_COMBINATION', why, neq.range);
      return undefined;
    }
  }
  const all = modifiers.find((m) => m.name === 'all');
  if (all && items.length < 2) {
    // Sigma modifiers appendix: single values must not carry `all` (some backends cannot express it).
    ctx.sink.error('INVALID_MODIFIER_VALUE', "modifier 'all' needs a list of two or more values", all.range);
    return undefined;
  }
  const values: DetectionValue[] = [];
  let ok = true;
  for (const item of items) {
    const range = rangeOf(item, keyRange);
    let raw = rawValue(item, ctx);
    if (!raw) {
      ctx.sink.error('INVALID_DETECTION', 'a value must be a string, number, boolean or null', range);
      ok = false;
      continue;
    }
    if (field === undefined && raw.kind === 'number') raw = { kind: 'string', value: raw.source };
    const result = applyModifiers(raw, modifiers, field !== undefined);
    if ('failure' in result) {
      ctx.sink.error(result.failure.code, result.failure.message, result.failure.at ?? range);
      ok = false;
      continue;
    }
    if (field === undefined && raw.kind !== 'string') {
      ctx.sink.error('INVALID_DETECTION', 'a keyword must be a string', range);
      ok = false;
      continue;
    }
    if (field === undefined && result.values.some((v) => v.kind !== 'String' && v.kind !== 'Regex')) {
      const at = modifiers[0]?.range ?? range;
      ctx.sink.error('INVALID_MODIFIER_COMBINATION', 'keywords only take string and regex modifiers', at);
      ok = false;
      continue;
    }
    if (
      result.values.some(
        (v) =>
          (v.kind === 'Number' || v.kind === 'Compare') &&
          !Number.isSafeInteger(v.value) &&
          Number.isInteger(v.value),
      )
    ) {
      // Beyond 2^53 a YAML integer is silently rounded: the rule would compare against another number.
      ctx.sink.error(
        'INVALID_DETECTION',
        'this integer is too large to compare exactly; quote it as a string',
        range,
      );
      ok = false;
      continue;
    }
    values.push({ alternatives: result.values, range });
  }
  return ok ? values : undefined;
}

function parseMap(map: YAMLMap, ctx: Ctx): DetectionNode | undefined {
  const children: DetectionNode[] = [];
  let ok = true;
  for (const pair of map.items) {
    const key = pairKey(pair, ctx.doc);
    const keyRange = rangeOf(pair.key, rangeOf(map, { start: 0, end: 0 }));
    if (!key?.node) {
      ctx.sink.error('INVALID_DETECTION', 'a field name must be a plain string', keyRange);
      ok = false;
      continue;
    }
    const parsed = parseKey(key.node, key.text, ctx.text, ctx.sink);
    if (!parsed) {
      ok = false;
      continue;
    }
    const value = resolve(pair.value, ctx.doc);
    if (isMap(value) || (isSeq(value) && value.items.some((i) => !isScalar(resolve(i, ctx.doc))))) {
      ctx.sink.error(
        'INVALID_DETECTION',
        `values of '${key.text}' must be a value or a list of values`,
        rangeOf(value, keyRange),
      );
      ok = false;
      continue;
    }
    const field = parsed.field === '' ? undefined : parsed.field;
    const values = parseValues(value, field, parsed.modifiers, keyRange, ctx);
    if (!values) {
      ok = false;
      continue;
    }
    const linking = parsed.modifiers.some((m) => m.name === 'all') ? 'all' : 'any';
    const item: DetectionItem = {
      kind: 'Item',
      modifiers: parsed.modifiers,
      linking,
      values,
      range: keyRange,
    };
    if (parsed.modifiers.some((m) => m.name === 'neq')) item.negated = true;
    if (field !== undefined) item.field = field;
    children.push(item);
  }
  if (!ok) return undefined;
  return { kind: 'AllOf', children, range: rangeOf(map, { start: 0, end: 0 }) };
}

function parseBody(node: unknown, keyRange: SourceRange, ctx: Ctx): DetectionNode | undefined {
  const n = resolve(node, ctx.doc);
  const empty = n === null || (isScalar(n) && (n.value === null || n.value === ''));
  const range = empty ? keyRange : rangeOf(n, keyRange);
  if (isMap(n)) {
    if (n.items.length === 0) {
      ctx.sink.error('INVALID_DETECTION', 'a search identifier must not be empty', range);
      return undefined;
    }
    return parseMap(n, ctx);
  }
  if (isSeq(n)) {
    if (n.items.length === 0) {
      ctx.sink.error('INVALID_DETECTION', 'a search identifier must not be empty', range);
      return undefined;
    }
    const maps = n.items.filter((i) => isMap(resolve(i, ctx.doc)));
    if (maps.length === 0) {
      const values = parseValues(n, undefined, [], range, ctx);
      return values && { kind: 'Item', modifiers: [], linking: 'any', values, range };
    }
    if (maps.length !== n.items.length) {
      ctx.sink.error('INVALID_DETECTION', 'a list must hold either maps or keywords, not both', range);
      return undefined;
    }
    const children: DetectionNode[] = [];
    for (const m of maps) {
      const child = parseBody(m, range, ctx);
      if (!child) return undefined;
      children.push(child);
    }
    return { kind: 'AnyOf', children, range };
  }
  if (isScalar(n) && n.value !== null && (typeof n.value === 'string' || typeof n.value === 'number')) {
    const values = parseValues(n, undefined, [], range, ctx);
    return values && { kind: 'Item', modifiers: [], linking: 'any', values, range };
  }
  ctx.sink.error('INVALID_DETECTION', 'a search identifier must be a map, a list or a keyword', range);
  return undefined;
}

function parseConditions(node: unknown, keyRange: SourceRange, ctx: Ctx): ConditionSource[] {
  const n = resolve(node, ctx.doc);
  const items = isSeq(n) ? n.items.map((i) => resolve(i, ctx.doc)) : [n];
  const out: ConditionSource[] = [];
  for (const item of items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      ctx.sink.error(
        'INVALID_DETECTION',
        'a condition must be a non-empty string or a list of them',
        rangeOf(item, keyRange),
      );
      continue;
    }
    out.push({ text: item.value, range: rangeOf(item, keyRange), offsets: scalarTextOffset(item, ctx.text) });
  }
  return out;
}

export function parseDetection(
  node: YAMLMap,
  keyRange: SourceRange,
  doc: Document,
  text: string,
  sink: ProblemSink,
  requireCondition = true,
  /** Keys that are not search identifiers (a filter rule's `rules`). */
  skip: readonly string[] = [],
): Detection {
  const ctx: Ctx = { doc, text, sink };
  const range = rangeOf(node, { start: 0, end: 0 });
  const detection: Detection = { identifiers: [], identifierNames: [], conditions: [], range };
  let conditionSeen = false;
  for (const pair of node.items) {
    const key = pairKey(pair, doc);
    const keyRange = rangeOf(pair.key, range);
    if (!key) {
      sink.error('INVALID_DETECTION', 'a search identifier name must be a string', keyRange);
      continue;
    }
    if (skip.includes(key.text)) continue;
    if (key.text === 'condition') {
      conditionSeen = true;
      detection.conditions = parseConditions(pair.value, keyRange, ctx);
    } else if (key.text === 'timeframe') {
      const value = resolve(pair.value, doc);
      const valueRange = rangeOf(value, keyRange);
      if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
        detection.timeframe = String(value.value);
        // Sigma v1 pairs it with an aggregation (refused in the condition); v2 moved it to correlation rules.
        sink.warn(
          'TIMEFRAME_WITHOUT_AGGREGATION',
          "'timeframe' has a meaning only with an aggregation or in a correlation rule; single events ignore it",
          keyRange,
        );
      } else sink.error('INVALID_FIELD_TYPE', "'timeframe' must be a time span such as 1h", valueRange);
    } else {
      detection.identifierNames.push(key.text);
      const body = parseBody(pair.value, keyRange, ctx);
      if (body) {
        const identifier: SearchIdentifier = { name: key.text, range: keyRange, body };
        detection.identifiers.push(identifier);
      }
    }
  }
  if (!conditionSeen && requireCondition)
    sink.error('MISSING_FIELD', "detection has no 'condition'", keyRange);
  return detection;
}
