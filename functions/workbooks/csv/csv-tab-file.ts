// Reading one `<tab>.csv` of a CSV folder: its encoding found (csv-encoding.ts), its text streamed
// through the parser (a file never sits in memory whole), and the version of the bytes read kept
// (file-version.ts), so that writing its 檢核結果 later can tell whether it changed meanwhile.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import * as msg from '../../../shared/messages.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { type FileBytes, readVersioned, type Versioned } from '../file-version.ts';
import { WorkbookError } from '../workbook-error.ts';
import { type CsvFormat, decoderFor, encodingName, NotUtf8, SNIFF_BYTES, sniffCsv } from './csv-encoding.ts';
import { findQuoteProblem } from './csv-quote-line.ts';

const EXTENSION = '.csv';

/** A tab's file as read: its rows, how its text was read, and whether it ends with a line end. */
export interface TabContent {
  readonly name: string;
  readonly file: string;
  readonly rows: Cell[][];
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

/** Reads one tab file; a file that cannot be read as CSV is a WorkbookError naming the tab, the line and the encoding. */
export async function readTabFile(folder: string, file: string): Promise<Versioned<TabContent>> {
  const path = join(folder, file);
  const name = file.slice(0, -EXTENSION.length).normalize('NFC');
  try {
    return await readVersioned(path, (bytes) => readContent(name, file, bytes));
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(msg.csvFolderUnreadable(path, errorCode(error)));
  }
}

async function readContent(name: string, file: string, bytes: FileBytes): Promise<TabContent> {
  const sniffed = sniffCsv(await bytes.slice(0, Math.min(SNIFF_BYTES, bytes.size)));
  if (!sniffed.ok) throw new WorkbookError(msg.csvEncodingUnreadable(name, encodingName(sniffed.kind)));
  let format = sniffed.format;
  let rows: Cell[][];
  try {
    try {
      rows = await parseRows(bytes, format);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      format = { ...format, encoding: 'cp950' };
      rows = await parseRows(bytes, format);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new WorkbookError(await malformed(name, bytes, format, error));
  }
  const last = await bytes.slice(Math.max(bytes.size - 2, 0), 2);
  const lineEnd = format.encoding === 'utf16be' ? [0x00, 0x0a] : format.encoding === 'utf16le' ? [0x0a, 0x00] : [0x0a];
  const endsWithLineEnd = bytes.size === 0 || lineEnd.every((byte, i) => last[last.length - lineEnd.length + i] === byte);
  return { name, file, rows, format, endsWithLineEnd };
}

// Streams the text through the parser.
async function parseRows(bytes: FileBytes, format: CsvFormat): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const toRow = rowMaker();
  await pipeline(
    bytes.stream(),
    decoderFor(format.encoding),
    parse({ bom: true, delimiter: format.delimiter, relax_column_count: true, skip_empty_lines: false }),
    async (records: AsyncIterable<string[]>) => {
      for await (const record of records) rows.push(toRow(record));
    },
  );
  // As a spreadsheet shows it: no empty trailing rows; blank rows inside stay, so row numbers in
  // 檢核錯誤 match what the user sees.
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

// The message for a file csv-parse gave up on: the line of the quote to fix, found by reading the
// text again (csv-quote-line.ts), else the line csv-parse stopped at.
async function malformed(name: string, bytes: FileBytes, format: CsvFormat, error: CsvError): Promise<string> {
  const encoding = encodingName(format.encoding);
  const text = bytes.stream().pipe(decoderFor(format.encoding)).setEncoding('utf8') as AsyncIterable<string>;
  const problem = await findQuoteProblem(text, format.delimiter).catch(() => null);
  if (problem?.kind === 'unclosed') return msg.csvQuoteUnclosed(name, problem.line, encoding);
  if (problem?.kind === 'insideCell') return msg.csvQuoteInsideCell(name, problem.line, encoding);
  const line = (error as CsvError & { lines?: number }).lines;
  return msg.csvMalformed(name, typeof line === 'number' ? line : 0, encoding);
}

// Units, 具體作法 choices, periods, statuses and e-mails repeat on every row of a response tab:
// one copy of each short text (per file read) keeps a 100,000-row tab about a third smaller.
const INTERN_MAX_LENGTH = 40;

function rowMaker(): (record: readonly string[]) => Cell[] {
  const seen = new Map<string, string>();
  const intern = (text: string): string => {
    if (text.length > INTERN_MAX_LENGTH) return text;
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
  return (record) => {
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    const row: Cell[] = new Array<Cell>(end);
    for (let i = 0; i < end; i++) row[i] = record[i] === '' ? null : intern(record[i] as string);
    return row;
  };
}

/** The OS error code of an error (ENOENT…), else its text. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
