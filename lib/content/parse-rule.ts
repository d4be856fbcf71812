import matter from 'gray-matter';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { lineOfKey, lineOfPath, type PathSegment } from './locate';
import { renderMarkdown } from './render-markdown';
import { ruleKql } from './rule-kql';
import { frontMatterSchema, type FrontMatter } from './schema';
import { SECTION_TITLES, splitSections } from './split-sections';
import type { ContentProblem, Rule } from './types';

export interface RuleFiles {
  /** Path of the markdown file as it should appear in messages. */
  markdownPath: string;
  markdown: string;
  sigmaPath: string;
  /** Undefined when the sibling .yml does not exist. */
  sigma: string | undefined;
}

export interface ParsedRule {
  value?: Rule;
  problems: ContentProblem[];
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'front matter';
}

function schemaProblems(
  error: z.ZodError,
  file: string,
  doc: Document,
  counter: LineCounter,
): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'SCHEMA' as const,
        file,
        line: lineOfPath(doc, counter, [...path, key], 1),
        field: fieldName([...path, key]),
        message: 'unknown key (check the spelling against the content format)',
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      {
        code: 'SCHEMA' as const,
        file,
        line: lineOfPath(doc, counter, path, 1),
        field: fieldName(path),
        message: missing ? 'is required' : issue.message,
      },
    ];
  });
}

/** Reads the front matter with `yaml` (through gray-matter) so every node keeps its position. */
function readFrontMatter(text: string) {
  let doc: Document | undefined;
  let source = '';
  const counter = new LineCounter();
  const file = matter(text, {
    engines: {
      yaml: (matterText: string) => {
        source = matterText;
        doc = parseDocument(matterText, { lineCounter: counter, prettyErrors: false });
        return {};
      },
    },
  });
  const bodyStart = text.endsWith(file.content) ? text.length - file.content.length : 0;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  return { doc, counter, source, body: file.content, bodyLine };
}

/** Where a YAML syntax error really starts: an unterminated quote is reported by `yaml` at the end of input. */
function syntaxErrorAt(
  source: string,
  error: YAMLError,
  counter: LineCounter,
): { line: number; field?: string } {
  let offset = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const quote = error.message.includes('"quote') ? '"' : "'";
    const open = source.lastIndexOf(quote, offset - 1);
    if (open >= 0) offset = open;
  }
  const { line } = counter.linePos(offset);
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const key = /^\s*(?:-\s+)?([A-Za-z_][\w.-]*)\s*:/.exec(
    source.slice(lineStart, source.indexOf('\n', offset) >>> 0),
  );
  return { line, field: key?.[1] };
}

function checkSigma(files: RuleFiles, id: string | undefined): ContentProblem[] {
  const file = files.sigmaPath;
  if (files.sigma === undefined) {
    return [
      {
        code: 'MISSING_SIGMA',
        file: files.markdownPath,
        line: 1,
        field: 'file',
        message: `no Sigma file ${file} next to it`,
      },
    ];
  }
  const counter = new LineCounter();
  const sigma = files.sigma;
  const doc = parseDocument(sigma, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      code: 'SIGMA_YAML' as const,
      file,
      line: syntaxErrorAt(sigma, error, counter).line,
      field: 'sigma',
      message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
    }));
  }
  const sigmaId: unknown = doc.get('id');
  if (id && sigmaId !== id) {
    return [
      {
        code: 'ID_MISMATCH',
        file,
        line: lineOfKey(doc, counter, 'id') ?? 1,
        field: 'id',
        message: `Sigma id ${String(sigmaId ?? '(none)')} differs from the front matter id ${id}`,
      },
    ];
  }
  return [];
}

function toRule(
  fm: FrontMatter,
  files: RuleFiles,
  sections: ReturnType<typeof splitSections>['sections'],
  lines: Rule['lines'],
): Rule {
  const sigma = files.sigma ?? '';
  return {
    id: fm.id.toLowerCase(),
    slug: fm.slug,
    title: fm.title,
    format: fm.format,
    level: fm.level,
    status: fm.status,
    description: fm.description,
    author: fm.author,
    date: fm.date,
    modified: fm.modified,
    license: fm.license,
    source: fm.source,
    retrieved: fm.retrieved,
    confidence: fm.confidence,
    enrichment: fm.enrichment,
    curated: fm.curated,
    attack: fm.attack,
    tags: fm.tags,
    logsource: fm.logsource,
    dataTable: fm.dataTable,
    curatedKql: fm.kql,
    references: fm.references,
    falsepositives: fm.falsepositives,
    related: fm.related,
    upstream: fm.upstream,
    sections: sections.map((s) => ({
      key: s.key,
      title: SECTION_TITLES[s.key],
      markdown: s.markdown,
      html: renderMarkdown(s.markdown),
    })),
    sigma,
    conversion: ruleKql(fm, sigma, files.sigmaPath),
    files: { markdown: files.markdownPath, sigma: files.sigmaPath },
    lines,
  };
}

/** Validates one rule (markdown + Sigma text). Collects every problem; never throws on bad input. */
export function parseRule(files: RuleFiles): ParsedRule {
  const file = files.markdownPath;
  const noFrontMatter = (message: string): ParsedRule => ({
    problems: [{ code: 'NO_FRONT_MATTER', file, line: 1, field: 'front matter', message }],
  });
  if (!/^---\r?\n/.test(files.markdown)) {
    return noFrontMatter('the file must start with a --- front matter block');
  }
  const { doc, counter, source, body, bodyLine } = readFrontMatter(files.markdown);
  if (!doc) return noFrontMatter('no closing --- after the front matter');
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const at = syntaxErrorAt(source, error, counter);
        return {
          code: 'YAML_SYNTAX' as const,
          file,
          line: at.line,
          field: at.field ?? 'front matter',
          message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
        };
      }),
    };
  }
  const problems: ContentProblem[] = [];
  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) problems.push(...schemaProblems(parsed.error, file, doc, counter));

  const expectedSlug = file.replace(/\\/g, '/').split('/').pop()?.replace(/\.md$/, '');
  if (parsed.success && parsed.data.slug !== expectedSlug) {
    problems.push({
      code: 'SLUG_MISMATCH',
      file,
      line: lineOfKey(doc, counter, 'slug') ?? 1,
      field: 'slug',
      message: `"${parsed.data.slug}" must equal the file name "${expectedSlug}"`,
    });
  }
  const rawId: unknown = doc.get('id');
  problems.push(...checkSigma(files, typeof rawId === 'string' ? rawId : undefined));
  const split = splitSections(body, file, bodyLine);
  problems.push(...split.problems);

  if (!parsed.success || problems.length > 0) return { problems };
  const lines = { id: lineOfKey(doc, counter, 'id') ?? 1, slug: lineOfKey(doc, counter, 'slug') ?? 1 };
  return { value: toRule(parsed.data, files, split.sections, lines), problems };
}
