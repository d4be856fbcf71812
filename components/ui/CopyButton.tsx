/**
 * Copies the exact text of the file at `href` (the download: original bytes, no re-encoding), falling back to the
 * text of the code block `target` when the file cannot be fetched. Rendered on the server; public/enhance.js does
 * the copying, so the code text is not repeated in any script payload. `what` names the block for screen readers.
 */
export function CopyButton({ href, target, what }: { href: string; target: string; what: string }) {
  return (
    <>
      <button
        type="button"
        data-js-only
        data-copy={href}
        data-copy-target={target}
        data-state="idle"
        className="btn-copy"
      >
        <span data-copy-label>Copy</span>
        <span className="sr-only"> {what}</span>
      </button>
      <span role="status" className="sr-only" data-copy-status={what} />
    </>
  );
}
