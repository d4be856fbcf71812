import { createCssVariablesTheme, createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';

// One highlighted copy of each block, coloured by class names that app/globals.css maps to a light and a dark
// palette: the page ships the code once, the theme toggle needs no re-render, and there are no inline style
// attributes for a Content-Security-Policy to forbid.
const theme = createCssVariablesTheme({ name: 'soc-feed', variablePrefix: '--code-', fontStyle: true });

const toClasses: ShikiTransformer = {
  pre(node) {
    // Long lines wrap (see CodeBlock), so the block never scrolls and needs no tab stop of its own.
    delete node.properties.style;
    delete node.properties.tabindex;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    const classes: string[] = [];
    const colour = /var\(--code-([a-z0-9-]+)\)/.exec(style)?.[1];
    if (colour && colour !== 'foreground') classes.push(`c-${colour.replace(/^token-/, '')}`);
    if (/font-style:\s*italic/.test(style)) classes.push('c-i');
    if (/font-weight:\s*bold/.test(style)) classes.push('c-b');
    if (classes.length > 0) node.properties.className = classes;
  },
};

export type CodeLanguage = 'yaml' | 'kusto';

let highlighter: Promise<Highlighter> | undefined;

/** Highlights code to an HTML `<pre>`; shiki escapes the text. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= createHighlighter({ themes: [theme], langs: ['yaml', 'kusto'] });
  return (await highlighter).codeToHtml(code, { lang, theme: 'soc-feed', transformers: [toClasses] });
}
