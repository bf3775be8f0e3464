/**
 * A zip archive checked before a library unpacks it: the entries its central directory lists,
 * with the sizes they say they unpack to (enough to refuse a zip bomb before anything is
 * unpacked), then each entry inflated once and thrown away, to prove that it is where the
 * directory says and unpacks to exactly its stated size and checksum. The streaming XLSX reader
 * waits forever on an archive whose entries are out of step, and trusts the stated sizes; after
 * this check it meets neither. Sizes a ZIP64 archive keeps elsewhere are given as -1 (unknown),
 * which the caller treats as too large.
 */
import { crc32, createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's record in the central directory starts, and its length. */
  directoryOffset: number;
  directoryLength: number;
}

const LOCAL_ENTRY = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UNKNOWN = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

/** Where the end-of-directory record starts: 22 bytes plus a comment of at most 65,535 bytes, at the very end. */
function endRecordOffset(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  return -1;
}

/** The entries, or null when the bytes do not end with a readable zip directory. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] | null {
  const end = endRecordOffset(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (offset === UNKNOWN)
    return [{ name: '', method: -1, crc: 0, compressedSize: -1, uncompressedSize: -1, localOffset: -1, directoryOffset: -1, directoryLength: 0 }];
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const compressed = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: compressed === UNKNOWN ? -1 : compressed,
      uncompressedSize: uncompressed === UNKNOWN ? -1 : uncompressed,
      localOffset: localOffset === UNKNOWN ? -1 : localOffset,
      directoryOffset: at,
      directoryLength: 46 + nameLength + extraLength + commentLength,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates the data and counts it, never holding more than a chunk; stops as soon as it passes `limit`. */
function inflatedSizeAndCrc(data: Buffer, limit: number): Promise<{ size: number; crc: number } | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    let crc = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(null);
        return;
      }
      crc = crc32(chunk, crc);
    });
    inflate.on('error', () => resolve(null));
    inflate.on('end', () => resolve({ size, crc }));
    inflate.end(data);
  });
}

/** True when every entry sits where the directory says and unpacks to exactly its stated size and checksum. */
export async function verifyZipEntries(bytes: Buffer, entries: ZipEntry[]): Promise<boolean> {
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at < 0 || entry.compressedSize < 0 || entry.uncompressedSize < 0 || at + 30 > bytes.length) return false;
    if (bytes.readUInt32LE(at) !== LOCAL_ENTRY) return false;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) return false;
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize || crc32(data) >>> 0 !== entry.crc) return false;
      continue;
    }
    if (entry.method !== DEFLATED) return false;
    const unpacked = await inflatedSizeAndCrc(data, entry.uncompressedSize);
    if (!unpacked || unpacked.size !== entry.uncompressedSize || unpacked.crc >>> 0 !== entry.crc) return false;
  }
  return true;
}

/**
 * The same archive with its entries stored in the order `rank` gives (lower first; ties keep
 * their order), the directory rewritten to match; the bytes themselves when they are in that
 * order already. Only for entries `verifyZipEntries` accepted. A streaming reader meets entries
 * in the order they are stored, and some writers (exceljs among them) store a workbook's parts
 * in whatever order their compression finishes, now and then a worksheet before the workbook
 * part that names it.
 */
export function inStoredOrder(bytes: Buffer, entries: ZipEntry[], rank: (name: string) => number): Buffer {
  const stored = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const wanted = stored
    .map((entry, position) => ({ entry, position, rank: rank(entry.name) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((w) => w.entry);
  if (wanted.every((entry, i) => entry === stored[i])) return bytes;
  const directoryStart = Math.min(...entries.map((e) => e.directoryOffset));
  // A local record runs from its header to the next one, so a trailing data descriptor moves with it.
  const recordEnd = new Map(stored.map((entry, i) => [entry, stored[i + 1]?.localOffset ?? directoryStart]));
  const records: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of wanted) {
    const record = bytes.subarray(entry.localOffset, recordEnd.get(entry));
    const central = Buffer.from(bytes.subarray(entry.directoryOffset, entry.directoryOffset + entry.directoryLength));
    central.writeUInt32LE(offset, 42);
    records.push(record);
    directory.push(central);
    offset += record.length;
  }
  const end = Buffer.from(bytes.subarray(endRecordOffset(bytes)));
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, ...directory, end]);
}
