// A small scanner for the HTML that `next build` exports: start tags with their attributes, the text of inline
// scripts and styles, and every id. Not a general HTML parser: it assumes the well-formed markup React emits, and it
// skips comments and raw-text elements (script, style, textarea, title) so their contents never count as tags.

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Attribute values with character references decoded; names lower-cased. */
  attrs: Map<string, string>;
  /** Offset of the `<` in the document and the offset just past the `>`. */
  start: number;
  end: number;
  /** For script, style, textarea and title: the raw text up to the closing tag (not decoded). */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
// The references that matter for links and markup; others stay as written (they cannot form a URL scheme).
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  lpar: '(',
  rpar: ')',
  num: '#',
  excl: '!',
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (attrs.has(name)) continue; // the first occurrence wins, as in browsers
    attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every start tag in document order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const end = findTagEnd(html, lt + m[0].length);
    const name = m[1]!.toLowerCase();
    const tag: Tag = { name, attrs: parseAttrs(html.slice(lt + m[0].length, end - 1)), start: lt, end };
    i = end;
    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}[\\s>/]`, 'ig');
      closeRe.lastIndex = end;
      const close = closeRe.exec(html);
      const stop = close ? close.index : html.length;
      tag.text = html.slice(end, stop);
      i = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** The offset just past the `>` that ends a start tag, honouring quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Script types a browser executes; anything else (JSON, ld+json, templates) is a data block. */
export function isExecutableScript(tag: Tag): boolean {
  if (tag.name !== 'script') return false;
  const type = (tag.attrs.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** Every id (and name on anchors) a fragment can target. */
export function collectAnchors(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.attrs.get('name');
    if (tag.name === 'a' && name) ids.add(name);
  }
  return ids;
}
