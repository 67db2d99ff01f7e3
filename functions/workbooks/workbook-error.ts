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

/**
 * A Google service still overloaded or down once our retry policy has given up (429, 5xx, a
 * dropped connection). Nothing is wrong with the workbook and nobody has to change anything: the
 * same run succeeds later. The command line exits 75 with the message; the functions answer 503
 * with Retry-After, and the scheduler or Pub/Sub tries again.
 */
export class ServiceBusy extends Error {
  override readonly name = 'ServiceBusy';
}
