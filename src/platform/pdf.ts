/**
 * Drawing helpers for the documents the city prints and files: A4 pages, a title block, labelled
 * fields, tables that wrap their cells and carry on across pages under a repeated header,
 * signature blocks, and "Halaman x dari y" in every footer. Kept free of any one document, so
 * that each (pakta integritas, perjanjian kinerja, an OPD's quarterly report card) only says what
 * goes where.
 *
 * Text is set in the PDF standard fonts (Helvetica), which need no font files but know only the
 * WinAnsi characters; every string drawn here goes through `printable` first, so a "≥" typed into
 * an indicator's name prints as ">=" instead of a wrong glyph.
 */
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;
export type Layout = 'portrait' | 'landscape';
type Align = 'left' | 'center' | 'right' | 'justify';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
/** 2 cm on every side; the footer sits inside the bottom margin, below the text. */
const MARGINS = { top: 57, bottom: 68, left: 57, right: 57 };
const BODY_SIZE = 10.5;
const TABLE_SIZE = 9;
const CELL_PAD = 4;
const RULE = '#444444';
const HEADER_FILL = '#e6e6e6';

// WinAnsi is Latin-1 plus these in 0x80-0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const STAND_INS: Record<string, string> = { '≥': '>=', '≤': '<=', '≠': '!=', '−': '-', '→': '->', '←': '<-' };

function winAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) as number;
  return ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** The text as the standard fonts can print it: accents dropped where there is no such letter, "?" for the rest. */
export function printable(text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => {
    if (winAnsi(ch)) return ch;
    if (STAND_INS[ch]) return STAND_INS[ch];
    const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (plain && plain !== ch && Array.from(plain).every(winAnsi)) return plain;
    return /\s|\p{Cc}/u.test(ch) ? ' ' : '?';
  }).join('');
}

/** A number as Indonesian documents write it: 1.500 and 72,5. */
export function formatNumber(value: number): string {
  return value.toLocaleString('id-ID', { maximumFractionDigits: 4 });
}

/** A value, or a range "60 - 80" when there is an upper bound. */
export function formatRange(value: number, upper: number | null): string {
  return upper === null ? formatNumber(value) : `${formatNumber(value)} - ${formatNumber(upper)}`;
}

/** The day in the city, e.g. "22 November 2026". */
export function formatDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone }).format(at);
}

/** The day and time in the city with its zone, e.g. "22 November 2026 pukul 19.38 WIB". */
export function formatDateTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone, timeZoneName: 'short' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDay(at, timeZone)} pukul ${part('hour')}.${part('minute')} ${part('timeZoneName')}`;
}

/** Starts a page of the given layout, with the margins and body font of every document. */
export function newPage(doc: Pdf, layout: Layout): void {
  doc.addPage({ size: 'A4', layout, margins: MARGINS });
  doc.font(REGULAR).fontSize(BODY_SIZE).fillColor('black');
}

const textWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Moves to a fresh page of the same layout unless `height` points still fit on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) newPage(doc, doc.page.layout as Layout);
}

export function space(doc: Pdf, points: number): void {
  doc.y += points;
}

/** Centred bold lines at the head of a document or section, then smaller centred lines. */
export function titleBlock(doc: Pdf, title: string[], subtitle: string[] = []): void {
  const width = textWidth(doc);
  const x = doc.page.margins.left;
  doc.font(BOLD).fontSize(13);
  for (const line of title) doc.text(printable(line), x, doc.y, { width, align: 'center' });
  doc.font(BOLD).fontSize(11);
  for (const line of subtitle) doc.text(printable(line), x, doc.y, { width, align: 'center' });
  doc.font(REGULAR).fontSize(BODY_SIZE);
  space(doc, 14);
}

export function heading(doc: Pdf, text: string): void {
  ensureSpace(doc, 40);
  doc
    .font(BOLD)
    .fontSize(BODY_SIZE)
    .text(printable(text), doc.page.margins.left, doc.y, { width: textWidth(doc) });
  doc.font(REGULAR);
  space(doc, 4);
}

export function paragraph(doc: Pdf, text: string, options: { align?: Align; bold?: boolean; italic?: boolean; size?: number } = {}): void {
  doc
    .font(options.bold ? BOLD : options.italic ? ITALIC : REGULAR)
    .fontSize(options.size ?? BODY_SIZE)
    .text(printable(text), doc.page.margins.left, doc.y, { width: textWidth(doc), align: options.align ?? 'justify', lineGap: 2 });
  doc.font(REGULAR).fontSize(BODY_SIZE);
  space(doc, 6);
}

/** A numbered list whose items' later lines hang under their text, not under the number. */
export function numbered(doc: Pdf, items: string[]): void {
  const x = doc.page.margins.left;
  const indent = 18;
  const width = textWidth(doc) - indent;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  items.forEach((item, i) => {
    const text = printable(item);
    const height = doc.heightOfString(text, { width, align: 'justify', lineGap: 2 });
    ensureSpace(doc, height);
    const y = doc.y;
    doc.text(`${i + 1}.`, x, y, { width: indent });
    doc.text(text, x + indent, y, { width, align: 'justify', lineGap: 2 });
    doc.y = y + height + 4;
  });
  space(doc, 4);
}

/** "Label : value" lines with the colons in one column, indented as a letter's particulars are. */
export function fields(doc: Pdf, rows: Array<[string, string]>, options: { labelWidth?: number; indent?: number } = {}): void {
  const indent = options.indent ?? 20;
  const labelWidth = options.labelWidth ?? 110;
  const x = doc.page.margins.left + indent;
  const valueX = x + labelWidth + 10;
  const valueWidth = textWidth(doc) - indent - labelWidth - 10;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  for (const [label, value] of rows) {
    const text = printable(value);
    const height = Math.max(doc.heightOfString(printable(label), { width: labelWidth }), doc.heightOfString(text, { width: valueWidth }));
    ensureSpace(doc, height);
    const y = doc.y;
    doc.text(printable(label), x, y, { width: labelWidth });
    doc.text(':', x + labelWidth, y, { width: 10 });
    doc.text(text, valueX, y, { width: valueWidth });
    doc.y = y + height + 3;
  }
  space(doc, 6);
}

export interface Column {
  header: string;
  /** A share of the text width; the shares of all columns are scaled to fill it. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  columns: Column[];
  rows: string[][];
  /**
   * Columns whose cell, when equal to the one above, joins it into one tall cell (a sasaran over
   * its indicators). At the top of a new page the text is shown again, so no page starts with a
   * row that does not say what it belongs to.
   */
  merge?: number[];
  fontSize?: number;
}

/**
 * A ruled table with a shaded header. Cells wrap; a row that does not fit goes to a new page of
 * the same layout, under the header drawn again. A row is never split, so a cell should not need
 * a whole page.
 */
export function table(doc: Pdf, options: TableOptions): void {
  const size = options.fontSize ?? TABLE_SIZE;
  const merge = new Set(options.merge ?? []);
  const left = doc.page.margins.left;
  const shares = options.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = options.columns.map((c) => (c.width / shares) * textWidth(doc));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const right = left + widths.reduce((a, b) => a + b, 0);
  const headers = options.columns.map((c) => printable(c.header));

  const heightOf = (cells: string[], font: string) =>
    Math.max(
      ...cells.map((cell, i) =>
        doc
          .font(font)
          .fontSize(size)
          .heightOfString(cell || ' ', { width: widths[i] - 2 * CELL_PAD }),
      ),
    ) +
    2 * CELL_PAD;

  const drawRow = (cells: string[], font: string, joined: boolean[] = [], fill?: string) => {
    const y = doc.y;
    const height = heightOf(cells, font);
    if (fill) doc.rect(left, y, right - left, height).fill(fill);
    doc.lineWidth(0.6).strokeColor(RULE);
    cells.forEach((cell, i) => {
      if (!joined[i])
        doc
          .moveTo(xs[i], y)
          .lineTo(xs[i] + widths[i], y)
          .stroke();
      doc
        .moveTo(xs[i], y)
        .lineTo(xs[i], y + height)
        .stroke();
      const align = fill ? 'center' : (options.columns[i].align ?? 'left');
      doc
        .font(font)
        .fontSize(size)
        .fillColor('black')
        .text(cell, xs[i] + CELL_PAD, y + CELL_PAD, { width: widths[i] - 2 * CELL_PAD, align, height: height - CELL_PAD });
    });
    doc
      .moveTo(right, y)
      .lineTo(right, y + height)
      .stroke();
    doc.y = y + height;
  };
  const closeRule = () => doc.lineWidth(0.6).strokeColor(RULE).moveTo(left, doc.y).lineTo(right, doc.y).stroke();

  const rows = options.rows.map((row) => row.map(printable));
  const headerHeight = heightOf(headers, BOLD);
  // A header alone at the foot of a page says nothing: it goes over only with its first row.
  ensureSpace(doc, headerHeight + (rows.length > 0 ? heightOf(rows[0], REGULAR) : 0));
  drawRow(headers, BOLD, [], HEADER_FILL);
  let above: string[] | undefined;
  for (const row of rows) {
    let joined = row.map((cell, i) => merge.has(i) && above !== undefined && above[i] === cell);
    let shown = row.map((cell, i) => (joined[i] ? '' : cell));
    if (doc.y + heightOf(shown, REGULAR) > bottom(doc)) {
      closeRule();
      newPage(doc, doc.page.layout as Layout);
      drawRow(headers, BOLD, [], HEADER_FILL);
      joined = row.map(() => false);
      shown = row;
    }
    drawRow(shown, REGULAR, joined);
    above = row;
  }
  closeRule();
  doc.x = left;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  space(doc, 12);
}

export interface Signatory {
  /** Lines above the position, such as the place and date; columns line up below the longest. */
  above?: string[];
  /** The party and position, e.g. "PIHAK PERTAMA," and "Kepala Dinas Perhubungan". */
  title: string[];
  /** Said in the space a hand signature would take, e.g. that it was accepted electronically. */
  mark?: string[];
  /** Printed bold under the space; null leaves a dotted line for the name to be written in. */
  name: string | null;
}

/** Signature columns side by side; null leaves a column empty (one signatory on the right). */
export function signatures(doc: Pdf, parties: Array<Signatory | null>): void {
  const width = textWidth(doc) / parties.length;
  const inner = width - 16;
  const linesHeight = (lines: string[] | undefined, font: string) =>
    (lines ?? []).reduce((sum, line) => sum + doc.font(font).fontSize(BODY_SIZE).heightOfString(printable(line), { width: inner }), 0);
  const present = parties.filter((p): p is Signatory => p !== null);
  const aboveHeight = Math.max(0, ...present.map((p) => linesHeight(p.above, REGULAR)));
  const titleHeight = Math.max(0, ...present.map((p) => linesHeight(p.title, REGULAR)));
  const markHeight = Math.max(56, ...present.map((p) => linesHeight(p.mark, ITALIC) + 12));
  const nameHeight = Math.max(14, ...present.map((p) => linesHeight([p.name ?? ''], BOLD)));
  ensureSpace(doc, aboveHeight + titleHeight + markHeight + nameHeight + 8);
  const top = doc.y + 8;
  parties.forEach((party, i) => {
    if (!party) return;
    const x = doc.page.margins.left + i * width + 8;
    const write = (lines: string[] | undefined, font: string, y: number, size = BODY_SIZE) => {
      doc.font(font).fontSize(size);
      for (const line of lines ?? []) {
        doc.text(printable(line), x, y, { width: inner, align: 'center' });
        y = doc.y;
      }
    };
    write(party.above, REGULAR, top + aboveHeight - linesHeight(party.above, REGULAR));
    write(party.title, REGULAR, top + aboveHeight);
    write(party.mark, ITALIC, top + aboveHeight + titleHeight + 6, 8.5);
    const nameY = top + aboveHeight + titleHeight + markHeight;
    if (party.name) {
      doc.font(BOLD).fontSize(BODY_SIZE).text(printable(party.name), x, nameY, { width: inner, align: 'center', underline: true });
    } else {
      doc.font(REGULAR).fontSize(BODY_SIZE).text('(.........................................)', x, nameY, { width: inner, align: 'center' });
    }
  });
  doc.x = doc.page.margins.left;
  doc.y = top + aboveHeight + titleHeight + markHeight + nameHeight + 6;
  doc.font(REGULAR).fontSize(BODY_SIZE);
}

/** Writes the footer of every page: a label on the left, "Halaman x dari y" on the right. */
function footers(doc: Pdf, label: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const margins = doc.page.margins;
    const y = doc.page.height - margins.bottom + 28;
    const width = doc.page.width - margins.left - margins.right;
    // Text below the bottom margin would otherwise start a new page.
    const kept = margins.bottom;
    margins.bottom = 0;
    doc
      .lineWidth(0.4)
      .strokeColor(RULE)
      .moveTo(margins.left, y - 6)
      .lineTo(margins.left + width, y - 6)
      .stroke();
    doc.font(REGULAR).fontSize(8).fillColor('#333333');
    doc.text(printable(label), margins.left, y, { width: width * 0.7, lineBreak: false });
    doc.text(`Halaman ${i + 1} dari ${count}`, margins.left + width * 0.7, y, { width: width * 0.3, align: 'right', lineBreak: false });
    margins.bottom = kept;
  }
}

export interface DocumentMeta {
  /** The PDF's title, shown by viewers in place of the file name. */
  title: string;
  subject?: string;
  /** The footer's left side, the same on every page (which document, of whom). */
  footer: string;
}

/** Draws a document with `draw`, numbers its pages, and returns the PDF's bytes. */
export async function renderPdf(meta: DocumentMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    lang: 'id-ID',
    displayTitle: true,
    info: { Title: meta.title, Subject: meta.subject, Creator: 'Balaikota' },
  });
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  if (doc.bufferedPageRange().count === 0) newPage(doc, 'portrait');
  footers(doc, meta.footer);
  doc.end();
  return bytes;
}
