// A workbook kept as a folder of CSV files, one `<tab>.csv` per tab (SPEC.md). Read as UTF-8 with
// or without a BOM, as UTF-16 with a BOM (Excel's 「Unicode 文字」, tab-separated), or as CP950
// (Big5) when the bytes are not UTF-8, as agencies' files often are (csv-encoding.ts); written as
// UTF-8 with a BOM and CRLF so that Excel on a zh-TW Windows reads them.
//
// CSV has no cell types: every cell is text. Users' tabs keep their text exactly as typed (a
// leading `=` too). The output tabs the system writes are for Excel, which evaluates a CSV cell
// beginning with = + - @ as a formula: there such text is written behind an apostrophe (forExcel).
// A folder has no transaction: each file is replaced atomically (written aside, then renamed), so
// a crash leaves every tab either old or new.
import { createReadStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { rowsWithAppends, rowsWithColumn } from '../../../shared/apply-changes.ts';
import * as msg from '../../../shared/messages.ts';
import { cellText } from '../../../shared/text.ts';
import { placeVerdicts } from '../../../shared/verdict-placement.ts';
import type { Cell, Snapshot, Tab, Workbook } from '../../../shared/workbook.ts';
import { holdsVerdicts } from '../../../shared/check-cells.ts';
import { removeStaleAsides } from '../aside-file.ts';
import { WorkbookError } from '../workbook-error.ts';
import { prepareFolder, replaceFile } from '../workbook-file.ts';
import { appendCsvRows } from './csv-append.ts';
import { type CsvFormat, decoderFor, encodingName, NotUtf8, SNIFF_BYTES, sniffCsv } from './csv-encoding.ts';
import { findQuoteProblem } from './csv-quote-line.ts';

const EXTENSION = '.csv';
const BOM = '\uFEFF';
// Tabs users look at first come first, as they would in a spreadsheet; the rest by name.
const FIRST_TABS = ['設定', '計畫', '單位'];
// Rows are encoded and written in batches: a 100,000-row tab never exists as one string.
const WRITE_BATCH = 500;
// CRLF records; csv-stringify quotes a field holding the record delimiter, not a lone LF or CR,
// and a multi-line 執行成效 typed in a cell has lone LFs: those fields are quoted too.
export const STRINGIFY = { record_delimiter: 'windows', quoted_match: ['\n', '\r'] };

/** Opens a folder of CSV files as a workbook. */
export function openCsvFolder(folder: string): Workbook {
  // What each tab held when last read, so writing 檢核結果 need not parse an unchanged file again.
  let lastRead = new Map<string, ReadTab>();
  return {
    location: folder,
    async read() {
      const tabs = await readTabs(folder);
      lastRead = new Map(tabs.map((tab) => [tab.name, tab]));
      return { tabs: tabs.map(({ name, rows }) => ({ name, rows })).sort(byTabOrder) };
    },
    async write(changes) {
      await removeStaleAsides(folder);
      for (const output of changes.outputs) await writeTabFile(folder, fileOf(output.name), forExcel(output.rows));
      for (const check of changes.checks) {
        // A row a unit added, moved or sorted since our read is kept, and gets no other row's
        // verdict: the file is read again when it changed, and each verdict goes beside its own row.
        const read = lastRead.get(check.tab);
        const file = read?.file ?? fileOf(check.tab);
        const rows = (await unchangedRows(folder, read)) ?? (await readTabFile(folder, file)).rows;
        // A unit's file is left alone (bytes and time) when its 檢核結果 already say this.
        const placed = placeVerdicts(rows, check);
        if (!holdsVerdicts(rows, check.column, placed)) await writeTabFile(folder, file, rowsWithColumn(rows, check.column, placed));
      }
      for (const append of changes.appends ?? []) {
        const file = lastRead.get(append.tab)?.file ?? fileOf(append.tab);
        // A CP950 file that cannot hold the rows' characters is written again whole, as UTF-8.
        if (!(await appendCsvRows(join(folder, file), append.rows))) await writeTabFile(folder, file, rowsWithAppends((await readTabFile(folder, file)).rows, append.rows));
      }
      lastRead = new Map();
    },
  };
}

/**
 * Writes the tabs as a CSV folder (created if missing), each file replaced atomically; the tabs
 * named in `outputs` are the system's, written for Excel (forExcel), the others as they are.
 */
export async function createCsvFolder(folder: string, tabs: readonly Tab[], outputs: ReadonlySet<string> = new Set()): Promise<void> {
  await prepareFolder(folder);
  for (const tab of tabs) await writeTabFile(folder, fileOf(tab.name), outputs.has(tab.name) ? forExcel(tab.rows) : tab.rows);
}

/**
 * Writes the tabs as a new CSV folder whole: into a dot folder beside it, then renamed into place, so
 * no one ever sees the folder half written. `folder` must not exist, or be empty.
 */
export async function createNewCsvFolder(folder: string, tabs: readonly Tab[]): Promise<void> {
  const aside = join(dirname(folder), `.${basename(folder)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await prepareFolder(dirname(folder));
  try {
    await createCsvFolder(aside, tabs);
    // An empty folder where the new one goes is made way for; one holding anything stops us.
    await rmdir(folder).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    await rename(aside, folder);
  } catch (error) {
    await rm(aside, { recursive: true, force: true });
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(msg.outputFolderUnusable(folder, errorCode(error)));
  }
}

// What Excel (and LibreOffice) take for the start of a formula when it opens a CSV file: = + - @,
// a tab or a line break (OWASP, "CSV Injection"), and the full-width ＝＋－＠ that East Asian Excel
// reads the same way.
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/u;

/**
 * An output tab's rows as Excel must get them: text that would start a formula gets a leading
 * apostrophe, Excel's own "this is text" mark (OWASP's advice, and csv-stringify's escape_formulas).
 * Every character stays readable; numbers (a count of -1) are left alone. See docs/backends.md.
 */
export function* forExcel(rows: Iterable<readonly Cell[]>): Generator<Cell[]> {
  for (const row of rows) yield row.map((cell) => (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell));
}

/** Copies every `<tab>.csv` of a folder, byte for byte, into `to` (created if missing), each file replaced atomically. */
export async function copyCsvFolder(from: string, to: string): Promise<void> {
  const files = await tabFiles(from);
  await prepareFolder(to);
  for (const file of files) {
    const path = join(from, file);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new WorkbookError(msg.csvFolderUnreadable(path, errorCode(error)));
    }
    await replaceFile(join(to, file), (handle) => handle.writeFile(bytes));
  }
}

/** Reads every `<tab>.csv` of the folder. */
export async function readCsvFolder(folder: string): Promise<Snapshot> {
  return { tabs: (await readTabs(folder)).map(({ name, rows }) => ({ name, rows })).sort(byTabOrder) };
}

/** The file's bytes as written: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
export function encodeCsv(rows: Iterable<readonly Cell[]>): Buffer {
  const parts = [Buffer.from(BOM, 'utf8')];
  for (const batch of batches(rows)) parts.push(Buffer.from(stringify(batch, STRINGIFY), 'utf8'));
  return Buffer.concat(parts);
}

interface ReadTab extends Tab {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly rows: Cell[][];
}

async function readTabs(folder: string): Promise<ReadTab[]> {
  const tabs: ReadTab[] = [];
  for (const file of await tabFiles(folder)) tabs.push(await readTabFile(folder, file));
  return tabs;
}

// The folder's tab files: `<tab>.csv`, not the dot files written aside (aside-file.ts).
async function tabFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(EXTENSION) && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch (error) {
    throw new WorkbookError(msg.csvFolderUnreadable(folder, errorCode(error)));
  }
}

async function readTabFile(folder: string, file: string): Promise<ReadTab> {
  const path = join(folder, file);
  const name = file.slice(0, -EXTENSION.length).normalize('NFC');
  try {
    const before = await stat(path);
    const sniffed = sniffCsv(await headOf(path));
    if (!sniffed.ok) throw new WorkbookError(msg.csvEncodingUnreadable(name, encodingName(sniffed.kind)));
    let format = sniffed.format;
    let rows: Cell[][];
    try {
      try {
        rows = await parseFile(path, format);
      } catch (error) {
        if (!(error instanceof NotUtf8)) throw error;
        format = { ...format, encoding: 'cp950' };
        rows = await parseFile(path, format);
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      throw new WorkbookError(await malformed(name, path, format, error));
    }
    return { name, file, rows, mtimeMs: before.mtimeMs, size: before.size };
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(msg.csvFolderUnreadable(path, errorCode(error)));
  }
}

async function headOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// Streams the file through the decoder and the parser, so the file never sits in memory whole.
async function parseFile(path: string, format: CsvFormat): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const toRow = rowMaker();
  await pipeline(
    createReadStream(path),
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
async function malformed(name: string, path: string, format: CsvFormat, error: CsvError): Promise<string> {
  const encoding = encodingName(format.encoding);
  const text = createReadStream(path).pipe(decoderFor(format.encoding)).setEncoding('utf8') as AsyncIterable<string>;
  const problem = await findQuoteProblem(text, format.delimiter).catch(() => null);
  if (problem?.kind === 'unclosed') return msg.csvQuoteUnclosed(name, problem.line, encoding);
  if (problem?.kind === 'insideCell') return msg.csvQuoteInsideCell(name, problem.line, encoding);
  return msg.csvMalformed(name, lineOf(error), encoding);
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

async function unchangedRows(folder: string, tab: ReadTab | undefined): Promise<Cell[][] | null> {
  if (!tab) return null;
  const now = await stat(join(folder, tab.file)).catch(() => null);
  return now && now.mtimeMs === tab.mtimeMs && now.size === tab.size ? tab.rows : null;
}

async function writeTabFile(folder: string, file: string, rows: Iterable<readonly Cell[]>): Promise<void> {
  await replaceFile(join(folder, file), async (handle) => {
    await handle.write(BOM);
    for (const batch of batches(rows)) await handle.write(stringify(batch, STRINGIFY));
  });
}

function* batches(rows: Iterable<readonly Cell[]>): Generator<string[][]> {
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(cellText));
    if (batch.length === WRITE_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

// A tab name may hold characters a file name cannot; the full-width forms read the same to a person.
function fileOf(tab: string): string {
  return `${tab.replace(/[\\/:*?"<>|]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}${EXTENSION}`;
}

function byTabOrder(a: Tab, b: Tab): number {
  const rank = (tab: Tab) => {
    const index = FIRST_TABS.indexOf(tab.name);
    return index === -1 ? FIRST_TABS.length : index;
  };
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function lineOf(error: CsvError): number {
  const line = (error as CsvError & { lines?: number }).lines;
  return typeof line === 'number' ? line : 0;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
