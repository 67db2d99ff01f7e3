// What an .xlsx's zip holds, read before exceljs loads it: whether it is a workbook at all (a zip
// renamed .xlsx loads in exceljs as a workbook without sheets), and what exceljs's model would not
// carry through a save. Only the central directory is read, and the drawing parts' few bytes.
import { strFromU8, unzipSync } from 'fflate';

/** What an exceljs round trip would lose from an .xlsx. */
export type XlsxPart = 'charts' | 'pivotTables' | 'drawings';

/** What the zip of an .xlsx holds, as far as reading and rewriting it goes. */
export interface XlsxContents {
  /** False when the zip has no workbook part (exceljs reads `xl/workbook.xml` by that name), or is no zip. */
  readonly isWorkbook: boolean;
  /** What an exceljs round trip would lose: charts, pivot tables, images and shapes. */
  readonly lost: readonly XlsxPart[];
}

// The parts of an .xlsx (zip entry names) that exceljs's model does not carry through a save.
// Cell comments (xl/drawings/vmlDrawing*.vml) are not among them: exceljs keeps notes.
const LOST_PARTS: readonly { readonly part: RegExp; readonly what: XlsxPart }[] = [
  { part: /^xl\/(?:charts|chartsheets)\//u, what: 'charts' },
  { part: /^xl\/(?:pivotTables|pivotCache)\//u, what: 'pivotTables' },
  { part: /^xl\/(?:drawings\/drawing\d*\.xml|media\/)/u, what: 'drawings' },
];
const DRAWING = /^xl\/drawings\/drawing\d*\.xml$/u;
// A drawing holds something only through an anchor; LibreOffice writes an empty drawing for a
// sheet with an autofilter (its buttons), which loses nothing.
const ANCHOR = /<(?:[\w-]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/u;

/** Reads the zip's names (and its drawing parts) to tell whether it is a workbook and what a save through exceljs would lose. */
export function xlsxContents(bytes: Uint8Array): XlsxContents {
  const found = new Set<XlsxPart>();
  let isWorkbook = false;
  let drawings: Record<string, Uint8Array>;
  try {
    drawings = unzipSync(bytes, {
      filter: (file) => {
        if (file.name === 'xl/workbook.xml') isWorkbook = true;
        if (DRAWING.test(file.name)) return true;
        for (const { part, what } of LOST_PARTS) if (part.test(file.name)) found.add(what);
        return false;
      },
    });
  } catch {
    return { isWorkbook: false, lost: [] };
  }
  if (Object.values(drawings).some((drawing) => ANCHOR.test(strFromU8(drawing)))) found.add('drawings');
  return { isWorkbook, lost: LOST_PARTS.map(({ what }) => what).filter((what) => found.has(what)) };
}
