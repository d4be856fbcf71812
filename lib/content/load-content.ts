import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRule } from './parse-rule';
import type { ContentProblem, Rule } from './types';

export interface LoadedContent {
  rules: Rule[];
  problems: ContentProblem[];
}

/** Folders of the rule files: CONTENT_DIR when set (several joined by the path delimiter), else content/rules. */
export function contentDirs(): string[] {
  const value = process.env.CONTENT_DIR || path.join(process.cwd(), 'content', 'rules');
  return value
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.resolve(dir));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return entry.isFile() ? [full] : [];
    });
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

/** Parses one rule file and its sibling .yml from disk. */
export function loadRuleFile(markdownFile: string): { value?: Rule; problems: ContentProblem[] } {
  const sigmaFile = markdownFile.replace(/\.md$/, '.yml');
  const markdownPath = display(markdownFile);
  try {
    return parseRule({
      markdownPath,
      markdown: readFileSync(markdownFile, 'utf8'),
      sigmaPath: display(sigmaFile),
      sigma: existsSync(sigmaFile) ? readFileSync(sigmaFile, 'utf8') : undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ code: 'READ_FAILED', file: markdownPath, line: 1, field: 'file', message }] };
  }
}

function duplicates(rules: Rule[], key: 'id' | 'slug'): ContentProblem[] {
  const first = new Map<string, Rule>();
  const problems: ContentProblem[] = [];
  for (const rule of rules) {
    const value = rule[key];
    const earlier = first.get(value);
    if (!earlier) {
      first.set(value, rule);
      continue;
    }
    problems.push({
      code: key === 'id' ? 'DUPLICATE_ID' : 'DUPLICATE_SLUG',
      file: rule.files.markdown,
      line: rule.lines[key],
      field: key,
      message: `${key} ${value} is already used by ${earlier.files.markdown}`,
    });
  }
  return problems;
}

/** Loads every rule under the folder(s). Collects all problems across all files; never throws on bad content. */
export function loadContent(dirs: string | readonly string[] = contentDirs()): LoadedContent {
  const rules: Rule[] = [];
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    if (existsSync(dir)) files.push(...filesUnder(dir));
    else
      problems.push({
        code: 'READ_FAILED',
        file: display(dir),
        line: 1,
        field: 'file',
        message: 'content folder not found',
      });
  }
  const names = new Set(files);
  for (const file of files) {
    if (file.endsWith('.md')) {
      const result = loadRuleFile(file);
      problems.push(...result.problems);
      if (result.value) rules.push(result.value);
    } else if (file.endsWith('.yml') && !names.has(file.replace(/\.yml$/, '.md'))) {
      // A Sigma file without its page would silently drop out of the catalog.
      problems.push({
        code: 'ORPHAN_SIGMA',
        file: display(file),
        line: 1,
        field: 'file',
        message: 'no .md file next to this Sigma file',
      });
    }
  }
  problems.push(...duplicates(rules, 'id'), ...duplicates(rules, 'slug'));
  return { rules, problems };
}
