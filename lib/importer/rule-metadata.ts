// The catalog metadata of a Sigma rule, read from its YAML. The Sigma engine decides whether the rule is valid
// Sigma; this module only takes the fields the content format needs and checks what the catalog requires.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export const STATUSES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;

export interface RuleMetadata {
  id: string;
  title: string;
  description?: string;
  level: (typeof LEVELS)[number];
  status: (typeof STATUSES)[number];
  author?: string;
  date?: string;
  modified?: string;
  techniques: string[];
  tactics: string[];
  otherTags: string[];
  logsource: { category?: string; product?: string; service?: string; definition?: string };
  references: string[];
  falsepositives: string[];
  related: { id: string; type: string }[];
}

/** A reason a file cannot become a content file, with the character offset it points at. */
export interface MetadataProblem {
  offset: number;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TECHNIQUE = /^attack\.(t\d{4}(?:\.\d{3})?)$/i;
const TACTIC = /^attack\.([a-z]+(?:[-_][a-z]+)*)$/;
const DATE = /^\d{4}[-/]\d{2}[-/]\d{2}$/;

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map(scalarText).filter((v): v is string => v !== undefined && v.trim() !== '');
}

function offsetOf(doc: Document, key: string): number {
  const contents = doc.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.value === key) {
        const node = isScalar(pair.value) || isSeq(pair.value) || isMap(pair.value) ? pair.value : pair.key;
        return node.range?.[0] ?? 0;
      }
    }
  }
  return contents?.range?.[0] ?? 0;
}

function normaliseDate(value: unknown): string | undefined {
  const text = scalarText(value);
  return text && DATE.test(text) ? text.replace(/\//g, '-') : text;
}

/** Read the catalog metadata of one rule file; problems name the offending field. */
export function readRuleMetadata(text: string): { value?: RuleMetadata; problems: MetadataProblem[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({ offset: e.pos[0], message: `YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ offset: 0, message: 'not a Sigma rule: the document is not a mapping' }] };
  }
  const raw = data as Record<string, unknown>;
  const problems: MetadataProblem[] = [];
  const need = (key: string, ok: boolean, message: string) => {
    if (!ok) problems.push({ offset: offsetOf(doc, key), message: `${key}: ${message}` });
  };
  const id = scalarText(raw.id);
  const title = scalarText(raw.title);
  const level = scalarText(raw.level);
  const status = scalarText(raw.status);
  need('id', !!id && UUID.test(id), id ? `"${id}" is not a UUID` : 'missing (the catalog keys rules by id)');
  need('title', !!title?.trim(), 'missing (the catalog needs it)');
  const required = 'missing (the catalog needs it)';
  need(
    'level',
    LEVELS.includes(level as never),
    level ? `"${level}" is not one of ${LEVELS.join('|')}` : required,
  );
  need(
    'status',
    STATUSES.includes(status as never),
    status ? `"${status}" is not one of ${STATUSES.join('|')}` : required,
  );
  const logsource = raw.logsource;
  need(
    'logsource',
    !!logsource && typeof logsource === 'object' && !Array.isArray(logsource),
    'missing or not a mapping',
  );
  if (problems.length > 0) return { problems };

  const tags = stringList(raw.tags);
  const techniques: string[] = [];
  const tactics: string[] = [];
  const otherTags: string[] = [];
  for (const tag of tags) {
    const technique = TECHNIQUE.exec(tag);
    const tactic = TACTIC.exec(tag);
    if (technique?.[1]) techniques.push(technique[1].toUpperCase());
    else if (tactic?.[1]) tactics.push(tactic[1].replace(/_/g, '-'));
    else otherTags.push(tag);
  }
  const ls = logsource as Record<string, unknown>;
  const related = (Array.isArray(raw.related) ? raw.related : [])
    .map((r: unknown) => (r && typeof r === 'object' ? (r as Record<string, unknown>) : {}))
    .map((r) => ({ id: scalarText(r.id) ?? '', type: scalarText(r.type) ?? '' }))
    .filter((r) => r.id && r.type);
  const author = Array.isArray(raw.author) ? stringList(raw.author).join(', ') : scalarText(raw.author);
  const clean = (v: Record<string, string | undefined>) =>
    Object.fromEntries(
      Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
    ) as RuleMetadata['logsource'];
  return {
    value: {
      id: id!,
      title: title!.trim(),
      description: scalarText(raw.description)?.trim() || undefined,
      level: level as RuleMetadata['level'],
      status: status as RuleMetadata['status'],
      author: author?.trim() || undefined,
      date: normaliseDate(raw.date),
      modified: normaliseDate(raw.modified),
      techniques: [...new Set(techniques)],
      tactics: [...new Set(tactics)],
      otherTags: [...new Set(otherTags)],
      logsource: clean({
        category: scalarText(ls.category),
        product: scalarText(ls.product),
        service: scalarText(ls.service),
        definition: scalarText(ls.definition),
      }),
      references: stringList(raw.references),
      falsepositives: stringList(raw.falsepositives),
      related,
    },
    problems,
  };
}
