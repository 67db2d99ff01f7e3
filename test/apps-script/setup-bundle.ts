// Shared by the Apps Script tests: the bundle built by the build script itself, and a coordinator's
// spreadsheet as test/builders.ts describes it, with the form's timestamps as the Date objects
// Google Forms writes.
import { buildAppsScript } from '../../apps-script/build.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aWorkbook, type FORM_HEADER, goodForm, NOW } from '../builders.ts';
import { formSubmitEvent, loadBundle, type Sandbox, spreadsheetFrom } from './fakes/sandbox.ts';
import type { FakeSpreadsheet, Value } from './fakes/spreadsheet.ts';
import { type IngestDouble, ingestDouble } from './ingest-double.ts';

/** Builds apps-script/dist/ with `npm run build:gas`'s own function (call it in beforeAll). */
export async function buildBundle(): Promise<void> {
  await buildAppsScript();
}

export const SECRET = 'apps-script-test-secret-0123456789-abcdef';
const FUNCTION_URL = 'https://ingest.example.run.app';
export const PROPERTIES = { FUNCTION_URL, HMAC_SECRET: SECRET };

/** 2026-04-02 09:15 in Taipei, a Date as the response tab holds it. */
export const at = (iso: string) => new Date(iso);

/** The builders' good form answer (test/builders.ts goodForm), its 時間戳記 a Date as Forms writes it. */
export function goodResponse(overrides: Partial<Record<(typeof FORM_HEADER)[number], Value>> = {}): Value[] {
  const { 時間戳記 = at('2026-04-02T09:15:00+08:00'), ...answers } = overrides;
  return [
    時間戳記,
    ...goodForm(answers as Partial<Record<(typeof FORM_HEADER)[number], Cell>>)
      .slice(1)
      .map((cell): Value => cell ?? ''),
  ];
}

/** The builders' workbook with these response rows in 表單回應 1. */
export function coordinatorSpreadsheet(rows: readonly Value[][] = [], extraTabs: Record<string, Cell[][]> = {}): FakeSpreadsheet {
  const snapshot = aWorkbook(
    [],
    Object.entries(extraTabs).map(([name, tabRows]) => ({ name, rows: tabRows })),
  );
  return spreadsheetFrom(snapshot, (name, tabRows) => (name === '表單回應 1' ? [...tabRows, ...rows.map((row) => [...row])] : tabRows));
}

/** A bundle over a spreadsheet, answered by the ingest double at the test's clock. */
export function bundleWithIngest(
  spreadsheet: FakeSpreadsheet,
  options: { properties?: Record<string, string>; now?: number } = {},
): { gas: Sandbox; ingest: IngestDouble } {
  let clockNow = () => options.now ?? NOW;
  const ingest = ingestDouble({ secrets: [SECRET], workbook: aWorkbook([]), now: () => clockNow() });
  const gas = loadBundle({
    spreadsheet,
    fetch: (request) => ingest.handle(request),
    properties: options.properties ?? PROPERTIES,
    now: options.now ?? NOW,
  });
  clockNow = () => gas.clock.now();
  return { gas, ingest };
}

/** The builders' response tab, and the column its first 檢核結果 lands in (right of the 12 questions). */
export const RESPONSES = '表單回應 1';
export const VERDICT_COLUMN = 13;

/** The form-submit trigger firing for a row of 表單回應 1. */
export const submit = (gas: Sandbox, spreadsheet: FakeSpreadsheet, row: number) =>
  gas.run('onFormSubmit', formSubmitEvent(spreadsheet, RESPONSES, row), { ui: false });

/** One run of the retry trigger. */
export const retry = (gas: Sandbox) => gas.run('retryQueue', undefined, { ui: false });

/** The 檢核結果 written beside a row of 表單回應 1. */
export const verdictOf = (spreadsheet: FakeSpreadsheet, row: number) => spreadsheet.sheet(RESPONSES).at(row, VERDICT_COLUMN);
