// Marking a rule that disappeared upstream: one line in its front matter changes, nothing else, so curated
// text and formatting chosen by an editor survive byte for byte.
import { splitFrontMatter } from './existing-content';

export function markUpstreamRemoved(text: string): string {
  const { yaml } = splitFrontMatter(text);
  if (yaml === undefined) return text;
  const start = text.indexOf(yaml);
  const end = start + yaml.length;
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => /^upstream\s*:/.test(line));
  if (at >= 0) lines[at] = 'upstream: removed';
  else lines.push('upstream: removed');
  return text.slice(0, start) + lines.join('\n') + text.slice(end);
}
