// The catalog metadata of a Sigma rule, taken from the engine's rule model (already validated against the
// Sigma specification). Here only what the catalog needs on top of Sigma is checked: fields Sigma leaves
// optional but a page cannot do without.
import { TACTICS } from '@/lib/content';
import type { SigmaRule } from '@/lib/sigma';

export type Level = NonNullable<SigmaRule['level']>;
export type Status = NonNullable<SigmaRule['status']>;

export interface RuleMetadata {
  id: string;
  title: string;
  description: string;
  level: Level;
  status: Status;
  author: string;
  date: string;
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

const TECHNIQUE = /^t\d{4}(?:\.\d{3})?$/i;
/** Tactics the content format accepts (its schema's list). */
const TACTIC_NAMES: ReadonlySet<string> = new Set(TACTICS);

const unique = <T>(items: T[]) => [...new Set(items)];

export function metadataOf(rule: SigmaRule): { value?: RuleMetadata; problems: MetadataProblem[] } {
  const problems: MetadataProblem[] = [];
  const need = <T>(key: string, value: T | undefined): T => {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      problems.push({
        offset: rule.keyRanges[key]?.start ?? rule.range.start,
        message: `${key}: missing (the catalog needs it)`,
      });
    }
    return value as T;
  };
  const id = need('id', rule.id);
  const level = need('level', rule.level);
  const status = need('status', rule.status);
  const description = need('description', rule.description?.trim());
  const author = need('author', rule.author?.trim());
  const date = need('date', rule.date);
  if (problems.length > 0) return { problems };

  const techniques: string[] = [];
  const tactics: string[] = [];
  const otherTags: string[] = [];
  for (const tag of rule.tags) {
    const value = tag.value.toLowerCase().replace(/_/g, '-');
    if (tag.namespace === 'attack' && TECHNIQUE.test(value)) techniques.push(value.toUpperCase());
    else if (tag.namespace === 'attack' && TACTIC_NAMES.has(value)) tactics.push(value);
    else otherTags.push(tag.raw);
  }
  const { category, product, service, definition } = rule.logsource;
  const logsource = Object.fromEntries(
    Object.entries({ category, product, service, definition }).filter(([, v]) => v !== undefined && v !== ''),
  );
  return {
    value: {
      id,
      title: rule.title.trim(),
      description,
      level,
      status,
      author,
      date,
      modified: rule.modified,
      techniques: unique(techniques),
      tactics: unique(tactics),
      otherTags: unique(otherTags),
      logsource,
      references: rule.references.filter((r) => r.trim() !== ''),
      falsepositives: rule.falsepositives.filter((f) => f.trim() !== ''),
      related: rule.related.map((r) => ({ id: r.id, type: r.type })),
    },
    problems,
  };
}
