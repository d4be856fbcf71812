'use client';

import { useRef, useState } from 'react';

async function fileText(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.text();
}

function legacyCopy(text: string): void {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'fixed -left-[9999px]';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/**
 * Copies the exact text of the file at `href` (the download: original bytes, no re-encoding). Falls back to the
 * text of the code block `target` when the file cannot be fetched. `what` names the block for screen readers.
 */
export function CopyButton({ href, target, what }: { href: string; target: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const copy = async () => {
    const text = fileText(href).catch(() => document.getElementById(target)?.textContent ?? '');
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        // Handing the clipboard a promise keeps the click's user activation while the file loads (Safari).
        const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      } else if (navigator.clipboard) {
        await navigator.clipboard.writeText(await text);
      } else {
        legacyCopy(await text);
      }
      setState('copied');
    } catch {
      try {
        await navigator.clipboard.writeText(await text);
        setState('copied');
      } catch {
        setState('failed');
      }
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };
  return (
    <>
      <button
        type="button"
        data-js-only
        onClick={copy}
        className="inline-flex h-7 min-w-[5.5rem] items-center justify-center gap-1 rounded-md border border-line bg-surface px-2 text-xs font-medium text-ink hover:bg-sunken data-[state=copied]:border-ok/50 data-[state=copied]:text-ok"
        data-state={state}
      >
        {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        <span className="sr-only"> {what}</span>
      </button>
      <span role="status" className="sr-only">
        {state === 'copied'
          ? `${what} copied to the clipboard`
          : state === 'failed'
            ? `Could not copy ${what}`
            : ''}
      </span>
    </>
  );
}
