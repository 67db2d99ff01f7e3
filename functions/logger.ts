// Structured logs as Cloud Logging reads them: one JSON object per line on stdout, `severity` and
// `message` as special fields, the rest landing in jsonPayload. Entries are a closed shape so no
// caller can pass an e-mail address or a narrative by accident: what is logged is counts, ids and codes.

/** Cloud Logging severities we use. */
export type Severity = 'DEBUG' | 'INFO' | 'NOTICE' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** Counts worth a dashboard: rows read, valid, counted, problems, writes. */
export type LogCounts = Readonly<Record<string, number>>;

/** One log entry: never personal data (no e-mail, no narrative, no answers). */
export interface LogEntry {
  readonly severity: Severity;
  /** Written by us, in zh-TW (shared/messages/); never user input. */
  readonly message: string;
  /** A stable code to filter on (`ingest.checked`, `rebuild.done`, …). */
  readonly event: string;
  readonly spreadsheetId?: string;
  /** A local workbook's location, when the backend is not Google Sheets. */
  readonly workbook?: string;
  readonly counts?: LogCounts;
  readonly durationMs?: number;
  /** HTTP status answered, for request logs. */
  readonly status?: number;
  /** The form response id: an opaque id Google generates, not personal data. */
  readonly responseId?: string;
  /** An error's class and code, never its stack in production logs. */
  /** `detail`: what the failing library or API said in its own words (English), for the administrator. */
  readonly error?: { readonly name: string; readonly code?: string; readonly message: string; readonly detail?: string };
}

/** Where entries go; tests pass an array's push. */
export type Logger = (entry: LogEntry) => void;

/** A logger writing one JSON line per entry, with a timestamp, to `write` (process.stdout in production). */
export function jsonLogger(write: (line: string) => unknown, now: () => number = Date.now): Logger {
  return (entry) => {
    write(`${JSON.stringify({ ...entry, timestamp: new Date(now()).toISOString() })}\n`);
  };
}

/** The fields of a log entry naming the workbook: a spreadsheet id for Google, else the local location. */
export function workbookFields(location: string, spreadsheetId: string | null): Pick<LogEntry, 'spreadsheetId' | 'workbook'> {
  return spreadsheetId ? { spreadsheetId } : { workbook: location };
}

/** What a library or API said of a failure we reworded in zh-TW (`cause.detail`), when there is one. */
export function causeDetail(error: Error): string | undefined {
  const detail = (error.cause as { detail?: unknown } | undefined)?.detail;
  return typeof detail === 'string' ? detail : undefined;
}

/** An unexpected error as a log field: its class, code, message and detail (API errors carry no personal data). */
export function errorField(error: unknown): NonNullable<LogEntry['error']> {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error).slice(0, 500) };
  const cause = error.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : (error as { code?: unknown }).code;
  const detail = causeDetail(error);
  return {
    name: error.name,
    message: error.message.slice(0, 500),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(detail !== undefined ? { detail: detail.slice(0, 500) } : {}),
  };
}
