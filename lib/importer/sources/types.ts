/** One candidate rule file taken from a source, before any parsing. */
export interface SourceFile {
  /** Path inside the source repository, posix separators, e.g. `rules/windows/process_creation/x.yml`. */
  path: string;
  /** The file's bytes, exactly as stored upstream. */
  bytes: Uint8Array;
}

export interface SourceListing {
  files: SourceFile[];
  /** Human description of where the files came from, for the CLI. */
  origin: string;
}

/** Download progress: bytes so far and the total when the server announced one. */
export type DownloadProgress = (received: number, total: number | undefined) => void;
