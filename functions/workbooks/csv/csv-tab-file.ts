// Reading one `<tab>.csv` of a CSV folder: its encoding found (csv-encoding.ts), its bytes read and
// decoded whole and parsed in one pass (csv-records.ts) — a cell of the text is a view into it, not
// a copy, so the text is about all a tab costs, and its bytes when a one-shot run keeps them — and
// the version of the bytes read kept (file-version.ts), so that writing its 檢核結果 later can tell
// whether it changed meanwhile.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as msg from '../../../shared/messages/functions/index.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { byteOrderMark } from '../../text-file/text-file-decoding.ts';
import { type FileBytes, type Remember, readVersioned, type Versioned } from '../file-version.ts';
import { WorkbookError } from '../workbook-error.ts';
import { type CsvFormat, decodeCsvBytes, encodingName, SNIFF_BYTES, sniffCsv } from './csv-encoding.ts';
import { findQuoteProblem } from './csv-quote-line.ts';
import { misplacedQuote, parseCsvRows } from './csv-records.ts';

const EXTENSION = '.csv';

/** A tab's file as read: its text and rows, how its text was read, and whether it ends with a line end. */
export interface TabContent {
  readonly name: string;
  readonly file: string;
  /** The file's text without its BOM, which the rows were read from (their longer cells are views into it). */
  readonly text: string;
  /**
   * The text's UTF-8 bytes as the file holds them (without the BOM), when the read kept the bytes and
   * they are UTF-8: a write copies its rows from them instead of encoding the text again. Else null.
   */
  readonly utf8: Buffer | null;
  readonly rows: Cell[][];
  /** Each row's number of cells as written (csv-records.ts), so that writing it back keeps its empty ones. */
  readonly widths: readonly number[];
  readonly format: CsvFormat;
  /** False when the last line has no line end: bytes appended then continue that line. */
  readonly endsWithLineEnd: boolean;
}

/** The folder's tab files: `<tab>.csv`, not the dot files written aside (aside-file.ts). */
export async function tabFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(EXTENSION) && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch (error) {
    throw new WorkbookError(msg.csvFolderUnreadable(folder, errorCode(error)));
  }
}

/** The file of a tab: a tab name may hold characters a file name cannot; the full-width forms read the same to a person. */
export function fileOf(tab: string): string {
  return `${tab.replace(/[\\/:*?"<>|]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}${EXTENSION}`;
}

/** The tab a file holds: its name without `.csv` (NFC: macOS names files in NFD). */
export function tabNameOf(file: string): string {
  return file.slice(0, -EXTENSION.length).normalize('NFC');
}

/**
 * Reads one tab file, its bytes remembered as `remember` says (file-version.ts); a file that cannot
 * be read as CSV is a WorkbookError naming the tab, the line and the encoding.
 */
export async function readTabFile(folder: string, file: string, remember: Remember = 'hash'): Promise<Versioned<TabContent>> {
  const path = join(folder, file);
  const name = tabNameOf(file);
  try {
    return await readVersioned(path, (bytes) => readContent(name, file, bytes, remember === 'bytes'), remember);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(msg.csvFolderUnreadable(path, errorCode(error)));
  }
}

async function readContent(name: string, file: string, bytes: FileBytes, keep: boolean): Promise<TabContent> {
  const sniffed = sniffCsv(await bytes.slice(0, Math.min(SNIFF_BYTES, bytes.size)));
  if (!sniffed.ok) throw new WorkbookError(msg.csvEncodingUnreadable(name, encodingName(sniffed.kind)));
  const { text, utf8, format, endsWithLineEnd } = await decodedText(name, bytes, sniffed.format);
  const widths: number[] = [];
  const rows = parseCsvRows(text, format.delimiter, widths);
  if (rows === null) throw new WorkbookError(await malformed(name, text, format));
  return { name, file, text, utf8: keep ? utf8 : null, rows, widths, format, endsWithLineEnd };
}

// The file's text (CP950 when its bytes are not UTF-8), its UTF-8 bytes when it is UTF-8, and
// whether its bytes end with a line end. A file whose bytes are not all of one encoding is not read
// (csv-encoding.ts): nothing of it may be written back.
async function decodedText(
  name: string,
  bytes: FileBytes,
  sniffed: CsvFormat,
): Promise<{ text: string; utf8: Buffer | null; format: CsvFormat; endsWithLineEnd: boolean }> {
  const whole = await bytes.whole();
  const decoded = decodeCsvBytes(whole, sniffed);
  if (!decoded.ok) throw new WorkbookError(msg.csvEncodingMixed(name, decoded.stray.line, decoded.stray.encoding === 'utf8'));
  const { text, format } = decoded;
  const lineEnd = format.encoding === 'utf16be' ? [0x00, 0x0a] : format.encoding === 'utf16le' ? [0x0a, 0x00] : [0x0a];
  const endsWithLineEnd = whole.length === 0 || lineEnd.every((byte, i) => whole[whole.length - lineEnd.length + i] === byte);
  // The text is the bytes decoded, less a BOM: its UTF-8 is the file's bytes after the BOM's three.
  const utf8 = format.encoding === 'utf8' ? whole.subarray(byteOrderMark(whole) === 'utf8' ? 3 : 0) : null;
  return { text, utf8, format, endsWithLineEnd };
}

// The message for a file whose quotes do not pair: the line of the quote to fix as a person looks
// for it (csv-quote-line.ts), else the line of the quote misplacedQuote found.
async function malformed(name: string, text: string, format: CsvFormat): Promise<string> {
  const encoding = encodingName(format.encoding);
  const problem = await findQuoteProblem([text], format.delimiter);
  if (problem?.kind === 'unclosed') return msg.csvQuoteUnclosed(name, problem.line, encoding);
  if (problem?.kind === 'insideCell') return msg.csvQuoteInsideCell(name, problem.line, encoding);
  const at = misplacedQuote(text, format.delimiter);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return msg.csvMalformed(name, line, encoding);
}

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
