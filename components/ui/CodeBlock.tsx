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
    <figure className="code-fig">
      <figcaption className="code-bar">
        <span className="code-name">{caption}</span>
        <CopyButton href={download.href} target={id} what={what} />
        <a href={download.href} download={download.fileName} className="btn-xs">
          <span className="i-download" aria-hidden="true" />
          Download <span className="font-mono">.{download.fileName.split('.').pop()}</span>
        </a>
      </figcaption>
      <div id={id} className="code-block" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
