import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as msg from '../shared/messages/functions/index.ts';
import { OUTPUT_TABS, type OutputInput } from '../shared/output-tabs.ts';
import { describePeriodRows } from '../shared/period-rows.ts';
import type { PlanDocument } from '../shared/plan-import/document.ts';
import { IMPORT_NOTES_TAB } from '../shared/plan-import/imported-tabs.ts';
import { planTitle } from '../shared/plan-title.ts';
import type { RunResult } from '../shared/run-consolidation.ts';
import type { Workbook } from '../shared/workbook.ts';
import type { YearEnd } from '../shared/year-end.ts';
import { ConfigError, type DriveSettings, loadDriveSettings } from './config.ts';
import { type PreparedPeriod, preparePeriod } from './period/prepare-period.ts';
import { computeConsolidation, writeConsolidation } from './rebuild/consolidate-job.ts';
import { writeLocalCopy } from './workbooks/local-workbook.ts';
import { type OpenOptions, openWorkbook } from './workbooks/open-workbook.ts';
import { ServiceBusy, WorkbookError } from './workbooks/workbook-error.ts';
import { spreadsheetIdOf } from './workbooks/workbook-location.ts';

// A command loads what its run uses, when it uses it: the year-end writers (exceljs, about 250 ms),
// the plan readers and the Google clients (about 150 ms) are imported only by a run that writes
// those documents, reads a plan document or reaches Google, so `consolidate` over a CSV folder
// starts in a fraction of the time.

/** Where the command line talks, and what it may read from outside: passed in so tests can capture it. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly now: () => number;
  /** How to wait between retries of a busy Google API (tests pass one that returns at once). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit codes: 0 the run completed (data problems are in 檢核錯誤); 1 an unexpected error; 2 the
 * workbook, the plan document or the command cannot be used until someone changes it; 75 Google is busy or down
 * after every retry, so the same command succeeds later (EX_TEMPFAIL of sysexits.h, which
 * schedulers and scripts read as "try again").
 */
export const EXIT = { ok: 0, unexpected: 1, unusable: 2, tryLater: 75 } as const;

/**
 * `guankao consolidate <workbook> [--out <workbook>]`, `guankao year-end <workbook> [--out <folder>]`,
 * `guankao prepare-period <workbook> [--period <期間>]`, `guankao import-plan <document> [--out <workbook>]`
 * and `guankao roll-forward <workbook> --out <workbook>`.
 * @example await runCli(['consolidate', 'examples/wanhua-115'], io) // → 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand(argv);
  } catch (error) {
    io.stderr.write(`${msg.cliBadArguments(error instanceof Error ? error.message : String(error))}\n${msg.cliUsage}\n`);
    return EXIT.unusable;
  }
  if (parsed.command === 'help') {
    io.stdout.write(`${msg.cliUsage}\n`);
    return EXIT.ok;
  }
  // A Google workbook's year-end goes to its Drive folder unless --out asks for local files;
  // checked before reading, so a missing folder costs no API call.
  let drive: { settings: DriveSettings; spreadsheetId: string } | null = null;
  const spreadsheetId = parsed.command === 'year-end' && !parsed.out ? spreadsheetIdOf(parsed.workbook) : null;
  if (spreadsheetId) {
    try {
      const settings = loadDriveSettings(io.env);
      if (!settings) throw new ConfigError(msg.yearEndNeedsFolder);
      drive = { settings, spreadsheetId };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return EXIT.unusable;
    }
  }
  const progress = progressLine(io.stderr);
  try {
    const retry = io.sleep ? { retry: { sleep: io.sleep } } : {};
    const options = { ...(io.env.GUANKAO_SHEETS_API_URL ? { sheetsApiUrl: io.env.GUANKAO_SHEETS_API_URL } : {}), ...retry };
    if (parsed.command === 'import-plan') return await importPlanCommand(parsed.document, parsed.out, io, progress, options);
    if (parsed.command === 'roll-forward') return await rollForwardCommand(parsed.workbook, parsed.out, io, progress, options);
    // A command reads the workbook once and writes it once: nothing asks afterwards whether it changed.
    const workbook = openWorkbook(parsed.workbook, { ...options, oneShot: true });
    progress(msg.cliReading(parsed.workbook));
    const deps = {
      now: io.now,
      open: (location: string) => openWorkbook(location, { ...options, relativeTo: parsed.workbook, oneShot: true }),
    };
    if (parsed.command === 'prepare-period') {
      const prepared = await preparePeriod(workbook, deps, parsed.period);
      progress.done();
      if (!prepared.ok) {
        io.stderr.write(`${prepared.reason}\n`);
        return EXIT.unusable;
      }
      io.stdout.write(preparedSummary(prepared.value));
      return EXIT.ok;
    }
    const computed = await computeConsolidation(workbook, deps);
    if (!computed.ok) {
      progress.done();
      io.stderr.write(`${computed.reason}\n`);
      return EXIT.unusable;
    }
    const { result, snapshot } = computed.value;
    let wrote: string[];
    let year: YearEnd | null = null;
    if (parsed.command === 'consolidate') {
      progress(msg.cliWriting);
      if (parsed.out) {
        const warn = (text: string) => void io.stderr.write(`${text}\n`);
        await writeLocalCopy(
          spreadsheetIdOf(parsed.workbook) === null ? parsed.workbook : null,
          parsed.out,
          snapshot,
          result.changes,
          warn,
        );
        wrote = [parsed.out];
      } else {
        await writeConsolidation(workbook, computed.value);
        wrote = [parsed.workbook];
      }
    } else if (drive) {
      progress(msg.cliWriting);
      const { publishYearEndToDrive } = await import('./year-end/year-end-google.ts');
      const { prepareYearEnd } = await import('../shared/year-end.ts');
      year = prepareYearEnd(result, snapshot);
      const files = await publishYearEndToDrive(year.input, {
        folderId: drive.settings.folderId,
        sourceSpreadsheetId: drive.spreadsheetId,
        ...(drive.settings.apiUrl ? { driveApiUrl: drive.settings.apiUrl } : {}),
        ...(options.sheetsApiUrl ? { sheetsApiUrl: options.sheetsApiUrl } : {}),
        ...retry,
      });
      wrote = files.map((file) => msg.driveFileLine(file.name, file.id, file.created));
      await writeDraftTab(workbook, year, io);
    } else {
      progress(msg.cliWriting);
      const { prepareYearEnd } = await import('../shared/year-end.ts');
      year = prepareYearEnd(result, snapshot);
      wrote = await writeYearEnd(year.input, parsed.out ?? defaultYearEndFolder(parsed.workbook), io);
      await writeDraftTab(workbook, year, io);
    }
    progress.done();
    io.stdout.write(summary(parsed.command, result, wrote, year, parsed.workbook));
    return EXIT.ok;
  } catch (error) {
    progress.done();
    if (error instanceof WorkbookError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.unusable;
    }
    if (error instanceof ServiceBusy) {
      io.stderr.write(`${msg.cliServiceBusy(error.message)}\n`);
      return EXIT.tryLater;
    }
    io.stderr.write(`${msg.cliUnexpected(error instanceof Error ? error.message : String(error))}\n`);
    if (io.env.GUANKAO_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.unexpected;
  }
}

type Progress = ReturnType<typeof progressLine>;

// import-plan: the document → a new workbook, and what the import found and wants confirmed.
async function importPlanCommand(
  document: string,
  out: string | undefined,
  io: CliIo,
  progress: Progress,
  options: OpenOptions,
): Promise<number> {
  progress(msg.cliReading(document));
  const soffice = io.env.GUANKAO_SOFFICE?.trim();
  const { runImportPlan } = await import('./plan-import/import-plan-run.ts');
  const run = await runImportPlan(document, out, { ...options, ...(soffice ? { soffice } : {}) });
  progress.done();
  if (!run.ok) {
    io.stderr.write(`${run.reason}\n`);
    return EXIT.unusable;
  }
  const { imported, wrote } = run.value;
  const lines = [
    msg.cliTitle(planTitle(imported.settings), imported.settings.rocYear ?? 0),
    msg.cliImported(imported.practices.length, imported.units.length, imported.notes.length),
    msg.cliWroteImport(wrote),
    msg.cliSeeImportNotes(IMPORT_NOTES_TAB),
  ];
  if (run.value.document.kind === 'pdf') lines.splice(2, 0, msg.cliImportedFromPdf(pdfTables(run.value.document)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

// How a PDF's tables were rebuilt, the least sure of them: drawn borders (or rules across) read as
// the original's (the benchmark's figures), text positions alone a guess to check item by item.
function pdfTables(document: PlanDocument): 'drawn' | 'guessed' | 'none' {
  const tables = document.blocks.filter((block) => block.kind === 'table');
  if (tables.length === 0) return 'none';
  return tables.some((table) => table.rebuiltFrom === 'text-positions' || table.rebuiltFrom === undefined) ? 'guessed' : 'drawn';
}

// roll-forward: this year's workbook → next year's, with each practice's outcome in 檢討.
async function rollForwardCommand(workbook: string, out: string, io: CliIo, progress: Progress, options: OpenOptions): Promise<number> {
  progress(msg.cliReading(workbook));
  const deps = { now: io.now, open: (location: string) => openWorkbook(location, { ...options, relativeTo: workbook }) };
  const { runRollForward } = await import('./roll-forward/roll-forward-run.ts');
  const run = await runRollForward(openWorkbook(workbook, options), out, deps, options);
  progress.done();
  if (!run.ok) {
    io.stderr.write(`${run.reason}\n`);
    return EXIT.unusable;
  }
  const { settings, practices, units } = run.value.run.plan;
  const lines = [
    msg.cliTitle(planTitle(settings), settings.rocYear),
    msg.cliRolledForward(settings.rocYear, run.value.rolled.rocYear, practices.length, units.units.length, run.value.rolled.notes),
    msg.cliWroteImport(out),
    msg.cliSeeImportNotes(IMPORT_NOTES_TAB),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

type Command =
  | { command: 'help' }
  | { command: 'consolidate' | 'year-end'; workbook: string; out?: string }
  | { command: 'prepare-period'; workbook: string; period?: string }
  | { command: 'import-plan'; document: string; out?: string }
  | { command: 'roll-forward'; workbook: string; out: string };

const COMMANDS = ['consolidate', 'year-end', 'prepare-period', 'import-plan', 'roll-forward'] as const;

function parseCommand(argv: readonly string[]): Command {
  const { positionals, values } = parseOptions(argv);
  const [command, target, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  if (!isCommand(command)) throw new Error(msg.cliUnknownCommand(command));
  if (!target) throw new Error(command === 'import-plan' ? msg.cliDocumentMissing : msg.cliWorkbookMissing);
  if (extra.length > 0) throw new Error(msg.cliExtraArguments(extra));
  if (command === 'prepare-period') {
    if (values.out) throw new Error(msg.cliOptionNotFor('--out', command));
    return { command, workbook: target, ...(values.period ? { period: values.period } : {}) };
  }
  if (values.period) throw new Error(msg.cliOptionNotFor('--period', command));
  if (command === 'import-plan') return { command, document: target, ...(values.out ? { out: values.out } : {}) };
  if (command === 'roll-forward') {
    if (!values.out) throw new Error(msg.cliOutRequired(command));
    return { command, workbook: target, out: values.out };
  }
  return { command, workbook: target, ...(values.out ? { out: values.out } : {}) };
}

function isCommand(word: string): word is (typeof COMMANDS)[number] {
  return (COMMANDS as readonly string[]).includes(word);
}

// node:util's parseArgs explains itself in English; a user reads the two mistakes it catches in zh-TW.
function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, period: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const option = error instanceof Error ? (/'(-[^']*)'/u.exec(error.message)?.[1] ?? '') : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(msg.cliUnknownOption(option));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const long = error instanceof Error ? /--[\w-]+/u.exec(error.message)?.[0] : undefined;
      throw new Error(msg.cliOptionValueMissing(long === '--period' ? '--period' : '--out'));
    }
    throw error;
  }
}

// out/year-end/<the workbook's name>: a CSV folder's name, an .xlsx or .ods file's without its extension.
function defaultYearEndFolder(workbook: string): string {
  const name = workbook
    .replace(/[\\/]+$/u, '')
    .split(/[\\/]/u)
    .at(-1)
    ?.replace(/\.(?:xlsx|ods)$/iu, '');
  return join('out', 'year-end', name || 'workbook');
}

// 年度成效 into the workbook, after the documents (a run stopped by an unusable folder writes
// nothing): the year's drafts beside the coordinator's texts, which the documents published. A
// workbook that cannot take it (an .xlsx with charts…) keeps its documents, made from the texts the
// tab already held; Google being busy stops the run as any write does.
async function writeDraftTab(workbook: Workbook, year: YearEnd, io: CliIo): Promise<void> {
  if (year.texts.problem) io.stderr.write(`${year.texts.problem}\n`);
  const keyedColumns = year.changes.keyedColumns ?? [];
  const [drafts] = keyedColumns;
  if (!drafts) return;
  try {
    await workbook.write({ outputs: [], verdicts: [], keyedColumns });
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    io.stderr.write(`${msg.cliDraftTabNotWritten(drafts.tab, error.message)}\n`);
  }
}

// The year-end documents (.ods, .xlsx, .odt, PDF) into the folder. PDFs need LibreOffice: without it
// the editable documents are still written (the ones agencies publish in ODF) and the run says how
// to get the PDFs, rather than fail a coordinator's year-end over a missing program.
async function writeYearEnd(input: OutputInput, folder: string, io: CliIo): Promise<string[]> {
  const soffice = io.env.GUANKAO_SOFFICE?.trim();
  const { writeYearEndDocuments } = await import('./year-end/year-end-documents.ts');
  const outcome = await writeYearEndDocuments(input, folder, soffice ? { soffice } : {});
  if (!outcome.pdfs.ok) io.stderr.write(`${msg.cliPdfSkipped(outcome.pdfs.reason)}\n`);
  return [...outcome.files];
}

function preparedSummary({ plan, rows }: PreparedPeriod): string {
  const { settings } = plan;
  const lines = [msg.cliTitle(planTitle(settings), settings.rocYear), ...describePeriodRows(rows).map((line) => `  ${line}`)];
  if (rows.notRead.length > 0) lines.push(`  ${msg.prepareNotRead(rows.notRead)}`);
  return `${lines.join('\n')}\n`;
}

// From this many rows an .xlsx or .ods run takes seconds and hundreds of MB (README › Benchmark).
const LARGE_FILE_ROWS = 10_000;

function summary(command: Command['command'], result: RunResult, wrote: readonly string[], year: YearEnd | null, workbook: string): string {
  const { settings } = result.plan;
  const { problems } = result.counts;
  const lines = [msg.cliTitle(planTitle(settings), settings.rocYear), msg.cliCounts(result.counts)];
  const kind = /\.(xlsx|ods)$/iu.exec(workbook)?.[1]?.toLowerCase();
  if ((kind === 'xlsx' || kind === 'ods') && result.counts.rows >= LARGE_FILE_ROWS)
    lines.push(msg.cliLargeSpreadsheetFile(kind, result.counts.rows));
  if (command === 'consolidate') {
    lines.push(msg.cliWroteConsolidation(wrote[0] ?? '', Object.values(OUTPUT_TABS)));
    if (problems > 0) lines.push(msg.cliSeeProblems(OUTPUT_TABS.problems));
    if (result.mixedOutputs.length > 0) lines.push(msg.cliOutputsWereMixed(result.mixedOutputs));
  } else {
    lines.push(msg.cliWroteYearEnd(wrote));
    if (year?.texts.change) {
      lines.push(msg.cliDraftTab(year.texts.change.tab, result.plan.practices.length, year.texts.edited.length));
      if (year.texts.stale.length > 0) lines.push(msg.cliDraftTabStale(year.texts.stale));
    }
    if (problems > 0) lines.push(msg.cliYearEndProblems(problems, OUTPUT_TABS.problems));
  }
  return `${lines.join('\n')}\n`;
}

// A one-line progress indicator on stderr, only when a person is watching a terminal.
function progressLine(stderr: CliIo['stderr']) {
  let shown = false;
  const show = (text: string) => {
    if (!stderr.isTTY) return;
    stderr.write(`\r\u001b[2K${text}`);
    shown = true;
  };
  show.done = () => {
    if (shown) stderr.write('\r\u001b[2K');
    shown = false;
  };
  return show;
}
