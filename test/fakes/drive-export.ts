// What files.export gives in the fake: an .ods made by our own ODS writer from the spreadsheet's
// values (so a test can read the exported tabs back), and for PDF a small valid one-page PDF naming
// the spreadsheet and its tabs (ASCII only: the fake does not render CJK text).

import { odsDocumentBytes } from '../../functions/year-end/ods-document.ts';
import type { Document } from '../../shared/published-document.ts';
import type { Tab } from '../../shared/workbook.ts';

/** The MIME types files.export turns a spreadsheet into, in the fake. */
export const EXPORT_TYPES = { ods: 'application/x-vnd.oasis.opendocument.spreadsheet', pdf: 'application/pdf' } as const;

/** The spreadsheet's tabs as an .ods file (values only, as Google's export keeps them). */
export function odsExport(title: string, tabs: readonly Tab[]): Uint8Array {
  const document: Document = {
    name: title,
    title,
    language: 'zh-TW',
    sheets: tabs.map((tab) => {
      const width = tab.rows.reduce((max, row) => Math.max(max, row.length), 1);
      return {
        name: tab.name,
        widths: Array.from({ length: width }, () => 100),
        rows: tab.rows.map((row) => ({
          kind: 'body' as const,
          cells: row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell)),
        })),
        charts: [],
      };
    }),
  };
  return odsDocumentBytes(document);
}

/** A one-page PDF whose text says which spreadsheet and how many tabs it came from. */
export function pdfExport(spreadsheetId: string, tabs: readonly Tab[]): Uint8Array {
  const text = `guankao fake export ${spreadsheetId}: ${tabs.length} tabs`.replace(/[()\\]/gu, '');
  const stream = `BT /F1 10 Tf 40 800 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
