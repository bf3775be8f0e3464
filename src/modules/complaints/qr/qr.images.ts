/**
 * The QR code of a place as SVG and PNG, and the A4 poster that carries it. Error correction M
 * survives a scratched or sun-faded print; the quiet zone of four modules is the standard's.
 */
import QRCode from 'qrcode';

const ERROR_CORRECTION = 'M' as const;
const QUIET_ZONE = 4;
/** Printable at 10 cm and more without visible pixels. */
export const PNG_SIZE = 1024;

/** The QR code as a scalable SVG document. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE });
}

/** The QR code as a PNG of PNG_SIZE pixels square. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE, width: PNG_SIZE });
}

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** The dark modules as one path, one unit per module, runs of a row merged into one rectangle. */
function modulesPath(url: string): { path: string; size: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), size: n };
}

/** Splits text into at most `maxLines` lines of about `width` characters, on spaces. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, Math.max(0, width - 1))}…`;
  return kept;
}

/**
 * An A4 poster (210 x 297 mm, units in mm): the city and SAMBAT, the place's name, the call to
 * scan, the QR code, and the address for people who type instead of scanning.
 */
export function posterSvg(input: { cityName: string; placeName: string; address: string | null; url: string }): string {
  const { path, size } = modulesPath(input.url);
  const qrSide = 150;
  const quiet = QUIET_ZONE * (qrSide / (size + 2 * QUIET_ZONE));
  const scale = (qrSide - 2 * quiet) / size;
  const qrX = (210 - qrSide) / 2;
  const qrY = 100;
  const nameLines = wrapLines(input.placeName, 26, 3);
  const text = (y: number, size: number, content: string, extra = '') =>
    `<text x="105" y="${y}" font-size="${size}" text-anchor="middle"${extra}>${escapeXml(content)}</text>`;
  const shortUrl = input.url.replace(/^https?:\/\//, '');
  // Monospace glyphs are about 0.6 of the font size wide; a long address shrinks to fit 190 mm.
  const urlSize = Math.min(5.5, 190 / (0.6 * shortUrl.length));
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297">',
    `<title>${escapeXml(`SAMBAT: ${input.placeName}`)}</title>`,
    '<rect width="210" height="297" fill="#ffffff"/>',
    '<rect width="210" height="34" fill="#0b4f8a"/>',
    '<g font-family="Helvetica, Arial, sans-serif" fill="#111111">',
    text(16, 11, 'SAMBAT', ' font-weight="bold" fill="#ffffff"'),
    text(27, 6, `Layanan aduan warga ${input.cityName}`, ' fill="#ffffff"'),
    ...nameLines.map((line, i) => text(52 + i * 10, 9, line, ' font-weight="bold"')),
    input.address ? text(52 + nameLines.length * 10, 5, wrapLines(input.address, 60, 1)[0]) : '',
    text(qrY - 4, 6.5, 'Sampaikan aduan untuk tempat ini: pindai kode QR'),
    `<rect x="${qrX}" y="${qrY}" width="${qrSide}" height="${qrSide}" fill="#ffffff"/>`,
    `<path transform="translate(${(qrX + quiet).toFixed(3)} ${(qrY + quiet).toFixed(3)}) scale(${scale.toFixed(5)})" fill="#000000" shape-rendering="crispEdges" d="${path}"/>`,
    text(qrY + qrSide + 12, 5, 'atau buka alamat ini:'),
    text(qrY + qrSide + 21, Number(urlSize.toFixed(2)), shortUrl, ' font-family="Courier New, monospace"'),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
