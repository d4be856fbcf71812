// Byte-level helpers for the encoding modifiers, the windash expansion and CIDR checks. Pure functions,
// no platform APIs beyond TextEncoder (present in browsers and Node alike).
import type { StringPart } from './values';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += b1 === undefined ? '=' : B64[(n >> 6) & 63]!;
    out += b2 === undefined ? '=' : B64[n & 63]!;
  }
  return out;
}

/**
 * The three base64 encodings of `data` as it may sit at any offset inside a longer encoded text: the
 * value is shifted by 0, 1 and 2 leading bytes and the characters that depend on unknown neighbours are cut.
 */
export function base64Offsets(data: Uint8Array): string[] {
  const starts = [0, 2, 3];
  const ends = [0, 3, 2];
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const shifted = new Uint8Array(shift + data.length);
    shifted.fill(0x20, 0, shift);
    shifted.set(data, shift);
    const encoded = base64(shifted);
    const cut = ends[(data.length + shift) % 3] as number;
    out.push(encoded.slice(starts[shift], encoded.length - cut));
  }
  return out;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Bytes of a string whose characters each stand for one byte (the result of a wide/utf16 modifier). */
export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export type Utf16Form = 'utf16le' | 'utf16be' | 'utf16';

/**
 * Encodes ASCII text as UTF-16 bytes, one character per byte. Returns undefined for other characters:
 * their UTF-16 bytes are not text a log field could hold, so the rule cannot mean them.
 */
export function utf16Bytes(text: string, form: Utf16Form): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    out += form === 'utf16be' ? `\u0000${text[i]}` : `${text[i]}\u0000`;
  }
  return out;
}

export const UTF16LE_BOM = '\u00ff\u00fe';

// Python's `\w` (Unicode-aware), which decides what pySigma's windash treats as a word.
const WORD = /[\p{L}\p{N}_]/u;

/** The characters Windows accepts in front of a command-line option (Sigma `windash`). */
export const WINDASH_VARIANTS = ['-', '/', '\u2013', '\u2014', '\u2015'] as const;

/** Positions of option dashes: a `-` or `/` at the start of a word (not preceded by a word character). */
export function windashPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '-' && c !== '/') continue;
    const before = i > 0 && WORD.test(text[i - 1] as string);
    const after = i + 1 < text.length && WORD.test(text[i + 1] as string);
    if (!before && after) out.push(i);
  }
  return out;
}

/** Every combination of dash variants over all option dashes of the value (each dash varies on its own). */
export function expandWindash(parts: readonly StringPart[]): StringPart[][] {
  let results: StringPart[][] = [[]];
  for (const part of parts) {
    if (part.kind !== 'Text') {
      results = results.map((r) => [...r, part]);
      continue;
    }
    const positions = windashPositions(part.text);
    let texts = [''];
    let last = 0;
    for (const pos of positions) {
      const chunk = part.text.slice(last, pos);
      texts = texts.flatMap((t) => WINDASH_VARIANTS.map((v) => t + chunk + v));
      last = pos + 1;
    }
    const rest = part.text.slice(last);
    results = results.flatMap((r) => texts.map((t) => [...r, { kind: 'Text' as const, text: t + rest }]));
  }
  return results;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(address: string): boolean {
  let addr = address;
  // An embedded IPv4 tail counts as two groups.
  const lastColon = addr.lastIndexOf(':');
  const tail = addr.slice(lastColon + 1);
  let extraGroups = 0;
  if (tail.includes('.')) {
    if (!IPV4.test(tail)) return false;
    addr = `${addr.slice(0, lastColon + 1)}0`;
    extraGroups = 1;
  }
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] as string);
  const rest = halves.length === 2 ? groups(halves[1] as string) : [];
  const all = [...head, ...rest];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = all.length + extraGroups;
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** The IP version of a CIDR network (`a.b.c.d/n`, `x:y::/n`, or a bare address), or undefined if invalid. */
export function cidrVersion(cidr: string): 4 | 6 | undefined {
  const slash = cidr.indexOf('/');
  const address = slash === -1 ? cidr : cidr.slice(0, slash);
  const prefix = slash === -1 ? undefined : cidr.slice(slash + 1);
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return undefined;
  const bits = prefix === undefined ? undefined : Number(prefix);
  if (IPV4.test(address)) return bits === undefined || bits <= 32 ? 4 : undefined;
  if (isIpv6(address)) return bits === undefined || bits <= 128 ? 6 : undefined;
  return undefined;
}
