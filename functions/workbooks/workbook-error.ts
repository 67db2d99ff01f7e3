/**
 * A workbook that cannot be used as it is: missing, unreadable, not shared with us, malformed.
 * The message is zh-TW and says what to do; the command line exits 2 with it, never a stack trace.
 */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}
