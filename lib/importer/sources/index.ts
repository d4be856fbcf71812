import { readFile, stat } from 'node:fs/promises';
import { archiveKindFromBytes, archiveKindFromName, readArchive } from './archive';
import { download } from './download';
import { readFolderSource } from './folder';
import type { DownloadProgress, SourceListing } from './types';

export type { SourceFile, SourceListing, DownloadProgress } from './types';
export { selectRuleFiles } from './select-rules';

/** Read rules from a folder, a .zip/.tar.gz/.tar archive, or an http(s) URL of an archive. */
export async function readSource(source: string, onDownload?: DownloadProgress): Promise<SourceListing> {
  if (/^https?:\/\//i.test(source)) {
    const bytes = await download(source, onDownload);
    const kind = archiveKindFromName(new URL(source).pathname) ?? archiveKindFromBytes(bytes);
    if (!kind) throw new Error(`${source}: not a .zip, .tar.gz or .tar archive`);
    return { files: await readArchive(bytes, kind), origin: source };
  }
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new Error(`${source}: no such file or folder`);
  if (info.isDirectory()) return readFolderSource(source);
  const bytes = new Uint8Array(await readFile(source));
  const kind = archiveKindFromName(source) ?? archiveKindFromBytes(bytes);
  if (!kind) throw new Error(`${source}: not a folder, nor a .zip, .tar.gz or .tar archive`);
  return { files: await readArchive(bytes, kind), origin: source };
}
