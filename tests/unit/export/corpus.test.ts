// Every SigmaHQ rule the converter turns into a query (../shared/sigma/rules, read in place, skipped when
// absent) must export to Sentinel, or fail only for the 10,000-character limit; what is exported must be valid.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ENTITY_IDENTIFIERS,
  MAX_QUERY_LENGTH,
  armValue,
  buildArmTemplate,
  buildSentinelRule,
  outputColumns,
  sentinelYaml,
  serializeArmTemplate,
  type ExportResult,
  type Level,
  type SentinelRule,
} from '@/lib/export';
import { convertToKql, kqlSchema, lowerRule, parseSigma } from '@/lib/sigma';
import { listRuleFiles } from '@/scripts/convert';

const dir = path.resolve('../shared/sigma/rules');

describe.skipIf(!existsSync(dir))('Sentinel export of the SigmaHQ corpus', () => {
  const exports: { file: string; kql: string; result: ExportResult<SentinelRule> }[] = [];
  for (const file of listRuleFiles([dir])) {
    const rule = parseSigma(readFileSync(file, 'utf8'), { path: file }).rule;
    const lowered = rule && lowerRule(rule);
    const conversion = lowered?.value && convertToKql(lowered.value);
    const query = conversion?.status === 'ok' ? conversion.queries[0] : undefined;
    if (!rule?.id || !query) continue;
    const attackTags = rule.tags.filter((t) => t.namespace === 'attack').map((t) => t.value);
    const result = buildSentinelRule(
      {
        id: rule.id,
        title: rule.title ?? '',
        description: rule.description ?? '',
        author: rule.author ?? '',
        level: (rule.level ?? 'medium') as Level,
        source: {
          name: 'SigmaHQ',
          url: `https://github.com/SigmaHQ/sigma/blob/master/${path.relative(dir, file)}`,
        },
        attack: {
          techniques: attackTags.filter((v) => /^t\d{4}/.test(v)).map((v) => v.toUpperCase()),
          tactics: attackTags.filter((v) => !/^[tgs]\d{4}/.test(v)),
        },
      },
      query,
    );
    exports.push({ file, kql: query.kql, result });
  }
  const built = exports.flatMap((e) => (e.result.value ? [e.result.value] : []));

  it('exports every converted rule, except queries over 10,000 characters', () => {
    expect(built.length).toBeGreaterThanOrEqual(2500);
    for (const e of exports.filter((x) => !x.result.value)) {
      expect(
        e.result.errors.map((p) => p.code),
        e.file,
      ).toEqual(['QUERY_TOO_LONG']);
      expect(e.kql.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    }
  });

  it('maps entities only to string columns the query returns', () => {
    for (const rule of built) {
      const columns = outputColumns(rule.query, rule.table);
      for (const mapping of rule.entityMappings) {
        expect(
          mapping.fieldMappings.some((f) =>
            ENTITY_IDENTIFIERS[mapping.entityType].sufficient.includes(f.identifier),
          ),
        ).toBe(true);
        for (const { columnName } of mapping.fieldMappings) {
          expect(kqlSchema[rule.table]?.columns[columnName], `${rule.table}.${columnName}`).toBe('string');
          expect(
            columns.kind === 'all'
              ? !columns.removed.has(columnName)
              : columns.kind === 'only' && columns.columns.has(columnName),
          ).toBe(true);
        }
      }
    }
  });

  it('gives Sentinel only technique IDs it accepts', () => {
    for (const rule of built) {
      for (const id of rule.techniques) expect(id).toMatch(/^T\d{4}$/);
      for (const id of rule.subTechniques) expect(rule.techniques).toContain(id.slice(0, 5));
    }
  });

  it('keeps every query byte for byte in the YAML and the bulk ARM templates', () => {
    for (const rule of built) expect(parse(sentinelYaml(rule)).query).toBe(rule.query);
    for (let i = 0; i < built.length; i += 800) {
      const chunk = built.slice(i, i + 800);
      const template = buildArmTemplate(chunk);
      expect(template.errors).toEqual([]);
      const resources = JSON.parse(serializeArmTemplate(template.value!)).resources;
      resources.forEach((r: { properties: { query: string } }, n: number) =>
        expect(armValue(r.properties.query)).toBe(chunk[n]!.query),
      );
    }
  });
});
