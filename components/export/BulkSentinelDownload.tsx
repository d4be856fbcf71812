'use client';

import { useState } from 'react';
import { rulePath, withBase } from '../site';

// Many rules as one ARM template, built in the browser from the same per-rule files the rule pages offer
// (/rules/<slug>/sentinel-rule.json), so a bulk import deploys exactly what the single downloads would.
// lib/export (with its YAML writer) is loaded on click, not with the feed page.

const PARALLEL = 6;
/** Azure Resource Manager's limit of resources per template (lib/export's MAX_TEMPLATE_RESOURCES, checked by a
 * unit test); known here so the button can say so before anything is loaded. */
export const MAX_BULK_RULES = 800;

type State =
  { kind: 'idle' } | { kind: 'working'; done: number } | { kind: 'done' | 'error'; message: string };

/**
 * Fetches each rule's template, a few at a time. Templates come back in the order of `slugs`, whatever order the
 * responses arrive in, so the same view always gives the same file. A 404 is a rule without an export.
 */
export async function fetchTemplates(
  slugs: string[],
  onProgress: (done: number) => void,
  get: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<{ templates: unknown[]; missing: number }> {
  const found: (unknown | undefined)[] = new Array(slugs.length);
  let missing = 0;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const index = next++;
      const slug = slugs[index]!;
      const response = await get(withBase(`${rulePath(slug)}sentinel-rule.json`));
      if (response.ok) found[index] = await response.json();
      else if (response.status === 404) missing++;
      else throw new Error(`${slug}: HTTP ${response.status}`);
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, slugs.length) }, worker));
  return { templates: found.filter((t) => t !== undefined), missing };
}

function save(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that downloads the given rules as one Sentinel ARM template (rules without an export are skipped). */
export function BulkSentinelDownload({
  slugs,
  fileName,
  label = 'Sentinel ARM template',
}: {
  slugs: string[];
  fileName: string;
  label?: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const tooMany = slugs.length > MAX_BULK_RULES;

  async function run() {
    setState({ kind: 'working', done: 0 });
    try {
      const { MAX_TEMPLATE_RESOURCES, mergeArmTemplates, serializeArmTemplate } =
        await import('@/lib/export');
      if (slugs.length > MAX_TEMPLATE_RESOURCES) {
        setState({
          kind: 'error',
          message: `An ARM template holds at most ${MAX_TEMPLATE_RESOURCES} rules; narrow the selection.`,
        });
        return;
      }
      const { templates, missing } = await fetchTemplates(slugs, (done) =>
        setState({ kind: 'working', done }),
      );
      if (templates.length === 0) {
        setState({ kind: 'error', message: 'None of these rules has a Sentinel export.' });
        return;
      }
      const merged = mergeArmTemplates(templates);
      if (!merged.value) {
        setState({ kind: 'error', message: merged.errors.map((e) => e.message).join(' ') });
        return;
      }
      save(serializeArmTemplate(merged.value), fileName);
      const count = merged.value.resources.length;
      setState({
        kind: 'done',
        message: `${count} ${count === 1 ? 'rule' : 'rules'} in the template${missing ? `; ${missing} without a Sentinel export left out` : ''}.`,
      });
    } catch (error) {
      setState({ kind: 'error', message: `Download failed: ${(error as Error).message}` });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="bulk-sentinel">
      <button
        type="button"
        onClick={run}
        disabled={slugs.length === 0 || tooMany || state.kind === 'working'}
        aria-describedby={tooMany ? 'bulk-sentinel-limit' : undefined}
        data-testid="bulk-sentinel-download"
        className="inline-flex min-h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-3 py-1 text-left font-medium text-ink hover:bg-sunken disabled:cursor-not-allowed disabled:opacity-60"
      >
        <svg
          viewBox="0 0 24 24"
          width="14"
          height="14"
          className="shrink-0"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M12 3v12m0 0-4-4m4 4 4-4M4 19h16" />
        </svg>
        {label} ({slugs.length} {slugs.length === 1 ? 'rule' : 'rules'})
      </button>
      {tooMany && (
        <span id="bulk-sentinel-limit" className="text-muted" data-testid="bulk-sentinel-limit">
          An ARM template holds at most {MAX_BULK_RULES} rules: narrow the selection.
        </span>
      )}
      <span role="status" aria-live="polite" className="text-muted" data-testid="bulk-sentinel-status">
        {state.kind === 'working'
          ? `Collecting rules… ${state.done}/${slugs.length}`
          : state.kind === 'done' || state.kind === 'error'
            ? state.message
            : ''}
      </span>
    </div>
  );
}
