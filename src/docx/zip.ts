// A zip reader that refuses zip bombs. Every limit is checked against the central directory before
// anything is inflated, and an entry is inflated in small steps into a buffer of its declared size,
// so an archive that lies about its sizes is caught after at most one step instead of filling memory.
// The entry count and the total size hold for the whole archive; the size and compression ratio of
// one entry are checked when it is opened, so that images and embedded files the reader never opens
// (a highly compressible bitmap, a large video) do not refuse the document (issue 8).
import { Inflate } from "fflate";
import { DocxError } from "./errors";

export interface ZipLimits {
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Largest declared uncompressed size of a single entry that is opened, in bytes. */
  maxEntryBytes: number;
  /** Largest declared uncompressed size of all entries together, in bytes. */
  maxTotalBytes: number;
  /** Highest compression ratio (uncompressed / compressed) of an opened entry larger than 1 MiB. */
  maxRatio: number;
}

const MIB = 1024 * 1024;

/**
 * What an input may make the reader spend, not a comfortable amount. An entry is inflated into a
 * buffer of its declared size, decoded to a string of up to twice that (two bytes a character
 * once one character is beyond Latin-1), parsed, and its text kept in the snapshot: a
 * document.xml at the 64 MiB limit peaked at 210–290 MB resident, Node included. Real documents
 * stay far below: the 500-page benchmark nota's document.xml is ~10 MB, compressed ~10 to 1
 * (~150 MB peak). With the ratio limit an entry reaches 64 MiB only from at least ~440 KB of
 * compressed data; the total limit bounds all parts together.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 64 * MIB,
  maxTotalBytes: 256 * MIB,
  maxRatio: 150,
};

// Small entries cannot do harm whatever their ratio, and tiny XML parts compress unusually well.
const RATIO_FLOOR_BYTES = MIB;
// Compressed bytes fed to the inflater per step: deflate expands at most ~1032x, so one step
// produces at most ~16 MB before the declared-size check sees it.
const INFLATE_STEP = 16 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipArchive {
  /** Sum of the entries' declared uncompressed sizes, in bytes. */
  readonly declaredBytes: number;
  /** Entries in the central directory. */
  readonly entryCount: number;
  private readonly bytes: Uint8Array;
  private readonly limits: ZipLimits;
  private readonly entries: Map<string, ZipEntry>;

  constructor(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    this.bytes = bytes;
    this.limits = limits;
    const directory = readCentralDirectory(bytes, limits);
    this.entries = directory.entries;
    this.declaredBytes = directory.declaredBytes;
    this.entryCount = directory.count;
  }

  /** Entry names as stored, in archive order. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** Part names in OPC are case-insensitive, so lookups are too. */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * The entry's uncompressed bytes, or null when the archive has no such entry. Throws a DocxError
   * ("zip-bomb") when the entry is over the size or ratio limit, before inflating anything.
   */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return null;
    checkEntryLimits(entry, this.limits);
    return extract(this.bytes, entry);
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(data: DataView): number {
  const last = data.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function damaged(what: string): DocxError {
  return new DocxError("bad-zip", `the zip archive is damaged: ${what}`);
}

function bomb(what: string): DocxError {
  return new DocxError("zip-bomb", `refused as a possible zip bomb: ${what}`);
}

const nameDecoder = new TextDecoder("utf-8");

interface CentralDirectory {
  entries: Map<string, ZipEntry>;
  count: number;
  declaredBytes: number;
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): CentralDirectory {
  const data = view(bytes);
  const eocd = bytes.length >= EOCD_SIZE ? findEndOfCentralDirectory(data) : -1;
  if (eocd < 0) throw new DocxError("not-zip", "not a .docx file (it is not a zip archive)");

  const count = data.getUint16(eocd + 10, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === ZIP64_MARKER) {
    throw damaged("it uses ZIP64 extensions, which a Word document never needs");
  }
  if (count > limits.maxEntries) throw bomb(`${count} entries (limit ${limits.maxEntries})`);

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw damaged("the central directory is cut short or corrupt");
    }
    const nameLength = data.getUint16(at + 28, true);
    const next = at + 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (next > bytes.length) throw damaged("the central directory is cut short or corrupt");
    const entry: ZipEntry = {
      name: nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    };
    if (entry.size === ZIP64_MARKER || entry.compressedSize === ZIP64_MARKER) {
      throw damaged(`${entry.name} uses ZIP64 extensions, which a Word document never needs`);
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw bomb(`its entries expand to more than ${limits.maxTotalBytes} bytes`);
    }
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at = next;
  }
  return { entries, count, declaredBytes: total };
}

function checkEntryLimits(entry: ZipEntry, limits: ZipLimits): void {
  if (entry.size > limits.maxEntryBytes) {
    throw bomb(`${entry.name} expands to ${entry.size} bytes (limit ${limits.maxEntryBytes})`);
  }
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
    throw bomb(`${entry.name} is compressed ${Math.round(ratio)} to 1 (limit ${limits.maxRatio})`);
  }
}

function extract(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & FLAG_ENCRYPTED) {
    throw new DocxError("encrypted", `${entry.name} is encrypted; remove the password in Word and save again`);
  }
  const data = view(bytes);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw damaged(`the entry ${entry.name} cannot be found`);
  }
  const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`the entry ${entry.name} is cut short`);
  const compressed = bytes.subarray(start, end);

  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.size) throw damaged(`the stored entry ${entry.name} has inconsistent sizes`);
    return compressed.slice();
  }
  if (entry.method === METHOD_DEFLATE) return inflateGuarded(compressed, entry);
  throw damaged(`the entry ${entry.name} uses unsupported compression method ${entry.method}`);
}

function inflateGuarded(compressed: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw bomb(`${entry.name} expands beyond the ${entry.size} bytes its header declares`);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_STEP) {
      const stepEnd = Math.min(at + INFLATE_STEP, compressed.length);
      inflater.push(compressed.subarray(at, stepEnd), stepEnd === compressed.length);
    }
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw damaged(`the entry ${entry.name} cannot be decompressed`);
  }
  if (written !== entry.size) throw damaged(`the entry ${entry.name} is shorter than its header declares`);
  return out;
}
