import { formatRocDate, type PlainDate } from './dates.ts';

// A published document (the 一覽表, a unit's summary, the coordinator's overview) as plain data, so
// every writer (.ods, .xlsx, PDF through the .ods, a Google spreadsheet) only lays out what it is given.

/** A cell: text, a number, a calendar date (shown in ROC form), a ratio shown as a percentage, or empty. */
export type DocCell = string | number | { readonly date: PlainDate } | { readonly percent: number } | null;

/** What a row is for, which decides how writers style it. */
export const ROW_KINDS = ['title', 'info', 'header', 'group', 'subgroup', 'body', 'total'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** One row; `merge` joins the cells from..to (inclusive) into one. */
export interface DocRow {
  readonly kind: RowKind;
  readonly cells: readonly DocCell[];
  readonly merge?: { readonly from: number; readonly to: number };
}

/** A chart drawn from a block of a sheet: categories in one column, one series per value column. */
export interface ChartSpec {
  readonly kind: 'bar' | 'column' | 'line';
  readonly title: string;
  /** The sheet holding the data, when it is not the chart's own (a sheet of charts beside its table's). */
  readonly source?: string;
  /** Rows (0-based, inclusive) holding the data; the row just above the first names the series. */
  readonly rows: { readonly from: number; readonly to: number };
  readonly categoryColumn: number;
  readonly valueColumns: readonly number[];
  /** Whether the values are ratios shown as percentages (0–1). */
  readonly percent: boolean;
  /** Below the table, each chart under the one before, or to the right of a narrow table (so both fit one page). */
  readonly place: 'below' | 'right';
}

/** How many categories a chart draws, which decides how tall writers make it. */
export const chartCategories = (chart: ChartSpec): number => chart.rows.to - chart.rows.from + 1;

/**
 * Cells of one column joined down rows `from`..`to` (inclusive) into one, holding the first one's
 * content: the 一覽表's 實施要項, written once beside all its practices. A printed page that
 * continues the block shows the content again (odt-pages.ts).
 */
export interface DownMerge {
  readonly column: number;
  readonly from: number;
  readonly to: number;
  /** How the merged cell looks, whatever the kinds of the rows it spans. */
  readonly kind: RowKind;
}

/** One sheet (tab, and in a PDF a run of pages). */
export interface DocSheet {
  /** Tab name: at most 31 characters, none of []:*?/\ (an .xlsx limit). */
  readonly name: string;
  /** Relative column widths (pixels at 96 dpi); writers scale them to the page's width. */
  readonly widths: readonly number[];
  readonly rows: readonly DocRow[];
  readonly charts: readonly ChartSpec[];
  /** Cells merged down a column, none overlapping another or a row's own merge. */
  readonly mergesDown?: readonly DownMerge[];
}

/** A document: its file name (without extension), its title, and its sheets. */
export interface Document {
  readonly name: string;
  readonly title: string;
  /** BCP 47 tag of the text, for the file's metadata and accessibility. */
  readonly language: 'zh-TW';
  readonly sheets: readonly DocSheet[];
}

/** Indexes of the header rows, which printed pages repeat. */
export function headerRowIndexes(sheet: DocSheet): number[] {
  return sheet.rows.flatMap((row, index) => (row.kind === 'header' ? [index] : []));
}

/** The sheet's rows with each cell of a DownMerge holding the merged cell's content, as a tab without merges shows it on every row. */
export function rowsWithMergesFilled(sheet: DocSheet): DocRow[] {
  const rows = [...sheet.rows];
  for (const { column, from, to } of sheet.mergesDown ?? []) {
    const content = rows[from]?.cells[column] ?? null;
    for (let r = from + 1; r <= to; r++) {
      const row = rows[r];
      if (!row) continue;
      const cells = [...row.cells];
      while (cells.length < column) cells.push(null);
      cells[column] = content;
      rows[r] = { ...row, cells };
    }
  }
  return rows;
}

/** A cell as plain text, as a CSV file or a Google tab shows it: dates as 民國115年1月31日, ratios as 66.7%. */
export function cellAsText(cell: DocCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if ('date' in cell) return rocDateText(cell.date);
  return percentText(cell.percent);
}

/** Whether the cell holds a number or a ratio, which line up at the end of the cell. */
export const isNumericCell = (cell: DocCell): boolean =>
  typeof cell === 'number' || (cell !== null && typeof cell === 'object' && 'percent' in cell);

/** 民國115年1月31日: a date as official documents write it. */
export const rocDateText = (date: PlainDate): string => `民國${formatRocDate(date)}`;

/** 66.7%: a ratio with one decimal. */
export const percentText = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

/** The title and information rows every document starts with, each spanning all columns. */
export function titleRows(title: string, info: readonly string[], columns: number): DocRow[] {
  const span = { from: 0, to: columns - 1 };
  return [
    { kind: 'title', cells: [title], merge: span },
    ...info.filter((line) => line.trim()).map((line): DocRow => ({ kind: 'info', cells: [line], merge: span })),
  ];
}

/** A group heading row: an optional label in the first column, the text across the rest. */
export function groupRow(kind: 'group' | 'subgroup', label: string, text: string, columns: number): DocRow {
  return { kind, cells: [label, text], merge: { from: 1, to: columns - 1 } };
}
