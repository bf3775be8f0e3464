/**
 * What kind of file an evidence upload really is, judged by its bytes: the name and the type the
 * browser claims are the sender's to choose, so neither decides how the file is stored or served.
 * XLSX and DOCX are both ZIP archives, told apart by the parts their central directory names.
 */

export interface EvidenceKind {
  kind: 'pdf' | 'jpeg' | 'png' | 'xlsx' | 'docx';
  contentType: string;
  extension: string;
}

const KINDS: Record<EvidenceKind['kind'], EvidenceKind> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf', extension: 'pdf' },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg', extension: 'jpg' },
  png: { kind: 'png', contentType: 'image/png', extension: 'png' },
  xlsx: { kind: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  docx: { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

/** The names in a ZIP archive's central directory, or null when it is not a readable archive. */
function zipEntryNames(data: Buffer): string[] | null {
  // The end record is the last 22 bytes, unless an archive comment (at most 65,535 bytes) follows it.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== ZIP_CENTRAL) return null;
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (at + 46 + nameLength > data.length) return null;
    names.push(data.toString('latin1', at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return names;
}

/** The kind of an evidence file from its content, or null when it is none the platform accepts. */
export function evidenceKindOf(data: Buffer): EvidenceKind | null {
  if (data.length < 8) return null;
  if (data.toString('latin1', 0, 5) === '%PDF-') return KINDS.pdf;
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return KINDS.jpeg;
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) return KINDS.png;
  if (data.length >= 22 && data.readUInt32LE(0) === ZIP_LOCAL) {
    const names = zipEntryNames(data);
    if (!names?.includes('[Content_Types].xml')) return null;
    if (names.includes('xl/workbook.xml')) return KINDS.xlsx;
    if (names.includes('word/document.xml')) return KINDS.docx;
  }
  return null;
}

/**
 * The name an evidence file is kept and offered under: the sender's name without any folder part
 * or control characters, shortened, and ending in the extension of what the file really is.
 */
export function evidenceFileName(sent: string | undefined, kind: EvidenceKind): string {
  const last = (sent ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and the ones Windows refuses in names go; so do quotes, for the header.
  const clean = [...last.normalize('NFC')]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(c))
    .join('')
    .trim();
  const stem = clean
    .replace(/\.[^.]*$/, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'bukti'}.${kind.extension}`;
}

/** A Content-Disposition header that downloads the file under its name, safely quoted for every browser. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  // RFC 8187 leaves ' ( ) * out of a value that encodeURIComponent would pass through.
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
