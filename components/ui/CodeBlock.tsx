import { CopyButton } from './CopyButton';

interface CodeBlockProps {
  /** Highlighted HTML from lib/content highlightCode (escaped by shiki). */
  html: string;
  /** Element id of the block, for the copy fallback. */
  id: string;
  /** Caption at the top left, e.g. the file name. */
  caption: string;
  /** What the block is, for screen readers: "Sigma rule", "KQL query". */
  what: string;
  download: { href: string; fileName: string };
}

/** A highlighted code block with Copy and Download. */
export function CodeBlock({ html, id, caption, what, download }: CodeBlockProps) {
  return (
    <figure className="overflow-hidden rounded-lg border border-line bg-sunken">
      <figcaption className="flex flex-wrap items-center gap-2 border-b border-line bg-surface px-3 py-1.5">
        <span className="min-w-0 flex-1 truncate font-mono text-xs text-muted">{caption}</span>
        <CopyButton href={download.href} target={id} what={what} />
        <a
          href={download.href}
          download={download.fileName}
          className="inline-flex h-7 items-center gap-1 rounded-md border border-line bg-surface px-2 text-xs font-medium text-ink hover:bg-sunken"
        >
          <svg
            viewBox="0 0 24 24"
            width="13"
            height="13"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M12 3v12m0 0-4-4m4 4 4-4M4 19h16" />
          </svg>
          Download <span className="font-mono">.{download.fileName.split('.').pop()}</span>
        </a>
      </figcaption>
      <div
        id={id}
        className="code-block overflow-x-auto font-mono text-[13px] leading-relaxed [&_pre]:p-3 [&_pre]:whitespace-pre-wrap [&_pre]:[overflow-wrap:anywhere]"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </figure>
  );
}
