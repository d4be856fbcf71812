import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createCatalog,
  createCatalogInSlices,
  createScanIndex,
  createScanIndexInSlices,
  type SearchSource,
} from '@/lib/search';
import { SOURCES } from './sources';

// The browser builds the catalog and the text scan in short tasks; the result must be what the one-go build
// gives, and a large index must actually be cut into several tasks.
describe('building the index in slices', () => {
  const many: SearchSource[] = Array.from({ length: 1_000 }, (_, i) => ({
    ...SOURCES[i % SOURCES.length]!,
    slug: `rule-${i}`,
    title: `Rule ${i} ${SOURCES[i % SOURCES.length]!.title}`,
  }));
  const file = buildSearchIndex(many, () => undefined);

  it('gives the same catalog and the same hits, pausing between slices', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const catalog = await createCatalogInSlices(file, pause);
    expect(catalog).toEqual(createCatalog(file));
    const afterCatalog = pauses;
    expect(afterCatalog).toBeGreaterThan(3);

    const sliced = await createScanIndexInSlices(catalog, pause);
    expect(pauses).toBeGreaterThan(afterCatalog + 3);
    const whole = createScanIndex(catalog);
    for (const q of ['lsass', 'certutil download', 'T1059', 'rule 99'])
      expect([...sliced.search(q)]).toEqual([...whole.search(q)]);
    expect(sliced.search('lsass').size).toBeGreaterThan(0);
  });
});
