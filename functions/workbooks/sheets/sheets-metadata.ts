// What one spreadsheets.get tells us about a spreadsheet: its time zone and, for each tab, the id,
// title, position, grid size, its merged ranges and how many conditional-format rules it has. The
// field mask keeps the answer small: no cell data, no formats.
import { z } from 'zod';
import type { MergedRange } from '../../../shared/merged-cells.ts';

/** One tab of a spreadsheet. */
export interface SheetInfo {
  readonly sheetId: number;
  readonly title: string;
  readonly index: number;
  readonly hidden: boolean;
  /** False for a chart sheet (OBJECT), which has no cells to read. */
  readonly grid: boolean;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly conditionalRules: number;
  /** Merged cells: values.batchGet gives a merge's value in its first cell only. */
  readonly merges: readonly MergedRange[];
}

/** A spreadsheet's tabs in their order, and its time zone. */
export interface SpreadsheetInfo {
  readonly timeZone?: string;
  readonly sheets: readonly SheetInfo[];
}

/** The field mask for spreadsheets.get. */
export const METADATA_FIELDS =
  'properties(timeZone),sheets(properties(sheetId,title,index,hidden,sheetType,gridProperties(rowCount,columnCount)),conditionalFormats(ranges(sheetId)),merges)';

// A GridRange as the API returns it: 0-based, end exclusive, zeros omitted.
const GridRange = z.object({
  startRowIndex: z.number().default(0),
  endRowIndex: z.number().optional(),
  startColumnIndex: z.number().default(0),
  endColumnIndex: z.number().optional(),
});

// Absent fields mean their defaults: the API omits zeros, false and empty lists.
const Metadata = z.object({
  properties: z.object({ timeZone: z.string().optional() }).optional(),
  sheets: z
    .array(
      z.object({
        properties: z.object({
          sheetId: z.number().default(0),
          title: z.string(),
          index: z.number().default(0),
          hidden: z.boolean().default(false),
          sheetType: z.string().default('GRID'),
          gridProperties: z.object({ rowCount: z.number().default(0), columnCount: z.number().default(0) }).optional(),
        }),
        conditionalFormats: z.array(z.unknown()).default([]),
        merges: z.array(GridRange).default([]),
      }),
    )
    .default([]),
});

/** Reads the answer of spreadsheets.get with METADATA_FIELDS. */
export function parseMetadata(data: unknown): SpreadsheetInfo {
  const parsed = Metadata.parse(data);
  const sheets = parsed.sheets
    .map(({ properties: p, conditionalFormats, merges }) => ({
      sheetId: p.sheetId,
      title: p.title,
      index: p.index,
      hidden: p.hidden,
      grid: p.sheetType === 'GRID',
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
      conditionalRules: conditionalFormats.length,
      merges: merges.map((range) => ({
        row: range.startRowIndex,
        column: range.startColumnIndex,
        rows: Math.max(1, (range.endRowIndex ?? range.startRowIndex + 1) - range.startRowIndex),
        columns: Math.max(1, (range.endColumnIndex ?? range.startColumnIndex + 1) - range.startColumnIndex),
      })),
    }))
    .sort((a, b) => a.index - b.index);
  return { ...(parsed.properties?.timeZone ? { timeZone: parsed.properties.timeZone } : {}), sheets };
}
