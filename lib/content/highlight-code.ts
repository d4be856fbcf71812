import {
  bundledLanguages,
  createCssVariablesTheme,
  createHighlighter,
  type Highlighter,
  type LanguageRegistration,
  type ShikiTransformer,
} from 'shiki';

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

/** A verbatim string literal (@"..." or @'...'): backslashes are plain text, a doubled quote is one quote. */
const verbatim = (quote: string) => ({
  begin: `(h?@${quote})`,
  beginCaptures: { 1: { name: 'punctuation.definition.string.kusto' } },
  end: `${quote}(?!${quote})`,
  endCaptures: { 0: { name: 'punctuation.definition.string.kusto' } },
  name: `string.quoted.${quote === '"' ? 'double' : 'single'}.kusto`,
  patterns: [{ match: quote + quote, name: 'constant.character.escape.kusto' }],
});

/** Shiki's Kusto grammar with verbatim strings: it reads `@"\"` as an escaped quote, and the colours of everything
 * after such a string flip between code and text (our queries use verbatim strings for Windows paths). */
async function kustoGrammar(): Promise<LanguageRegistration> {
  const [bundled] = (await bundledLanguages.kusto()).default;
  if (!bundled) throw new Error('shiki has no Kusto grammar');
  const strings = bundled.repository.Strings as { patterns: object[] };
  return {
    ...bundled,
    repository: {
      ...bundled.repository,
      Strings: { patterns: [verbatim('"'), verbatim("'"), ...strings.patterns] },
    },
  } as LanguageRegistration;
}

/** Highlights code to an HTML `<pre>`; shiki escapes the text. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= kustoGrammar().then((kusto) =>
    createHighlighter({ themes: [theme], langs: ['yaml', kusto] }),
  );
  return (await highlighter).codeToHtml(code, { lang, theme: 'soc-feed', transformers: [toClasses] });
}
