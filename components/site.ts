// Site-wide facts shared by the layout, metadata and links.

export const SITE_NAME = 'SOC Feed';
export const SITE_DESCRIPTION =
  'Detection rules for SOC analysts: Sigma originals with KQL for Microsoft Sentinel, mapped to MITRE ATT&CK.';

/** Every page's <title>: its own title in this template. The layout's metadata and scripts/rule-pages.ts share it. */
export const TITLE_TEMPLATE = `%s · ${SITE_NAME}`;

/** A page title as the browser tab shows it. */
export function pageTitle(title: string): string {
  return TITLE_TEMPLATE.replace('%s', title);
}

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Absolute origin of the deployed site (for sitemap and canonical URLs). Throws when SITE_URL is not one. */
export function siteOrigin(): string {
  const origin = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
  if (!/^https?:$/.test(URL.parse(origin)?.protocol ?? ''))
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://soc.example.org, not "${origin}"`,
    );
  return origin;
}

/** A site path with the base path in front, for links (all plain <a> elements: see SiteHeader). */
export function withBase(path: string): string {
  return `${basePath}${path}`;
}

/** Full URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${withBase(path)}`;
}

export function rulePath(slug: string): string {
  return `/rules/${slug}/`;
}

/** A technique or sub-technique page (T1059.001 -> /attack/T1059.001/); lib/content's techniqueHref adds the base. */
export function techniquePath(id: string): string {
  return `/attack/${id.toUpperCase()}/`;
}
