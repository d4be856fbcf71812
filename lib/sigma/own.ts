// Lookups keyed by rule text. A plain object answers `constructor`, `toString` or `__proto__` with what it
// inherits, so a rule naming such a field, category or modifier would reach a function instead of a mapping.

/** The record's own entry for a key taken from input (never an inherited member). */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string | undefined,
): T | undefined {
  return record !== undefined && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an entry named by input as an own property, even `__proto__` (plain assignment would set the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
