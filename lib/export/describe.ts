import { MAX_DESCRIPTION_LENGTH, MAX_DISPLAY_NAME_LENGTH } from './limits';
import type { ExportProblem, ExportQuery, ExportableRule } from './types';

// The rule's description as Sentinel shows it: the Sigma description, then what the analyst must know about the
// query, then attribution. The Detection Rule License asks for the author, a link to the rule, the licence, and a
// note that the rule was modified (a KQL translation is one); that tail is never cut, the Sigma text is.

const LICENSES: Readonly<Record<string, { name: string; url: string }>> = {
  'DRL-1.1': {
    name: 'Detection Rule License (DRL) 1.1',
    url: 'https://github.com/SigmaHQ/Detection-Rule-License',
  },
};

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export function displayName(rule: ExportableRule, warnings: ExportProblem[]): string {
  const title = rule.title.replace(/\s+/g, ' ').trim();
  if (title.length > MAX_DISPLAY_NAME_LENGTH) {
    warnings.push({
      code: 'TITLE_TRUNCATED',
      message: `The title was shortened to ${MAX_DISPLAY_NAME_LENGTH} characters.`,
    });
  }
  return clip(title, MAX_DISPLAY_NAME_LENGTH);
}

export function describe(
  rule: ExportableRule,
  query: ExportQuery,
  pageUrl: string | undefined,
  warnings: ExportProblem[],
  requirement?: string,
): string {
  const licenseId = rule.license ?? 'DRL-1.1';
  const license = LICENSES[licenseId];
  const notes = query.warnings.map((w) => `- ${w.detail}`);
  const tail = [
    `Query: ${query.variant} (${query.table}).`,
    ...(requirement ? [requirement] : []),
    ...(notes.length ? ['Notes on the query:', ...notes] : []),
    ...(rule.falsepositives?.length ? [`False positives: ${rule.falsepositives.join('; ')}`] : []),
    '',
    `Author: ${rule.author}.`,
    `Original rule: ${rule.source.url} (${rule.source.name}).`,
    license ? `License: ${license.name}, ${license.url}.` : `License: ${licenseId}.`,
    `Converted from Sigma to KQL by SOC Feed${pageUrl ? `: ${pageUrl}` : ''}. Validate in a test environment before production use.`,
  ].join('\n');
  const body = rule.description.trim();
  const room = MAX_DESCRIPTION_LENGTH - tail.length - 2;
  if (body.length > room) {
    warnings.push({
      code: 'DESCRIPTION_TRUNCATED',
      message: `The description was shortened to fit Sentinel's ${MAX_DESCRIPTION_LENGTH}-character limit.`,
    });
  }
  return clip(`${clip(body, Math.max(room, 0))}\n\n${tail}`, MAX_DESCRIPTION_LENGTH);
}
