import { gunzipSync, unzipSync } from 'fflate';
import { unpackTar } from 'modern-tar';
import { selectRuleFiles } from './select-rules';
import type { SourceFile } from './types';

export type ArchiveKind = 'zip' | 'tar.gz' | 'tar';

/** Archive kind from a file name or URL path, by extension. */
export function archiveKindFromName(name: string): ArchiveKind | undefined {
  const lower = name.toLowerCase().replace(/[?#].*$/, '');
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz';
  if (lower.endsWith('.tar')) return 'tar';
  return undefined;
}

/** Archive kind from the first bytes, for downloads whose URL does not say. */
export function archiveKindFromBytes(bytes: Uint8Array): ArchiveKind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'tar.gz';
  if (bytes.length > 262 && String.fromCharCode(...bytes.subarray(257, 262)) === 'ustar') return 'tar';
  return undefined;
}

async function entriesOf(
  bytes: Uint8Array,
  kind: ArchiveKind,
): Promise<{ path: string; value: Uint8Array }[]> {
  if (kind === 'zip') {
    const wanted = (name: string) => /\.ya?ml$/i.test(name);
    const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return Object.entries(files).map(([name, data]) => ({ path: name, value: data }));
  }
  const tar = kind === 'tar.gz' ? gunzipSync(bytes) : bytes;
  const entries = await unpackTar(tar, {
    filter: (header) => header.type === 'file' && /\.ya?ml$/i.test(header.name),
  });
  return entries.map((entry) => ({ path: entry.header.name, value: entry.data ?? new Uint8Array() }));
}

/** The rule files inside a .zip, .tar.gz or .tar archive held in memory. */
export async function readArchive(bytes: Uint8Array, kind: ArchiveKind): Promise<SourceFile[]> {
  const entries = await entriesOf(bytes, kind);
  return selectRuleFiles(entries).map((e) => ({ path: e.path, bytes: e.value }));
}
