import { attack, catalogFacts, encodeFacts } from '@/lib/attack';
import { getRules } from '@/lib/content';

// What the coverage page's filters recount from, fetched on the first filter change (compact: see encodeFacts).
export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(encodeFacts(catalogFacts(attack, getRules()))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
