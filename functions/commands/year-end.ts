import { join } from 'node:path';
import * as msg from '../../shared/messages/functions/index.ts';
import { OUTPUT_TABS, type OutputInput } from '../../shared/output-tabs.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { RunResult } from '../../shared/run-consolidation.ts';
import type { Workbook } from '../../shared/workbook.ts';
import type { YearEnd } from '../../shared/year-end.ts';
import { ConfigError, type DriveSettings, loadDriveSettings } from '../config.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';
import { spreadsheetIdOf } from '../workbooks/workbook-location.ts';
import { type CliIo, type CommandContext, EXIT } from './command-io.ts';
import { consolidateForCommand } from './command-workbook.ts';
import { runSummaryHead } from './run-summary.ts';

interface DriveTarget {
  readonly settings: DriveSettings;
  readonly spreadsheetId: string;
}

/**
 * `guankao year-end <workbook> [--out <folder>]`: the year's documents into a folder, or a Google
 * workbook's into its Drive folder, then the year's drafts into 年度成效.
 */
export async function yearEndCommand(location: string, out: string | undefined, context: CommandContext): Promise<number> {
  const { io, progress, options } = context;
  // A Google workbook's year-end goes to its Drive folder unless --out asks for local files;
  // checked before reading, so a missing folder costs no API call.
  const spreadsheetId = out ? null : spreadsheetIdOf(location);
  let drive: DriveTarget | null = null;
  if (spreadsheetId) {
    const settings = driveSettings(io);
    if (!settings.ok) {
      io.stderr.write(`${settings.reason}\n`);
      return EXIT.unusable;
    }
    drive = { settings: settings.value, spreadsheetId };
  }
  const read = await consolidateForCommand(location, context);
  if (!read) return EXIT.unusable;
  const { workbook } = read;
  const { result, snapshot } = read.computed;
  const { prepareYearEnd } = await import('../../shared/year-end.ts');
  let wrote: string[];
  let year: YearEnd;
  if (drive) {
    const { publishYearEndToDrive } = await import('../year-end/year-end-google.ts');
    year = prepareYearEnd(result, snapshot);
    const files = await publishYearEndToDrive(year.input, {
      folderId: drive.settings.folderId,
      sourceSpreadsheetId: drive.spreadsheetId,
      ...(drive.settings.apiUrl ? { driveApiUrl: drive.settings.apiUrl } : {}),
      ...(options.sheetsApiUrl ? { sheetsApiUrl: options.sheetsApiUrl } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    });
    wrote = files.map((file) => msg.driveFileLine(file.name, file.id, file.created));
  } else {
    year = prepareYearEnd(result, snapshot);
    wrote = await writeYearEnd(year.input, out ?? defaultYearEndFolder(location), io);
  }
  await writeDraftTab(workbook, year, io);
  progress.done();
  io.stdout.write(yearEndSummary(result, wrote, year, location));
  return EXIT.ok;
}

// The Drive folder from GUANKAO_DRIVE_FOLDER; unset or malformed, the run cannot publish there.
function driveSettings(io: CliIo): Result<DriveSettings> {
  try {
    const settings = loadDriveSettings(io.env);
    return settings ? ok(settings) : fail(msg.yearEndNeedsFolder);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(error.message);
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
  const { writeYearEndDocuments } = await import('../year-end/year-end-documents.ts');
  const outcome = await writeYearEndDocuments(input, folder, soffice ? { soffice } : {});
  if (!outcome.pdfs.ok) io.stderr.write(`${msg.cliPdfSkipped(outcome.pdfs.reason)}\n`);
  return [...outcome.files];
}

function yearEndSummary(result: RunResult, wrote: readonly string[], year: YearEnd, workbook: string): string {
  const lines = runSummaryHead(result, workbook);
  lines.push(msg.cliWroteYearEnd(wrote));
  if (year.texts.change) {
    lines.push(msg.cliDraftTab(year.texts.change.tab, result.plan.practices.length, year.texts.edited.length));
    if (year.texts.stale.length > 0) lines.push(msg.cliDraftTabStale(year.texts.stale));
  }
  if (result.counts.problems > 0) lines.push(msg.cliYearEndProblems(result.counts.problems, OUTPUT_TABS.problems));
  return `${lines.join('\n')}\n`;
}
