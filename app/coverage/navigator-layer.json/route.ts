import { absoluteUrl } from '@/components/site';
import { attack, buildNavigatorLayer, catalogFacts, layerEntriesOf } from '@/lib/attack';
import { getRules } from '@/lib/content';

// The whole catalog's coverage as an ATT&CK Navigator layer (format 4.5), written once at build time.
export const dynamic = 'force-static';

export function GET() {
  const layer = buildNavigatorLayer(attack, {
    name: 'SOC Feed coverage',
    baseUrl: absoluteUrl('/'),
    entries: layerEntriesOf(catalogFacts(attack, getRules())),
  });
  return new Response(`${JSON.stringify(layer, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
