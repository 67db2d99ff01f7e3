// The page every year-end document prints on, whether from its .ods or from the Writer document
// behind its PDF: A4 landscape, for tables four columns wide and more.
import { type Page, printableWidthCm } from '../odf/page.ts';

/** A4 landscape with the documents' margins (cm). */
export const DOCUMENT_PAGE: Page = { orientation: 'landscape', margins: { top: 1.2, bottom: 1, left: 1.2, right: 1.2 } };

/** The width a document's tables share, in cm. */
export const PRINTABLE_WIDTH_CM = printableWidthCm(DOCUMENT_PAGE);
