import { absoluteUrl, rulePath, withBase } from '@/components/site';
import { getRuleById, getRules } from '@/lib/content';

// A permalink by Sigma rule id, written as /r/<id>/index.html. A static host cannot redirect, so the file does:
// a meta refresh without JS, location.replace with JS (keeping a #kql deep link), and a plain link for everyone.
// A tiny document of its own rather than a full page: 3,000 of them would otherwise carry the layout and React.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getRules().map((rule) => ({ id: rule.id }));
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// One script text for every permalink, so the Content-Security-Policy needs one hash for all of them.
const FOLLOW = `location.replace(document.getElementById('to').href+location.hash)`;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const rule = getRuleById((await params).id);
  if (!rule) return new Response('Not found', { status: 404 });
  const target = escape(withBase(rulePath(rule.slug)));
  const title = escape(rule.title);
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${title} · SOC Feed</title><meta name="robots" content="noindex">`,
    `<link rel="canonical" href="${escape(absoluteUrl(rulePath(rule.slug)))}">`,
    `<meta http-equiv="refresh" content="0;url=${target}"></head>`,
    `<body><p>This is the permanent link of <a id="to" href="${target}">${title}</a>.</p>`,
    `<script>${FOLLOW}</script></body></html>`,
  ].join('');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
