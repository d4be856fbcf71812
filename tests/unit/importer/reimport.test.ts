import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { runImport } from '@/lib/importer';
import { clock, copyFixture, FIXTURES, read, snapshot, tempDir } from './helpers';

const BITS = 'rules/windows/process_creation/proc_creation_win_fixture_bitsadmin_download.yml';
const BITS_MD = 'file-download-through-bitsadmin-transfer.md';
const T0 = '2026-01-01T00:00:00Z';
const T1 = '2026-02-01T12:30:00Z';

describe('re-import', () => {
  it('writes content the site loader accepts', async () => {
    const out = tempDir();
    const summary = await runImport({ source: copyFixture('repo'), out, now: clock(T0) });
    expect(summary.added).toHaveLength(5);
    const loaded = loadContent(out);
    expect(loaded.problems).toEqual([]);
    expect(loaded.rules).toHaveLength(5);
  });

  it('changes no byte when run twice on the same source, and keeps the retrieved time', async () => {
    const source = copyFixture('repo');
    const out = tempDir();
    await runImport({ source, out, now: clock(T0) });
    const first = snapshot(out);
    const again = await runImport({ source, out, now: clock(T1) });
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    expect(snapshot(out)).toEqual(first);
    expect(first[BITS_MD]).toContain(`retrieved: "${T0}"`);
  });

  it('updates Sigma text, metadata and generated sections of a changed rule, never a curated section', async () => {
    const source = copyFixture('repo');
    const out = tempDir();
    await runImport({ source, out, now: clock(T0) });
    const mdFile = path.join(out, BITS_MD);
    // An editor curates the hunt hypothesis.
    const curatedText = 'Our own hunt notes: check the BITS job queue with `bitsadmin /list /allusers`.';
    const edited = read(mdFile)
      .replace('enrichment: generated\n', 'enrichment: curated\ncurated:\n  - hunt-hypothesis\n')
      .replace(
        /## Hunt Hypothesis\n\n[\s\S]*?\n\n## False Positive Guidance/,
        `## Hunt Hypothesis\n\n${curatedText}\n\n## False Positive Guidance`,
      );
    writeFileSync(mdFile, edited);
    // Upstream changes the rule.
    cpSync(path.join(FIXTURES, 'update', path.basename(BITS)), path.join(source, BITS));

    const summary = await runImport({ source, out, now: clock(T1) });
    expect(summary.updated).toEqual([mdFile]);
    expect(summary.unchanged).toHaveLength(4);
    expect(readFileSync(mdFile.replace(/\.md$/, '.yml')).equals(readFileSync(path.join(source, BITS)))).toBe(
      true,
    );
    const md = read(mdFile);
    expect(md).toContain(`retrieved: "${T1}"`);
    expect(md).toContain('status: stable');
    expect(md).toContain('level: high');
    expect(md).toContain('(updated upstream)');
    expect(md).toContain(`## Hunt Hypothesis\n\n${curatedText}\n`);
    expect(md).toContain('curated:\n  - hunt-hypothesis');
    expect(md).toContain('enrichment: curated');
    // Generated sections follow the new rule: the new command-line value shows up in the tuning advice input.
    expect(md).not.toContain('`http`');
    expect(loadContent(out).problems).toEqual([]);
  });

  it('keeps a rule that disappeared upstream and marks it, changing nothing else', async () => {
    const source = copyFixture('repo');
    const out = tempDir();
    await runImport({ source, out, now: clock(T0) });
    const before = read(path.join(out, BITS_MD));
    rmSync(path.join(source, BITS));

    const summary = await runImport({ source, out, now: clock(T1) });
    expect(summary.removed).toEqual([path.join(out, BITS_MD)]);
    const after = read(path.join(out, BITS_MD));
    expect(after).toBe(before.replace('upstream: present\n', 'upstream: removed\n'));
    expect(existsSync(path.join(out, BITS_MD.replace(/\.md$/, '.yml')))).toBe(true);
    expect(loadContent(out).problems).toEqual([]);

    const third = await runImport({ source, out, now: clock(T1) });
    expect(third.removed).toEqual([]);
    expect(third.stillRemoved).toEqual([path.join(out, BITS_MD)]);
    expect(read(path.join(out, BITS_MD))).toBe(after);

    // It comes back: marked present again, retrieved kept because the Sigma text is the same.
    cpSync(path.join(FIXTURES, 'repo', BITS), path.join(source, BITS));
    await runImport({ source, out, now: clock(T1) });
    expect(read(path.join(out, BITS_MD))).toBe(before);
  });

  it('skips broken rules with path:line and imports the others', async () => {
    const source = copyFixture('repo');
    cpSync(path.join(FIXTURES, 'broken'), path.join(source, 'rules', 'broken'), { recursive: true });
    const out = tempDir();
    const summary = await runImport({ source, out, now: clock(T0) });
    expect(summary.added).toHaveLength(5);
    expect(summary.skipped.map((s) => [s.path, s.line, s.reason.split(':')[0]])).toEqual([
      ['rules/broken/bad_yaml.yml', 15, 'YAML_SYNTAX'],
      ['rules/broken/no_level.yml', 1, 'level'],
      ['rules/broken/unknown_identifier.yml', 13, 'UNKNOWN_IDENTIFIER'],
    ]);
  });

  it('never overwrites good content with a broken version of the rule, nor marks it removed', async () => {
    const source = copyFixture('repo');
    const out = tempDir();
    await runImport({ source, out, now: clock(T0) });
    const before = snapshot(out);
    const rule = path.join(source, BITS);
    writeFileSync(
      rule,
      read(rule).replace(
        'condition: all of selection_* and not filter_updates',
        'condition: all of selection_* and not',
      ),
    );

    const summary = await runImport({ source, out, now: clock(T1) });
    expect(summary.skipped).toEqual([expect.objectContaining({ path: BITS })]);
    expect(summary.removed).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });

  it('writes nothing on a dry run', async () => {
    const out = tempDir();
    const summary = await runImport({ source: copyFixture('repo'), out, now: clock(T0), dryRun: true });
    expect(summary.added).toHaveLength(5);
    expect(snapshot(out)).toEqual({});
  });

  it('keeps a slug when the title changes upstream', async () => {
    const source = copyFixture('repo');
    const out = tempDir();
    await runImport({ source, out, now: clock(T0) });
    const rule = path.join(source, BITS);
    writeFileSync(
      rule,
      read(rule).replace('title: File Download Through Bitsadmin Transfer', 'title: Bitsadmin Download Job'),
    );
    await runImport({ source, out, now: clock(T1) });
    const md = read(path.join(out, BITS_MD));
    expect(md).toContain('title: Bitsadmin Download Job');
    expect(md).toContain('slug: file-download-through-bitsadmin-transfer');
    expect(existsSync(path.join(out, 'bitsadmin-download-job.md'))).toBe(false);
  });

  it('links each rule to its original with --base-url', async () => {
    const out = tempDir();
    await runImport({
      source: copyFixture('repo'),
      out,
      now: clock(T0),
      baseUrl: 'https://github.com/acme/detections/blob/main/',
    });
    const md = read(path.join(out, BITS_MD));
    expect(md).toContain(`url: https://github.com/acme/detections/blob/main/${BITS}`);
    expect(md).toContain('name: acme/detections');
  });
});
