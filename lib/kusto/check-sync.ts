// The per-rule check the site build uses while rendering pages, where nothing can await: answers from the check
// cache (filled on both cores by `npm run build`'s KQL pass before Next starts) and checks a query the cache
// does not know in this thread, so a page never shows an unchecked query.
import { defaultCacheFile, keyOf, readCache } from './check-cache';
import { checkKql, type KqlDiagnostic } from './language-service';

let cached: { file: string; entries: Record<string, KqlDiagnostic[]> } | undefined;

/** Diagnostics for one query (an empty list means it passed the check). */
export function checkKqlCached(query: string, cacheFile: string = defaultCacheFile()): KqlDiagnostic[] {
  if (cached?.file !== cacheFile) cached = { file: cacheFile, entries: readCache(cacheFile).entries };
  const key = keyOf(query);
  return (cached.entries[key] ??= checkKql(query));
}
