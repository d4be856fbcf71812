import { describe, expect, it } from 'vitest';
import { MAX_BULK_RULES, fetchTemplates } from '@/components/export/BulkSentinelDownload';
import { MAX_TEMPLATE_RESOURCES } from '@/lib/export';

describe('the bulk download button', () => {
  it("knows ARM's limit of resources per template without loading lib/export", () => {
    expect(MAX_BULK_RULES).toBe(MAX_TEMPLATE_RESOURCES);
  });

  it('collects templates in the order of the rules, whatever order the responses arrive in', async () => {
    const slugs = Array.from({ length: 20 }, (_, i) => `rule-${i}`);
    const noExport = new Set(['rule-3', 'rule-11']);
    // Later rules answer sooner, so completion order is the reverse of the list.
    const get = async (url: string) => {
      const slug = /\/rules\/([^/]+)\//.exec(url)![1]!;
      await new Promise((r) => setTimeout(r, 2 * (20 - Number(slug.split('-')[1]))));
      return noExport.has(slug)
        ? new Response('Not found', { status: 404 })
        : Response.json({ resources: [{ name: slug }] });
    };
    let progress = 0;
    const { templates, missing } = await fetchTemplates(slugs, (done) => (progress = done), get);
    expect(missing).toBe(2);
    expect(progress).toBe(20);
    expect(templates.map((t) => (t as { resources: { name: string }[] }).resources[0]!.name)).toEqual(
      slugs.filter((s) => !noExport.has(s)),
    );
  });

  it('stops on a server error rather than leaving a rule out silently', async () => {
    const get = async () => new Response('boom', { status: 500 });
    await expect(fetchTemplates(['a'], () => {}, get)).rejects.toThrow('a: HTTP 500');
  });
});
