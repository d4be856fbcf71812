// Slugs are page URLs: readable (from the title), unique, and stable once assigned (see assignSlugs).

const MAX_LENGTH = 80;

/** A readable slug from a title: ASCII lower case, words joined by hyphens, cut at a word boundary. */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next.slice(0, MAX_LENGTH);
  }
  return slug || 'rule';
}

export interface SlugRequest {
  id: string;
  title: string;
  /** Repository path; orders colliding new rules so the result does not depend on read order. */
  path: string;
  /** The slug this rule already has in the content folder, if any. */
  existing?: string;
}

/**
 * Give every rule a unique slug. Rules that already have content keep their slug. New rules get the slug of
 * their title; when that is taken, the first 8 characters of the rule id are appended (then the whole id).
 * `reserved` holds slugs used by other content files that are not part of this import.
 */
export function assignSlugs(requests: SlugRequest[], reserved: Iterable<string> = []): Map<string, string> {
  const taken = new Set(reserved);
  const result = new Map<string, string>();
  for (const r of requests) {
    if (r.existing && !taken.has(r.existing)) {
      taken.add(r.existing);
      result.set(r.id, r.existing);
    }
  }
  const fresh = requests
    .filter((r) => !result.has(r.id))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const r of fresh) {
    const base = slugFromTitle(r.title);
    const shortId = r.id.toLowerCase().replace(/[^a-z0-9]/g, '');
    const candidates = [base, `${base}-${shortId.slice(0, 8)}`, `${base}-${shortId}`];
    let slug = candidates.find((c) => !taken.has(c));
    for (let n = 2; !slug; n++) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(r.id, slug);
  }
  return result;
}
