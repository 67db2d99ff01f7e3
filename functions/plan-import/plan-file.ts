// Reads the plan document a user names. Text (.txt, .md, or any file of text) is laid out here;
// the other kinds go through readPlanDocument (Word, ODF, PDF).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import * as msg from '../../shared/messages.ts';
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { readTextDocument } from '../../shared/plan-import/text-document.ts';
import { decodeCsv } from '../workbooks/csv/csv-folder-workbook.ts';
import { WorkbookError } from '../workbooks/workbook-error.ts';

/** The plan document at `path`, laid out as blocks; a file that cannot be read is a WorkbookError saying why. */
export async function readPlanFile(path: string): Promise<PlanDocument> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.txt' && extension !== '.md') throw new WorkbookError(msg.importKindNotYet(path));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'EIO';
    throw new WorkbookError(code === 'ENOENT' ? msg.importDocumentMissing(path) : msg.importDocumentUnreadable(path, code));
  }
  return readTextDocument(decodeCsv(bytes), path, extension === '.md' ? 'md' : 'txt');
}
