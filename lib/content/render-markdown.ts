import MarkdownIt from 'markdown-it';

// Rule prose is untrusted. html:false escapes raw HTML, markdown-it's validateLink drops javascript:, vbscript:,
// file: and data: URLs, and images are off so a rule cannot make the page load third-party resources.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.disable(['image']);

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:\/\//i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Section headings are h2 on the page; headings inside a section move down a level.
md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token) {
    const level = Math.min(6, Math.max(3, Number(token.tag.slice(1)) + 1));
    token.tag = `h${level}`;
  }
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token) {
    const level = Math.min(6, Math.max(3, Number(token.tag.slice(1)) + 1));
    token.tag = `h${level}`;
  }
  return self.renderToken(tokens, idx, options);
};

/** Renders untrusted markdown to HTML that is safe to inject. */
export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}
