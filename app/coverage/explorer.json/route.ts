import { explorerProps } from '../explorer-props';

// The coverage explorer's props, which the coverage island hydrates with (the page's HTML was rendered from them).
export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(explorerProps()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
