/** The Apps Script services guankao uses: main.ts passes the real ones, so no module reads a global. */
export interface Gas {
  readonly spreadsheets: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly forms: GoogleAppsScript.Forms.FormApp;
  readonly urlFetch: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  readonly properties: GoogleAppsScript.Properties.PropertiesService;
  readonly locks: GoogleAppsScript.Lock.LockService;
  readonly scripts: GoogleAppsScript.Script.ScriptApp;
  readonly utilities: GoogleAppsScript.Utilities.Utilities;
  readonly mail: GoogleAppsScript.Mail.MailApp;
  readonly session: GoogleAppsScript.Base.Session;
  readonly logger: GoogleAppsScript.Base.Logger;
  readonly now: () => number;
}

/** The services of the running script. */
export function liveGas(): Gas {
  return {
    spreadsheets: SpreadsheetApp,
    forms: FormApp,
    urlFetch: UrlFetchApp,
    properties: PropertiesService,
    locks: LockService,
    scripts: ScriptApp,
    utilities: Utilities,
    mail: MailApp,
    session: Session,
    logger: Logger,
    now: () => Date.now(),
  };
}

/** Writes one structured line to the execution log (never to a user). */
export function logEvent(gas: Gas, event: string, fields: Record<string, unknown> = {}): void {
  gas.logger.log(JSON.stringify({ event, ...fields }));
}

/** What went wrong, as a log line for whoever maintains the script (never shown to a user). */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs `work` holding the script lock (30 s wait), so queue and sheet writes never interleave. */
export function withScriptLock<T>(gas: Gas, work: () => T): T {
  const lock = gas.locks.getScriptLock();
  lock.waitLock(30_000);
  try {
    return work();
  } finally {
    // Written cells must be visible to the next holder before the lock is let go.
    gas.spreadsheets.flush();
    lock.releaseLock();
  }
}
