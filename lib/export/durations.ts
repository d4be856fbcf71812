// ISO 8601 durations as Sentinel takes them (days, hours, minutes; no years or months, which have no fixed
// length), and the short form (5m, 1h, 2d) the Azure-Sentinel YAML uses for the same values.

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Minutes in an ISO 8601 duration like PT1H, P1DT12H or PT5M; undefined when it is not one. */
export function durationMinutes(iso: string): number | undefined {
  const match = ISO_DURATION.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return undefined;
  const [days, hours, minutes] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0));
  return (days ?? 0) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0);
}

export function isIsoDuration(value: string): boolean {
  return durationMinutes(value) !== undefined;
}

/** The Azure-Sentinel YAML form: the largest whole unit, e.g. PT1H -> 1h, P1D -> 1d, PT90M -> 90m. */
export function toShortDuration(iso: string): string {
  const minutes = durationMinutes(iso);
  if (minutes === undefined) throw new Error(`not an ISO 8601 duration: ${iso}`);
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
