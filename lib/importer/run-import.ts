// The import: read the source, analyse every rule, write one content file pair per rule, mark rules gone
// upstream, and report. Nothing is written before every rule has been analysed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { frontMatterSchema } from '@/lib/content';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { countTechniques } from './catalog-counts';
import { confidenceOf } from './confidence';
import { defaultAttackNames, defaultTableChooser } from './defaults';
import { readExistingContent, type ExistingRule } from './existing-content';
import { markUpstreamRemoved } from './mark-removed';
import { prepareRules, type PreparedRule } from './prepare';
import { attackContext } from './prose/attack-context';
import { detectionValues } from './prose/detection-values';
import { falsePositiveGuidance } from './prose/false-positives';
import { huntHypothesis } from './prose/hunt-hypothesis';
import type { AttackNames, CatalogCounts } from './prose/types';
import { editorStateOf, renderRule } from './render-rule';
import { assignSlugs } from './slug';
import { readSource } from './sources';
import type { ImportOptions, ImportSummary, SkippedRule } from './types';

export const DEFAULT_BASE_URL = 'https://github.com/SigmaHQ/sigma/blob/master';

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return !!a && a.length === b.length && Buffer.compare(a, b) === 0;
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sourceNameFor(baseUrl: string): string {
  if (baseUrl === DEFAULT_BASE_URL) return 'SigmaHQ';
  const github = /^https?:\/\/github\.com\/([^/]+\/[^/]+)/i.exec(baseUrl);
  return github?.[1] ?? new URL(baseUrl).host;
}

/** Line of a top-level key in the Sigma text (1 when absent), for reporting a front matter that fails the schema. */
function lineOfKey(text: string, key: string): number {
  const at = new RegExp(`^${key}\\s*:`, 'm').exec(text)?.index;
  return at === undefined ? 1 : text.slice(0, at).split('\n').length;
}

interface Planned {
  rule: PreparedRule;
  mdPath: string;
  markdown: string;
  existing?: ExistingRule;
}

function plan(
  rule: PreparedRule,
  slug: string,
  existing: ExistingRule | undefined,
  ctx: {
    out: string;
    baseUrl: string;
    sourceName: string;
    now: string;
    counts: CatalogCounts;
    names: AttackNames;
  },
): Planned | SkippedRule {
  const { meta, analysis, file } = rule;
  const values = analysis.ir ? detectionValues(analysis.ir.condition) : undefined;
  const prose = { meta, values, counts: ctx.counts, names: ctx.names, dataTable: analysis.dataTable };
  const keepTime =
    sameBytes(existing?.sigma, file.bytes) && typeof existing?.frontMatter?.retrieved === 'string';
  const { markdown, frontMatter } = renderRule({
    meta,
    slug,
    source: { name: ctx.sourceName, url: `${ctx.baseUrl}/${file.path}`, path: file.path },
    retrieved: keepTime ? (existing!.frontMatter!.retrieved as string) : ctx.now,
    confidence: confidenceOf(meta.status, meta.level),
    dataTable: analysis.dataTable,
    kqlStatus: analysis.kqlStatus,
    generated: {
      'hunt-hypothesis': huntHypothesis(prose),
      'false-positive-guidance': falsePositiveGuidance(prose),
      'mitre-attack-context': attackContext(prose),
    },
    editor: existing ? editorStateOf(existing.frontMatter, existing.body) : undefined,
  });
  const checked = frontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'front matter';
    const sigmaKey =
      { attack: 'tags', source: 'id', slug: 'title' }[String(issue.path[0])] ?? String(issue.path[0]);
    return {
      path: file.path,
      line: lineOfKey(rule.text, sigmaKey),
      reason: `${field}: ${issue.message} (the catalog needs it)`,
    };
  }
  const mdPath = existing && existing.slug === slug ? existing.mdPath : path.join(ctx.out, `${slug}.md`);
  return { rule, mdPath, markdown, existing };
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const progress = options.onProgress;
  const listing = await readSource(options.source, (received, total) =>
    progress?.({ phase: 'download', received, total }),
  );
  progress?.({ phase: 'read', files: listing.files.length, origin: listing.origin });

  const total = listing.files.length;
  let done = 0;
  const prepared = prepareRules(listing.files, options.chooseTable ?? defaultTableChooser(), () =>
    progress?.({ phase: 'import', done: ++done, total }),
  );
  const existing = await readExistingContent(out);
  const byId = new Map<string, ExistingRule>();
  for (const e of existing) if (e.id && !byId.has(e.id)) byId.set(e.id, e);
  const importedIds = new Set(prepared.rules.map((r) => r.meta.id));
  const kept = existing.filter((e) => !e.id || !importedIds.has(e.id));
  const slugs = assignSlugs(
    prepared.rules.map((r) => ({
      id: r.meta.id,
      title: r.meta.title,
      path: r.file.path,
      existing: byId.get(r.meta.id)?.slug,
    })),
    kept.map((e) => e.slug),
  );
  const ctx = {
    out,
    baseUrl,
    sourceName: options.sourceName ?? sourceNameFor(baseUrl),
    now: isoSeconds((options.now ?? (() => new Date()))()),
    counts: countTechniques(
      prepared.rules.map((r) => r.meta),
      kept,
    ),
    names: options.attackNames ?? defaultAttackNames(),
  };

  const summary: ImportSummary = {
    origin: listing.origin,
    found: total,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    stillRemoved: [],
    skipped: [...prepared.skipped],
    dryRun: !!options.dryRun,
    ms: 0,
  };
  const writes: Planned[] = [];
  for (const rule of prepared.rules) {
    const result = plan(rule, slugs.get(rule.meta.id)!, byId.get(rule.meta.id), ctx);
    if (!('rule' in result)) {
      summary.skipped.push(result);
      continue;
    }
    const { existing: before, markdown } = result;
    if (!before) summary.added.push(result.mdPath);
    else if (
      before.text === markdown &&
      sameBytes(before.sigma, rule.file.bytes) &&
      before.mdPath === result.mdPath
    )
      summary.unchanged.push(result.mdPath);
    else summary.updated.push(result.mdPath);
    if (
      !before ||
      before.text !== markdown ||
      !sameBytes(before.sigma, rule.file.bytes) ||
      before.mdPath !== result.mdPath
    )
      writes.push(result);
  }

  const gone = existing.filter(
    (e) =>
      e.id &&
      !importedIds.has(e.id) &&
      !prepared.skippedIds.has(e.id) &&
      !prepared.skippedPaths.has(String((e.frontMatter?.source as { path?: unknown } | undefined)?.path)),
  );
  for (const e of gone)
    (e.frontMatter?.upstream === 'removed' ? summary.stillRemoved : summary.removed).push(e.mdPath);

  if (!options.dryRun) {
    await removeStaleTemps(out);
    await inBatches(writes, 32, async (w) => {
      const yml = w.mdPath.replace(/\.md$/, '.yml');
      if (!sameBytes(w.existing?.sigma, w.rule.file.bytes) || w.existing?.mdPath !== w.mdPath) {
        await writeFileAtomic(yml, w.rule.file.bytes);
      }
      await writeFileAtomic(w.mdPath, w.markdown);
      if (w.existing && w.existing.mdPath !== w.mdPath) {
        await rm(w.existing.mdPath, { force: true });
        await rm(w.existing.mdPath.replace(/\.md$/, '.yml'), { force: true });
      }
    });
    await inBatches(gone, 32, async (e) => {
      if (e.frontMatter?.upstream !== 'removed') await writeFileAtomic(e.mdPath, markUpstreamRemoved(e.text));
    });
  }
  summary.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  summary.ms = performance.now() - started;
  return summary;
}
