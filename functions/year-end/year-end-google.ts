// The year-end run for a Google workbook: the year's documents go into one Google spreadsheet in
// the configured Drive folder (a tab per document, with the overview's charts), which Drive then
// exports as .ods and .pdf beside it, and the 一覽表 as the text document agencies post (.odt, made
// here). A re-run finds the four files by their appProperties and replaces their content in place —
// same file ids, same links and sharing, never a second copy.
// docs/year-end.md › Google mode gives the decisions and the call budget.
import type { sheets_v4 } from '@googleapis/sheets';
import * as msg from '../../shared/messages/functions/index.ts';
import type { OutputInput } from '../../shared/output-tabs.ts';
import { overviewDocument } from '../../shared/overview.ts';
import type { Document } from '../../shared/published-document.ts';
import { unitSummaryDocument } from '../../shared/unit-summary.ts';
import { yearEndDocument } from '../../shared/year-end-table.ts';
import { type SheetsCalls, sheetsCalls } from '../workbooks/sheets/sheets-client.ts';
import type { SpreadsheetInfo } from '../workbooks/sheets/sheets-metadata.ts';
import { DEFAULT_RETRY, type RetryPolicy } from '../workbooks/sheets/sheets-retry.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';
import { type DriveFile, driveCalls, SPREADSHEET_MIME } from './drive-client.ts';
import { odtDocumentBytes } from './odt-document.ts';
import { documentTab, tabRequests } from './year-end-sheet-tabs.ts';

/** Where and how to publish. */
export interface GoogleYearEndOptions {
  /** The Drive folder (GUANKAO_DRIVE_FOLDER). */
  readonly folderId: string;
  /** The agency's workbook: the year's files are found again by it. */
  readonly sourceSpreadsheetId: string;
  readonly driveApiUrl?: string;
  readonly sheetsApiUrl?: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly serviceAccountEmail?: () => Promise<string | undefined>;
}

/** A file the run wrote, and whether it was made now or replaced in place. */
export interface PublishedFile {
  readonly id: string;
  readonly name: string;
  readonly format: Format;
  readonly created: boolean;
}

/** The formats: the spreadsheet itself, its two exports, and the 一覽表 as a text document. */
export const FORMATS = ['spreadsheet', 'ods', 'pdf', 'odt'] as const;
export type Format = (typeof FORMATS)[number];

const EXPORTS = [
  { format: 'ods', mimeType: 'application/x-vnd.oasis.opendocument.spreadsheet', extension: '.ods' },
  { format: 'pdf', mimeType: 'application/pdf', extension: '.pdf' },
] as const;
// The .odt is ours, laid out as the local PDF is (odt-document.ts): Drive cannot make a text document from a spreadsheet.
const ODT = { format: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', extension: '.odt' } as const;

/** The documents of a year, as the Google spreadsheet holds them: the 一覽表, the overview, each responsible unit's summary. */
function googleYearEndDocuments(input: OutputInput): Document[] {
  const { plan } = input;
  const units = plan.units.names().filter((unit) => plan.practices.some((practice) => practice.units.includes(unit)));
  return [yearEndDocument(input), overviewDocument(input), ...units.map((unit) => unitSummaryDocument(input, unit))];
}

/**
 * Publishes the year's documents into the Drive folder: the summary spreadsheet, then its .ods and .pdf exports.
 * @example await publishYearEndToDrive(result.output, { folderId: '1Fold…', sourceSpreadsheetId: '1AbC…' }) // → [{ format: 'spreadsheet', … }, …]
 */
export async function publishYearEndToDrive(input: OutputInput, options: GoogleYearEndOptions): Promise<PublishedFile[]> {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const account = options.serviceAccountEmail ? { serviceAccountEmail: options.serviceAccountEmail } : {};
  const drive = driveCalls({ retry, ...(options.driveApiUrl ? { rootUrl: options.driveApiUrl } : {}), ...account });
  const { agency, rocYear } = input.plan.settings;
  const title = msg.yearEndSpreadsheetTitle(agency, rocYear);

  const folder = await drive.folder(options.folderId);
  if (!folder.isFolder) throw new WorkbookError(msg.driveNotFolder(options.folderId));
  if (!folder.canAddChildren)
    throw new WorkbookError(msg.driveFolderReadOnly(options.folderId, await options.serviceAccountEmail?.().catch(() => undefined)));

  const tags = { guankao: 'year-end', year: String(rocYear), source: options.sourceSpreadsheetId };
  const query = yearEndQuery(options.folderId, tags);
  const findAll = async () => byFormat(await drive.list(query));
  const previous = await findAll();
  const place = (name: string, mimeType: string, format: Format) => ({
    name,
    mimeType,
    parents: [options.folderId],
    appProperties: { ...tags, format },
  });

  const existing = previous.get('spreadsheet');
  const spreadsheet =
    existing ??
    (await drive.create(place(title, SPREADSHEET_MIME, 'spreadsheet'), undefined, async () => (await findAll()).get('spreadsheet')));
  const sheets = sheetsCalls(spreadsheet.id, { retry, ...(options.sheetsApiUrl ? { rootUrl: options.sheetsApiUrl } : {}), ...account });
  await rewriteSpreadsheet(sheets, title, input.plan.settings.timeZone, googleYearEndDocuments(input));

  // Each file is updated in place when there is one (same id, link and sharing), else created.
  const upload = async (format: Format, mimeType: string, extension: string, bytes: () => Promise<Uint8Array>): Promise<PublishedFile> => {
    const name = `${title}${extension}`;
    const media = { mimeType, bytes: await bytes() };
    const old = previous.get(format);
    if (old) {
      await drive.update(old.id, name, media);
      return { id: old.id, name, format, created: false };
    }
    const made = await drive.create(place(name, mimeType, format), media, async () => (await findAll()).get(format));
    return { id: made.id, name, format, created: true };
  };
  const exported = await Promise.all([
    ...EXPORTS.map(({ format, mimeType, extension }) =>
      upload(format, mimeType, extension, () => drive.exportAs(spreadsheet.id, mimeType)),
    ),
    upload(ODT.format, ODT.mimeType, ODT.extension, async () => odtDocumentBytes(yearEndDocument(input))),
  ]);
  return [{ id: spreadsheet.id, name: title, format: 'spreadsheet', created: existing === undefined }, ...exported];
}

/** The Drive query finding the year's files of one workbook in the folder (values quoted as Drive's query language asks). */
function yearEndQuery(folderId: string, tags: Readonly<Record<string, string>>): string {
  const quote = (text: string) => `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;
  const properties = Object.entries(tags).map(([key, value]) => `appProperties has { key=${quote(key)} and value=${quote(value)} }`);
  return [`${quote(folderId)} in parents`, 'trashed = false', ...properties].join(' and ');
}

// The first of each format (Drive lists them oldest first when asked; a copy a user made keeps its
// own id and is left alone).
function byFormat(files: readonly DriveFile[]): Map<Format, DriveFile> {
  const found = new Map<Format, DriveFile>();
  for (const file of files) {
    const format = FORMATS.find((f) => f === file.appProperties.format);
    if (format && !found.has(format)) found.set(format, file);
  }
  return found;
}

// All tabs replaced in one atomic batchUpdate: a placeholder tab keeps the spreadsheet from ever
// having no tab (Sheets refuses to delete the last one; nobody sees it, the batch is atomic), the old tabs (and their charts) go, the new ones come, the
// placeholder goes. If the tabs changed between our read and the write (or a retried batch was
// applied after all), Sheets refuses the batch whole with a 400; we read the tabs again and resend once.
async function rewriteSpreadsheet(sheets: SheetsCalls, title: string, timeZone: string, documents: readonly Document[]): Promise<void> {
  const write = async (info: SpreadsheetInfo) => sheets.batchUpdate(rewriteRequests(info, title, timeZone, documents));
  try {
    await write(await sheets.metadata());
  } catch (error) {
    if (!(error instanceof Error && hasCode(error.cause, 'SHEETS_REJECTED'))) throw error;
    await write(await sheets.metadata());
  }
}

/** The one batchUpdate that makes the spreadsheet hold exactly the documents' tabs. */
function rewriteRequests(
  info: SpreadsheetInfo,
  title: string,
  timeZone: string,
  documents: readonly Document[],
): sheets_v4.Schema$Request[] {
  const taken = new Set(info.sheets.map((sheet) => sheet.sheetId));
  let candidate = 1000;
  const freshId = () => {
    while (taken.has(candidate)) candidate++;
    taken.add(candidate);
    return candidate;
  };
  const placeholder = freshId();
  const titles = new Set(info.sheets.map((sheet) => sheet.title));
  let placeholderTitle = msg.yearEndRewritingTab;
  while (titles.has(placeholderTitle)) placeholderTitle += '＿';
  return [
    { updateSpreadsheetProperties: { properties: { title, locale: 'zh_TW', timeZone }, fields: 'title,locale,timeZone' } },
    { addSheet: { properties: { sheetId: placeholder, title: placeholderTitle, index: 0 } } },
    ...info.sheets.map((sheet) => ({ deleteSheet: { sheetId: sheet.sheetId } })),
    ...documents.flatMap((document, index) => tabRequests(documentTab(document), freshId(), index + 1)),
    { deleteSheet: { sheetId: placeholder } },
  ];
}

function hasCode(cause: unknown, code: string): boolean {
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === code;
}
