import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write a file so that readers see the old bytes or the new bytes, never a mix: the data goes to a temporary
 * file in the same folder (same file system, so rename is atomic) and is renamed over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Remove temporary files an interrupted earlier run left under `root` (never a finished file). */
export async function removeStaleTemps(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const stale = entries.filter((e) => e.isFile() && TEMP_NAME.test(e.name));
  await Promise.all(stale.map((e) => rm(path.join(e.parentPath, e.name), { force: true })));
  return stale.length;
}
