// A small pure fingerprint for company paragraphs (issue 11): FNV-1a, 64 bits, over the UTF-8 bytes
// of a string. Not cryptographic: it tells "this text or entry changed" apart from "unchanged", which
// is all a fingerprint in the state part is for. Pure (no Node crypto, no Web Crypto, which is async).

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64 of the UTF-8 encoding of `text`, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  const byte = (value: number) => {
    hash = ((hash ^ BigInt(value)) * FNV_PRIME) & MASK;
  };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // A lone surrogate (not valid UTF-16) is encoded as U+FFFD, as TextEncoder does.
    const point = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
    if (point < 0x80) byte(point);
    else if (point < 0x800) {
      byte(0xc0 | (point >> 6));
      byte(0x80 | (point & 0x3f));
    } else if (point < 0x10000) {
      byte(0xe0 | (point >> 12));
      byte(0x80 | ((point >> 6) & 0x3f));
      byte(0x80 | (point & 0x3f));
    } else {
      byte(0xf0 | (point >> 18));
      byte(0x80 | ((point >> 12) & 0x3f));
      byte(0x80 | ((point >> 6) & 0x3f));
      byte(0x80 | (point & 0x3f));
    }
  }
  return hash.toString(16).padStart(16, "0");
}

/** JSON with object keys sorted at every level, so equal data gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) Object.defineProperty(result, key, { value: sorted(item), enumerable: true, writable: true, configurable: true });
  }
  return result;
}
