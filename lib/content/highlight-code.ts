import {
  bundledLanguages,
  createCssVariablesTheme,
  createHighlighter,
  type Highlighter,
  type LanguageRegistration,
  type ThemedToken,
} from 'shiki';

// One highlighted copy of each block, coloured by class names that app/globals.css maps to a light and a dark
// palette: the page ships the code once, the theme toggle needs no re-render, and there are no inline style
// attributes for a Content-Security-Policy to forbid. The markup is as small as it can be, because every rule page
// holds two or three blocks: one-letter classes, adjacent tokens of one colour merged, no span around whitespace or
// plain text, and no per-line wrapper (the text keeps its newlines inside <pre>).
const theme = createCssVariablesTheme({ name: 'soc-feed', variablePrefix: '--code-', fontStyle: true });

/** css-variables theme colour -> class (globals.css). Strings and string expressions share a colour. */
const COLOUR_CLASS: Record<string, string> = {
  'token-keyword': 'k',
  'token-string': 's',
  'token-string-expression': 's',
  'token-constant': 'n',
  'token-comment': 'c',
  'token-function': 'f',
  'token-parameter': 'p',
  'token-punctuation': 'u',
  'token-link': 'l',
};

const ITALIC = 1;
const BOLD = 2;

function tokenClass(token: ThemedToken): string {
  const colour = /var\(--code-([a-z0-9-]+)\)/.exec(token.color ?? '')?.[1];
  const classes: string[] = [];
  if (colour && colour !== 'foreground') classes.push(COLOUR_CLASS[colour] ?? `c-${colour}`);
  if ((token.fontStyle ?? 0) & ITALIC) classes.push('i');
  if ((token.fontStyle ?? 0) & BOLD) classes.push('b');
  return classes.join(' ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Tokens to compact HTML: runs of one class in one span; whitespace joins the run around it. */
function tokensToHtml(lines: ThemedToken[][]): string {
  const out: string[] = [];
  for (const line of lines) {
    let html = '';
    let run = '';
    let runClass = '';
    const flush = () => {
      html += runClass ? `<span class="${runClass}">${escapeHtml(run)}</span>` : escapeHtml(run);
      run = '';
    };
    for (const token of line) {
      const cls = /^\s*$/.test(token.content) && run ? runClass : tokenClass(token);
      if (cls !== runClass && run) flush();
      runClass = cls;
      run += token.content;
    }
    if (run) flush();
    out.push(html);
  }
  return `<pre class="shiki"><code>${out.join('\n')}</code></pre>`;
}

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

/** Highlights code to an HTML `<pre>`; the text is escaped. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= kustoGrammar().then((kusto) =>
    createHighlighter({ themes: [theme], langs: ['yaml', kusto] }),
  );
  const { tokens } = (await highlighter).codeToTokens(code, { lang, theme: 'soc-feed' });
  return tokensToHtml(tokens);
}
