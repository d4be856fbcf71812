import { isMap, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

// Turns a path in a parsed YAML document into a 1-based line. Missing keys fall back to the nearest
// existing parent, so a "required" error points at the mapping that lacks the key.

export type PathSegment = string | number;

function lineAt(counter: LineCounter, offset: number): number {
  return counter.linePos(offset).line;
}

function childOf(node: Node, segment: PathSegment): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}

/** Line of the key (or item) at `path`, else of its deepest existing ancestor, else `fallback`. */
export function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  fallback: number,
): number {
  let node: Node | undefined = (doc.contents ?? undefined) as Node | undefined;
  let line = node?.range ? lineAt(counter, node.range[0]) : fallback;
  for (const segment of path) {
    if (!node) break;
    const child = childOf(node, segment);
    if (!child) break;
    const anchor = child.key ?? child.value;
    if (anchor?.range) line = lineAt(counter, anchor.range[0]);
    node = child.value;
  }
  return line;
}

/** Line of the top-level key `key`, when it exists. */
export function lineOfKey(doc: Document, counter: LineCounter, key: string): number | undefined {
  const root = doc.contents as Node | null;
  if (!root) return undefined;
  const child = childOf(root, key);
  const anchor = child?.key ?? child?.value;
  return anchor?.range ? lineAt(counter, anchor.range[0]) : undefined;
}
