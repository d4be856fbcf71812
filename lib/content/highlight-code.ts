import { createCssVariablesTheme, createHighlighter, type Highlighter } from 'shiki';

// One highlighted copy of each block. Colours are CSS variables (app/globals.css defines a light and a dark
// set), so the page ships the code once and the theme toggle needs no re-render.
const theme = createCssVariablesTheme({ name: 'soc-feed', variablePrefix: '--code-', fontStyle: true });

export type CodeLanguage = 'yaml' | 'kusto';

let highlighter: Promise<Highlighter> | undefined;

/** Highlights code to an HTML `<pre>`; shiki escapes the text. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= createHighlighter({ themes: [theme], langs: ['yaml', 'kusto'] });
  return (await highlighter).codeToHtml(code, { lang, theme: 'soc-feed' });
}
