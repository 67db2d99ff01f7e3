// Runs the built bundle (apps-script/dist/Code.js) in a node:vm context whose globals are the
// fakes and nothing Apps Script lacks: a fresh context has only the language's own built-ins, so
// fetch, URL, TextEncoder, setTimeout and structuredClone are simply not there. Date is the one
// addition: the context's clock is the test's, and its dates are the fakes' dates.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Snapshot } from '../../../shared/workbook.ts';
import { FakeFormApp } from './forms.ts';
import { FakeScriptApp } from './script-app.ts';
import { FakeLockService, FakeLogger, FakeMailApp, FakePropertiesService, FakeSession } from './services.ts';
import { FakeSpreadsheet, FakeSpreadsheetApp, type Value } from './spreadsheet.ts';
import { FakeUrlFetchApp, type FetchHandler } from './url-fetch.ts';
import { FakeUtilities } from './utilities.ts';

/** The built bundle. */
export const BUNDLE = new URL('../../../apps-script/dist/Code.js', import.meta.url).pathname;

/** A clock the test moves. */
export interface TestClock {
  now(): number;
  set(epochMs: number): void;
  advance(ms: number): void;
}

function testClock(start: number): TestClock {
  let now = start;
  return {
    now: () => now,
    set: (epochMs) => {
      now = epochMs;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

// Dates made by the bundle and by the fakes are one kind: `new Date()` reads the test clock, and
// `instanceof Date` in the bundle holds for the fakes' dates.
function clockDate(clock: TestClock): DateConstructor {
  const Outer = Date;
  class ClockDate extends Outer {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [number]));
    }
    static override now(): number {
      return clock.now();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Outer;
    }
  }
  return ClockDate as unknown as DateConstructor;
}

/** The fakes a bundle runs against, each keeping its state for the test to look at. */
export interface GasFakes {
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly spreadsheet: FakeSpreadsheet;
  readonly formApp: FakeFormApp;
  readonly urlFetch: FakeUrlFetchApp;
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  readonly scriptApp: FakeScriptApp;
  readonly mail: FakeMailApp;
  readonly logger: FakeLogger;
  readonly clock: TestClock;
}

/** A loaded bundle: call its top-level functions as Apps Script would. */
export interface Sandbox extends GasFakes {
  /** Calls a top-level function; `ui: false` is a trigger's execution, where getUi() throws. */
  run(name: string, event?: unknown, options?: { ui?: boolean }): unknown;
  /** The names of the bundle's top-level functions. */
  readonly functions: readonly string[];
}

export interface SandboxOptions {
  readonly spreadsheet: FakeSpreadsheet;
  readonly fetch: FetchHandler;
  readonly properties?: Record<string, string>;
  readonly now: number;
  readonly code?: string;
}

/** Loads the bundle into a fresh context with fresh fakes. */
export function loadBundle(options: SandboxOptions): Sandbox {
  const clock = testClock(options.now);
  const fakes: GasFakes = {
    spreadsheetApp: new FakeSpreadsheetApp(options.spreadsheet),
    spreadsheet: options.spreadsheet,
    formApp: new FakeFormApp([options.spreadsheet]),
    urlFetch: new FakeUrlFetchApp(options.fetch),
    properties: new FakePropertiesService(options.properties),
    locks: new FakeLockService(),
    scriptApp: new FakeScriptApp(),
    mail: new FakeMailApp(),
    logger: new FakeLogger(),
    clock,
  };
  const context = vm.createContext({
    SpreadsheetApp: fakes.spreadsheetApp,
    FormApp: fakes.formApp,
    UrlFetchApp: fakes.urlFetch,
    PropertiesService: fakes.properties,
    LockService: fakes.locks,
    ScriptApp: fakes.scriptApp,
    Utilities: new FakeUtilities(),
    MailApp: fakes.mail,
    Session: new FakeSession(),
    Logger: fakes.logger,
    Date: clockDate(clock),
  });
  const code = options.code ?? readFileSync(BUNDLE, 'utf8');
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = [...code.matchAll(/^function (\w+)\(/gmu)].map((match) => match[1] ?? '');
  return {
    ...fakes,
    functions,
    run(name, event, { ui = true } = {}) {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') throw new Error(`the bundle has no top-level function ${name}`);
      fakes.spreadsheetApp.uiAvailable = ui;
      try {
        return (fn as (event: unknown) => unknown)(event);
      } finally {
        fakes.spreadsheetApp.uiAvailable = true;
        // An execution that ends lets go of its locks, as Apps Script's do.
        fakes.locks.held = false;
      }
    },
  };
}

/** A spreadsheet holding a snapshot's tabs (empty cells as ''), as a coordinator set it up. */
export function spreadsheetFrom(
  snapshot: Snapshot,
  rowsOf: (name: string, rows: Value[][]) => Value[][] = (_, rows) => rows,
): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet();
  for (const tab of snapshot.tabs) {
    const rows = tab.rows.map((row) => row.map((cell): Value => cell ?? ''));
    spreadsheet.insertSheet(tab.name, rowsOf(tab.name, rows));
  }
  return spreadsheet;
}

/** A form-submit event for a row, as a spreadsheet-bound trigger gets it. */
export function formSubmitEvent(spreadsheet: FakeSpreadsheet, tab: string, row: number) {
  const sheet = spreadsheet.sheet(tab);
  const range = sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn()));
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getDisplayValues()[0] ?? [];
  const values = range.getDisplayValues()[0] ?? [];
  return {
    authMode: 'FULL',
    triggerUid: 'trigger-1',
    range,
    values,
    namedValues: Object.fromEntries(header.map((title, index) => [title, [values[index] ?? '']])),
  };
}
