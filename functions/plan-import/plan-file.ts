// The plan document a user names, laid out as blocks: Word, ODF and PDF files by their readers
// (readPlanDocument), text files (.txt, .md, or text under another name) by readTextDocument.
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { readTextDocument } from '../../shared/plan-import/text-document.ts';
import { readPlanDocument } from './read-plan-document.ts';

/** Where LibreOffice is, for .doc and .rtf (GUANKAO_SOFFICE), when not on the usual paths. */
export interface PlanFileOptions {
  readonly soffice?: string;
}

/** The plan document at `path`; a file that cannot be read is a PlanDocumentError (a WorkbookError) saying why and what to do. */
export function readPlanFile(path: string, options: PlanFileOptions = {}): Promise<PlanDocument> {
  return readPlanDocument(path, { readText: readTextDocument, ...(options.soffice ? { soffice: options.soffice } : {}) });
}
