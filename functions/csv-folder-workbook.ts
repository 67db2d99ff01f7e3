// A workbook kept as a folder of CSV files, one `<tab>.csv` per tab (SPEC.md). Read as UTF-8 with
// or without a BOM, or CP950 (Big5) when the bytes are not UTF-8, as agencies' files often are;
// written as UTF-8 with a BOM and CRLF so that Excel on a zh-TW Windows reads them.
//
// CSV has no cell types: every cell is text, and text is kept exactly as typed (a leading `=` too;
// no backend here ever evaluates it). A folder has no transaction: each file is replaced
// atomically (written aside, then renamed), so a crash leaves every tab either old or new.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { applyChanges } from '../shared/apply-changes.ts';
import * as msg from '../shared/messages.ts';
import type { Cell, OutputTab, Snapshot, Tab, Workbook } from '../shared/workbook.ts';
import { WorkbookError } from './workbook-error.ts';

const EXTENSION = '.csv';
const BOM = '\uFEFF';
// Tabs users look at first come first, as they would in a spreadsheet; the rest by name.
const FIRST_TABS = ['設定', '計畫', '單位'];

/** Opens a folder of CSV files as a workbook. */
export function openCsvFolder(folder: string): Workbook {
  return {
    location: folder,
    read: () => readCsvFolder(folder),
    async write(changes) {
      // Re-read what is on disk now, so a row a unit added since our read is kept as it is.
      const current = await readCsvFolder(folder);
      const next = applyChanges(current, changes);
      const touched = new Set([...changes.outputs.map((tab) => tab.name), ...changes.checks.map((check) => check.tab)]);
      for (const tab of next) if (touched.has(tab.name)) await writeTabFile(folder, tab);
    },
  };
}

/** Writes the tabs as a CSV folder (created if missing), each file replaced atomically. */
export async function createCsvFolder(folder: string, tabs: readonly OutputTab[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const tab of tabs) await writeTabFile(folder, tab);
}

/** Reads every `<tab>.csv` of the folder. */
export async function readCsvFolder(folder: string): Promise<Snapshot> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(EXTENSION) && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch (error) {
    throw new WorkbookError(msg.csvFolderUnreadable(folder, errorCode(error)));
  }
  const tabs: Tab[] = [];
  for (const file of names) {
    const name = file.slice(0, -EXTENSION.length).normalize('NFC');
    tabs.push({ name, rows: parseCsv(name, await readFile(join(folder, file))) });
  }
  return { tabs: tabs.sort(byTabOrder) };
}

/** Decodes a CSV file's bytes: UTF-8 (BOM or not) when they are valid UTF-8, otherwise CP950. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    return iconv.decode(Buffer.from(bytes), 'cp950');
  }
}

/** The file's bytes as written: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
export function encodeCsv(rows: readonly (readonly Cell[])[]): Buffer {
  const records = rows.map((row) => row.map(cellText));
  const body = records.length === 0 ? '' : stringify(records, { record_delimiter: 'windows' });
  return Buffer.from(BOM + body, 'utf8');
}

function parseCsv(tab: string, bytes: Uint8Array): Cell[][] {
  let records: string[][];
  try {
    records = parse(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: false, trim: false });
  } catch (error) {
    if (error instanceof CsvError) throw new WorkbookError(msg.csvMalformed(tab, lineOf(error)));
    throw error;
  }
  // As a spreadsheet shows it: empty trailing cells and rows are not there; blank rows inside stay,
  // so row numbers in 檢核錯誤 match what the user sees.
  const rows = records.map((record) => trimEnd(record.map((text): Cell => (text === '' ? null : text))));
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

async function writeTabFile(folder: string, tab: OutputTab | Tab): Promise<void> {
  const target = join(folder, `${fileName(tab.name)}${EXTENSION}`);
  const aside = join(folder, `.${fileName(tab.name)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(aside, encodeCsv(tab.rows), { flush: true });
    await rename(aside, target);
  } catch (error) {
    await rm(aside, { force: true });
    throw new WorkbookError(msg.csvUnwritable(target, errorCode(error)));
  }
}

// A tab name may hold characters a file name cannot; the full-width forms read the same to a person.
function fileName(tab: string): string {
  return tab.replace(/[\\/:*?"<>|]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function trimEnd(row: Cell[]): Cell[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return end === row.length ? row : row.slice(0, end);
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
