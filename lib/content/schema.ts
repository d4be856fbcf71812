import { z } from 'zod';

// The front matter contract from CONTENT-FORMAT.md. Objects are strict so a misspelled key is an error.

export const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export const STATUSES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const;
export const SECTION_KEYS = ['hunt-hypothesis', 'false-positive-guidance', 'mitre-attack-context'] as const;

// Sigma tactic short names, including the two that ATT&CK v19 split out of defense-evasion.
export const TACTICS = [
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'stealth',
  'defense-impairment',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, 'must be a UUID like c4568f5d-131f-4e78-83d4-45b2da0ec4f1');

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// A YAML parser with timestamps would hand over a Date; accept that as well as the string.
const day = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD'),
);

const httpUrl = z.string().refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http(s) URL');

const text = z.string().trim().min(1, 'must not be empty');

export const frontMatterSchema = z.strictObject({
  id: uuid,
  title: text,
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes'),
  format: z.literal('sigma'),
  level: z.enum(LEVELS),
  status: z.enum(STATUSES),
  description: text,
  author: text,
  date: day,
  modified: day.optional(),
  license: text.default('DRL-1.1'),
  source: z.strictObject({ name: text, url: httpUrl, path: text.optional() }),
  retrieved: z.iso.datetime({ offset: true, message: 'must be an ISO time like 2026-03-25T02:50:08Z' }),
  confidence: z.enum(['low', 'medium', 'high']),
  enrichment: z.enum(['ai', 'generated', 'curated']),
  curated: z.array(z.enum(SECTION_KEYS)).default([]),
  attack: z.strictObject({
    techniques: z.array(
      z.string().regex(/^T\d{4}(\.\d{3})?$/, 'must be a technique ID like T1572 or T1059.001'),
    ),
    tactics: z.array(z.enum(TACTICS)),
  }),
  tags: z.array(text).default([]),
  logsource: z
    .strictObject({
      category: text.optional(),
      product: text.optional(),
      service: text.optional(),
      definition: text.optional(),
    })
    .refine((ls) => ls.category || ls.product || ls.service, 'needs a category, product or service'),
  dataTable: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a table or function name')
    .optional(),
  // The converter's verdict when the importer wrote the file; the build converts again and the page shows that.
  kqlStatus: z.enum(['ok', 'unsupported', 'error']).optional(),
  kql: text.optional(),
  references: z.array(text).default([]),
  falsepositives: z.array(text).default([]),
  related: z
    .array(
      z.strictObject({
        id: uuid,
        type: z.enum(['derived', 'obsolete', 'merged', 'renamed', 'similar']),
      }),
    )
    .default([]),
  upstream: z.enum(['present', 'removed']).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
