import { describe, expect, it } from 'vitest';
import { MAX_BULK_RULES } from '@/components/export/BulkSentinelDownload';
import { MAX_TEMPLATE_RESOURCES } from '@/lib/export';

describe('the bulk download button', () => {
  it("knows ARM's limit of resources per template without loading lib/export", () => {
    expect(MAX_BULK_RULES).toBe(MAX_TEMPLATE_RESOURCES);
  });
});
