// A workbook kept as a folder of CSV files, one `<tab>.csv` per tab (SPEC.md). Read as UTF-8 with
// or without a BOM, as UTF-16 with a BOM (Excel's 「Unicode 文字」, tab-separated), or as CP950
// (Big5) when the bytes are not UTF-8, as agencies' files often are (csv-encoding.ts); written as
// UTF-8 with a BOM and CRLF so that Excel on a zh-TW Windows reads them (csv-text.ts).
//
// CSV has no cell types: every cell is text. Users' tabs keep their text exactly as typed (a
// leading `=` too). The output tabs the system writes are for Excel, which evaluates a CSV cell
// beginning with = + - @ as a formula: there such text is written behind an apostrophe (forExcel).
// A folder has no transaction: each file is replaced atomically (written aside, then renamed), so
// a crash leaves every tab either old or new; the output tabs are renamed in a row, after all of
// them are written, and each says which run made it (shared/run-stamp.ts).
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { rowsWithAppends } from '../../../shared/apply-changes.ts';
import { rowsWithDateTexts } from '../../../shared/date-cells.ts';
import { isEmptyEdit, placeKeyedColumns, rowsAfterEdit } from '../../../shared/keyed-columns.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { PLAN_TAB } from '../../../shared/plan.ts';
import { SETTINGS_TAB } from '../../../shared/settings.ts';
import { UNITS_TAB } from '../../../shared/units.ts';
import { holdsVerdicts } from '../../../shared/verdict-cells.ts';
import { placeVerdicts } from '../../../shared/verdict-placement.ts';
import type { Cell, KeyedColumns, Snapshot, Tab, VerdictColumn, Workbook } from '../../../shared/workbook.ts';
import { removeStaleAsides } from '../aside-file.ts';
import type { WriteOptions } from '../copy-options.ts';
import type { Remember, Versioned } from '../file-version.ts';
import { type FileEdit, lateAppends, replaceEdited } from '../guarded-replace.ts';
import { locationReason } from '../location-reason.ts';
import { WorkbookError } from '../workbook-error.ts';
import { prepareFolder, replaceFile, replaceFiles } from '../workbook-file.ts';
import { appendCsvRows } from './csv-append.ts';
import { asWritten, writeCsvColumn } from './csv-column-write.ts';
import { errorCode, fileOf, readTabFile, type TabContent, tabFiles, tabNameOf } from './csv-tab-file.ts';
import { type TabBytes, type TabVersions, tabVersions } from './csv-tab-versions.ts';
import { carryCsvRows } from './csv-tail.ts';
import { type ByteSink, type WriteHashing, type WrittenBytes, writeCsvRows } from './csv-text.ts';

// Tabs users look at first come first, as they would in a spreadsheet; the rest by name.
const FIRST_TABS = [SETTINGS_TAB, PLAN_TAB, UNITS_TAB];
// The output tabs, and a new folder's tabs: no one asks what they hold (a run reads them again).
const NOT_HASHED: WriteHashing = { hash: false };

/** Opens a folder of CSV files as a workbook (`options.hooks`: moments of a write, for tests). */
export function openCsvFolder(folder: string, options: WriteOptions = {}): Workbook {
  // What each tab held when last read, so writing 檢核結果 need not parse an unchanged file again.
  let lastRead = new Map<string, Versioned<TabContent>>();
  const versions = tabVersions();
  // What a write put in the users' tabs is hashed only for unchangedSinceRead, which a one-shot run never asks;
  // such a run keeps the bytes it read to compare the tabs with before replacing them, instead of hashing them.
  const hashing: WriteHashing = { hash: options.oneShot !== true };
  const remember: Remember = options.oneShot ? 'bytes' : 'hash';
  return {
    location: folder,
    async read() {
      const tabs = await readTabs(folder, remember);
      lastRead = new Map(tabs.map((tab) => [tab.content.name, tab]));
      versions.read(new Map(tabs.map(({ content, version }) => [content.file, { size: version.size, hash: version.hash }])));
      return snapshotOf(tabs);
    },
    async readTabs(wanted) {
      const files = await tabFiles(folder);
      const tabs: Versioned<TabContent>[] = [];
      for (const file of files) if (wanted(tabNameOf(file))) tabs.push(await readTabFile(folder, file));
      return { ...snapshotOf(tabs), tabNames: files.map(tabNameOf).sort(byNameOrder) };
    },
    ...(options.oneShot ? {} : { unchangedSinceRead: () => versions.unchanged(folder) }),
    async write(changes) {
      await removeStaleAsides(folder);
      versions.outputs(changes.outputs.map((output) => fileOf(output.name)));
      // Each user tab replaced is watched for late appends until the end of the write, all
      // together: the users' tabs go first, so the output tabs are written while they are watched.
      const late = lateAppends();
      const guarded = { ...(options.hooks ? { hooks: options.hooks } : {}), ...(options.clock ? { clock: options.clock } : {}), late };
      try {
        for (const verdicts of changes.verdicts) {
          // A row a unit added, moved or sorted since our read is kept, and gets no other row's
          // verdict: the file is read again when it changed, each verdict goes beside its own row,
          // and rows appended while the file is replaced are carried over (guarded-replace.ts).
          const read = lastRead.get(verdicts.tab);
          const file = read?.content.file ?? fileOf(verdicts.tab);
          if (!read) versions.changed();
          const edit = tabEdit(folder, file, remember, (content) => tabWithVerdicts(content, verdicts, hashing), {
            wrote: (bytes) => versions.wrote(file, bytes),
            reread: () => versions.changed(),
          });
          await replaceEdited(join(folder, file), edit, { ...(read ? { first: read } : {}), ...guarded });
        }
        // Rows appended are input the outputs did not come from.
        if ((changes.appends ?? []).length > 0) versions.changed();
        for (const append of changes.appends ?? []) {
          const file = lastRead.get(append.tab)?.content.file ?? fileOf(append.tab);
          // A CP950 file that cannot hold the rows' characters is written again whole, as UTF-8.
          if (await appendCsvRows(join(folder, file), append.rows)) continue;
          await replaceEdited(
            join(folder, file),
            tabEdit(
              folder,
              file,
              remember,
              rowsWriter((rows) => rowsWithAppends(rows, append.rows), hashing),
            ),
            guarded,
          );
        }
        for (const change of changes.keyedColumns ?? [])
          await writeKeyedColumns(folder, change, lastRead.get(change.tab), guarded, versions, { hashing, remember });
        // The output tabs change together, as far as a folder allows (replaceFiles).
        await replaceFiles(
          changes.outputs.map((output) => ({
            path: join(folder, fileOf(output.name)),
            write: async (file) => void (await writeCsvRows(file, forExcel(output.rows), NOT_HASHED)),
          })),
        );
      } catch (error) {
        await late.settled().catch(() => undefined);
        throw error;
      }
      await late.settled();
      lastRead = new Map();
    },
  };
}

/** What a write tells the tab versions: the bytes it wrote, and that it read a tab again (it had changed). */
interface EditWatch {
  wrote(bytes: TabBytes): void;
  reread(): void;
}

/** How a user's tab is written from what its file holds; null: it stays as it is. */
type TabWriter = (content: TabContent) => ((file: ByteSink) => Promise<WrittenBytes>) | null;

// A user's tab rewritten by `writerFor`, read again as `remember` says when it changed.
function tabEdit(folder: string, file: string, remember: Remember, writerFor: TabWriter, watch?: EditWatch): FileEdit<TabContent> {
  return {
    load: () => {
      watch?.reread();
      return readTabFile(folder, file, remember);
    },
    async render(content) {
      const write = writerFor(content);
      if (write === null) return null;
      return {
        write: async (handle) => {
          const bytes = await write(handle);
          watch?.wrote(bytes);
        },
        carry: () => carryCsvRows(content.format),
        appendsContinueLastLine: !content.endsWithLineEnd,
      };
    },
  };
}

// The system's columns of a tab a user edits too, placed in the file as it is when replaced (read
// again when it changed since the run's read, rows appended meanwhile carried over, as for
// 檢核結果); the text written for Excel as an output tab's is, since the drafts quote what units
// typed. A file already holding them is left alone; a missing tab is made. The bytes written are
// what the tab is expected to hold (TabVersions), so the run's own write is no change of its input.
async function writeKeyedColumns(
  folder: string,
  change: KeyedColumns,
  read: Versioned<TabContent> | undefined,
  guarded: Parameters<typeof replaceEdited>[2],
  versions: TabVersions,
  { hashing, remember }: { hashing: WriteHashing; remember: Remember },
): Promise<void> {
  const forExcelChange: KeyedColumns = { ...change, rows: change.rows.map(({ key, values }) => ({ key, values: values.map(excelText) })) };
  const file = read?.content.file ?? fileOf(change.tab);
  const path = join(folder, file);
  const exists =
    read !== undefined ||
    (await stat(path).then(
      () => true,
      () => false,
    ));
  if (!exists) {
    const made = placeKeyedColumns(undefined, forExcelChange)?.create ?? [];
    await replaceFile(path, async (handle) => versions.wrote(file, await writeCsvRows(handle, made, hashing)));
    return;
  }
  if (!read) versions.changed();
  const keyed = (rows: Cell[][]) => {
    const edit = placeKeyedColumns(rows, forExcelChange);
    return edit === null || isEmptyEdit(edit) ? null : rowsAfterEdit(rows, edit);
  };
  const edit = tabEdit(folder, file, remember, rowsWriter(keyed, hashing), {
    wrote: (bytes) => versions.wrote(file, bytes),
    reread: () => versions.changed(),
  });
  await replaceEdited(path, edit, { ...(read ? { first: read } : {}), ...guarded });
}

// The tab written as `rowsFor` makes it from the rows the file holds (null: as it is), each row as wide as it was written.
function rowsWriter(rowsFor: (rows: Cell[][]) => Iterable<readonly Cell[]> | null, hashing: WriteHashing): TabWriter {
  return (content) => {
    const rows = rowsFor(content.rows);
    return rows === null ? null : (file) => writeCsvRows(file, asWritten(rows, content.widths), hashing);
  };
}

// The tab with its 檢核結果 column written; null when it already says this, so the file keeps its bytes and time.
function tabWithVerdicts(
  content: TabContent,
  verdicts: VerdictColumn,
  hashing: WriteHashing,
): ((file: ByteSink) => Promise<WrittenBytes>) | null {
  const placed = placeVerdicts(content.rows, verdicts);
  if (holdsVerdicts(content.rows, verdicts.column, placed)) return null;
  return (file) =>
    writeCsvColumn(
      file,
      { text: content.text, utf8: content.utf8, rows: content.rows, widths: content.widths, delimiter: content.format.delimiter },
      verdicts.column,
      placed,
      hashing,
    );
}

/**
 * Writes the tabs as a CSV folder (created if missing), each file replaced atomically; the tabs
 * named in `outputs` are the system's, written for Excel (forExcel), the others as they are, a
 * date cell (Tab.dates) as the ROC date it stands for.
 */
export async function createCsvFolder(folder: string, tabs: readonly Tab[], outputs: ReadonlySet<string> = new Set()): Promise<void> {
  await prepareFolder(folder);
  await replaceFiles(
    tabs.map((tab) => {
      const rows = rowsWithDateTexts(tab);
      return {
        path: join(folder, fileOf(tab.name)),
        write: async (file) => void (await writeCsvRows(file, outputs.has(tab.name) ? forExcel(rows) : rows, NOT_HASHED)),
      };
    }),
  );
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
    throw new WorkbookError(msg.outputFolderUnusable(folder, locationReason(errorCode(error))));
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
 * Every row is as wide as the header, as Excel writes a CSV: the run stamp's header cell
 * (shared/run-stamp.ts) makes its column, empty below.
 */
function* forExcel(rows: Iterable<readonly Cell[]>): Generator<Cell[]> {
  let width: number | undefined;
  for (const row of rows) {
    width ??= row.length;
    const cells = row.map((cell) => (typeof cell === 'string' ? excelText(cell) : cell));
    while (cells.length < width) cells.push(null);
    yield cells;
  }
}

const excelText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

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
  return snapshotOf(await readTabs(folder));
}

async function readTabs(folder: string, remember: Remember = 'hash'): Promise<Versioned<TabContent>[]> {
  const tabs: Versioned<TabContent>[] = [];
  for (const file of await tabFiles(folder)) tabs.push(await readTabFile(folder, file, remember));
  return tabs;
}

function snapshotOf(tabs: readonly Versioned<TabContent>[]): Snapshot {
  return { tabs: tabs.map(({ content: { name, rows } }) => ({ name, rows })).sort(byTabOrder) };
}

function byTabOrder(a: Tab, b: Tab): number {
  return byNameOrder(a.name, b.name);
}

function byNameOrder(a: string, b: string): number {
  const rank = (name: string) => {
    const index = FIRST_TABS.indexOf(name);
    return index === -1 ? FIRST_TABS.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
