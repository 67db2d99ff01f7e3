/**
 * A workbook that cannot be used as it is: missing, unreadable, not shared with us, malformed.
 * The message is zh-TW and says what to do; the command line exits 2 with it, never a stack trace.
 */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

/**
 * A write refused because it would lose what a user made in the file (an .xlsx's charts, an .ods
 * laid out in a way we do not edit). Not transient: a rebuild stops with the message rather than
 * retry, and the command line exits 2 with it.
 */
export class WriteRefused extends WorkbookError {}
