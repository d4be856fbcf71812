// First pass over the source: every file is checked and analysed before anything is written, so counts across
// the catalog are known and a broken file is reported with its line.
import { lineColAt } from '@/lib/sigma';
import { analyseRule, type Analysis, type TableChooser } from './engine';
import { metadataOf, type RuleMetadata } from './rule-metadata';
import type { SourceFile } from './sources';
import type { SkippedRule } from './types';

export interface PreparedRule {
  file: SourceFile;
  text: string;
  meta: RuleMetadata;
  analysis: Analysis;
}

export interface Prepared {
  rules: PreparedRule[];
  skipped: SkippedRule[];
  /** Ids of skipped files when they could be read: their existing content must stay as it is. */
  skippedIds: Set<string>;
  skippedPaths: Set<string>;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ID_LINE = /^id:\s*['"]?([0-9a-fA-F-]{36})/m;

function skip(prepared: Prepared, file: SourceFile, text: string, offset: number, reason: string): void {
  prepared.skipped.push({ path: file.path, line: lineColAt(text, offset).line, reason });
  prepared.skippedPaths.add(file.path);
  const id = ID_LINE.exec(text)?.[1];
  if (id) prepared.skippedIds.add(id);
}

export function prepareRules(files: SourceFile[], chooseTable?: TableChooser, onEach?: () => void): Prepared {
  const prepared: Prepared = { rules: [], skipped: [], skippedIds: new Set(), skippedPaths: new Set() };
  const seen = new Map<string, string>();
  for (const file of files) {
    onEach?.();
    let text: string;
    try {
      text = decoder.decode(file.bytes);
    } catch {
      skip(prepared, file, '', 0, 'not UTF-8 text');
      continue;
    }
    const analysis = analyseRule(text, file.path, chooseTable);
    const [first, ...more] = analysis.errors;
    if (first) {
      const extra =
        more.length > 0 ? ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})` : '';
      skip(prepared, file, text, first.offset, `${first.code}: ${first.message}${extra}`);
      continue;
    }
    const meta = analysis.rule
      ? metadataOf(analysis.rule)
      : { problems: [{ offset: 0, message: 'no rule in the file' }] };
    if (!meta.value) {
      const problem = meta.problems[0] ?? { offset: 0, message: 'unreadable rule' };
      skip(prepared, file, text, problem.offset, problem.message);
      continue;
    }
    const earlier = seen.get(meta.value.id);
    if (earlier) {
      skip(
        prepared,
        file,
        text,
        ID_LINE.exec(text)?.index ?? 0,
        `id ${meta.value.id} is already used by ${earlier}`,
      );
      continue;
    }
    seen.set(meta.value.id, file.path);
    prepared.rules.push({ file, text, meta: meta.value, analysis });
  }
  return prepared;
}
