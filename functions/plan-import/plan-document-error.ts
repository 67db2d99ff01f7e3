import { WorkbookError } from '../workbooks/workbook-error.ts';

/** Why a plan document cannot be read: the file's state, not a fault of ours. */
export type PlanDocumentProblem =
  | 'missing'
  | 'unreadable'
  | 'unknown-kind'
  | 'spreadsheet'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'needs-ocr'
  | 'needs-libreoffice'
  | 'conversion-failed';

/**
 * A plan document that cannot be read as it is (encrypted, damaged, empty, a scan without text).
 * The message is zh-TW and says what was found and what to do; being a WorkbookError, the command
 * line exits 2 with it.
 */
export class PlanDocumentError extends WorkbookError {
  readonly problem: PlanDocumentProblem;
  constructor(problem: PlanDocumentProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}
