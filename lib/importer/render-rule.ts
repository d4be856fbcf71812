// One content file from one rule: front matter in the agreed key order, then the body sections. Curated
// sections and editor-owned front matter (curated, kql, license, enrichment of curated pages) are carried over
// from the existing file unchanged.
import { Document } from 'yaml';
import { SECTION_HEADINGS, SECTION_KEYS, sectionBlock, splitSections, type SectionKey } from './markdown';
import type { RuleMetadata } from './rule-metadata';

export interface SourceInfo {
  name: string;
  url: string;
  path: string;
}

/** What an editor owns in an existing file; the importer carries it over verbatim. */
export interface EditorState {
  curated: SectionKey[];
  enrichment?: string;
  kql?: string;
  license?: string;
  /** The existing body, to take curated sections from. */
  body: string;
}

export interface RenderInput {
  meta: RuleMetadata;
  slug: string;
  source: SourceInfo;
  retrieved: string;
  confidence: string;
  dataTable?: string;
  kqlStatus?: string;
  generated: Partial<Record<SectionKey, string>>;
  editor?: EditorState;
}

/** Editor-owned state read from an existing front matter, ignoring values of the wrong type. */
export function editorStateOf(frontMatter: Record<string, unknown> | undefined, body: string): EditorState {
  const curated = Array.isArray(frontMatter?.curated)
    ? frontMatter.curated.filter((k): k is SectionKey => SECTION_KEYS.includes(k as SectionKey))
    : [];
  const text = (key: string) =>
    typeof frontMatter?.[key] === 'string' ? (frontMatter[key] as string) : undefined;
  return { curated, enrichment: text('enrichment'), kql: text('kql'), license: text('license'), body };
}

/** The front matter as a plain object, keys in CONTENT-FORMAT order, optional keys only when they have a value. */
export function frontMatterOf(input: RenderInput): Record<string, unknown> {
  const { meta, editor } = input;
  const fm: Record<string, unknown> = {
    id: meta.id,
    title: meta.title,
    slug: input.slug,
    format: 'sigma',
    level: meta.level,
    status: meta.status,
    description: meta.description,
    author: meta.author,
    date: meta.date,
    modified: meta.modified,
    license: editor?.license,
    source: { name: input.source.name, url: input.source.url, path: input.source.path },
    retrieved: input.retrieved,
    confidence: input.confidence,
    enrichment: editor && editor.curated.length > 0 && editor.enrichment ? editor.enrichment : 'generated',
    curated: editor && editor.curated.length > 0 ? editor.curated : undefined,
    attack: { techniques: meta.techniques, tactics: meta.tactics },
    tags: meta.otherTags,
    logsource: meta.logsource,
    dataTable: input.dataTable,
    kqlStatus: input.kqlStatus,
    kql: editor?.kql,
    references: meta.references,
    falsepositives: meta.falsepositives,
    related: meta.related.length > 0 ? meta.related : undefined,
    upstream: 'present',
  };
  return Object.fromEntries(Object.entries(fm).filter(([, v]) => v !== undefined));
}

export function stringifyFrontMatter(fm: Record<string, unknown>): string {
  // YAML 1.1 rules when writing, so strings such as `yes`, `0123` or dates are quoted for any reader.
  const doc = new Document(fm, { version: '1.1' });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function renderBody(generated: RenderInput['generated'], editor?: EditorState): string {
  const existing = editor ? splitSections(editor.body).sections : [];
  const blocks: string[] = [];
  for (const key of SECTION_KEYS) {
    const curated = editor?.curated.includes(key);
    const text = curated ? existing.find((s) => s.key === key)?.text : generated[key];
    if (text !== undefined && text.trim() !== '') blocks.push(sectionBlock(SECTION_HEADINGS[key], text));
  }
  return blocks.join('\n');
}

export function renderRule(input: RenderInput): { markdown: string; frontMatter: Record<string, unknown> } {
  const frontMatter = frontMatterOf(input);
  const body = renderBody(input.generated, input.editor);
  return { markdown: `---\n${stringifyFrontMatter(frontMatter)}---\n\n${body}`, frontMatter };
}
