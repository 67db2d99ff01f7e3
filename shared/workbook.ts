// The one port between the pure pipeline and every storage backend (CSV folder, .xlsx, .ods,
// Google Sheets). It works at snapshot granularity: read everything, compute, write everything,
// so no Promise ever enters the domain code.

/** A cell as every backend hands it over: text, a number (dates are Sheets serial numbers), a boolean, or empty. */
export type Cell = string | number | boolean | null;

/** One tab: its name and its rows from row 1 (the header) down; rows may be ragged. */
export interface Tab {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /**
   * Cells holding a calendar date as a serial number, in a tab written as a new workbook: date
   * cells where the backend has them (.xlsx, .ods, Google Sheets), the ROC date in a CSV file.
   */
  readonly dates?: readonly CellPosition[];
}

/** A cell of a tab, by its 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** Every tab of a workbook, in the workbook's order. */
export interface Snapshot {
  readonly tabs: readonly Tab[];
  /** The spreadsheet's own time zone when the backend knows it (Google Sheets does). */
  readonly timeZone?: string;
}

/** Some tabs of a workbook: those a reader asked for, and the names of every tab, in the workbook's order. */
export interface PartialSnapshot extends Snapshot {
  readonly tabNames: readonly string[];
}

/** How an output tab should look where the backend can style it (Google Sheets, .xlsx, .ods). */
export interface TabLayout {
  /** Column widths in pixels, by column index. */
  readonly widths: readonly number[];
  /** Column indexes holding a 辦理狀態 value to colour. */
  readonly statusColumns: readonly number[];
}

/** A tab the system owns and rebuilds whole on every run. */
export interface OutputTab extends Tab {
  readonly layout?: TabLayout;
}

/** The 檢核結果 column of one user tab: the only user-tab cells the system ever writes. */
export interface VerdictColumn {
  readonly tab: string;
  /** 0-based column index; it may be one past the last used column when the tab had no 檢核結果 yet. */
  readonly column: number;
  /** Values from row 1 (the header, `檢核結果`) down to the last data row. */
  readonly values: readonly string[];
  /**
   * The tab's rows as read, which the values were computed for (row 1 first): each value belongs to
   * the row whose cells, 檢核結果 aside, are those of readRows at its index (row-identity.ts). A
   * writer that reads the tab again writes a value only beside that same row (verdict-placement.ts):
   * rows inserted, deleted or sorted since the read keep what they hold until the next run. Without
   * it, values are written by position (a check made for the rows as they are, as in tests).
   */
  readonly readRows?: readonly (readonly Cell[])[];
}

/**
 * Rows the system adds to a user tab (prepare-period's prefilled rows): written below the last row
 * holding anything when the write happens, so a row a unit typed meanwhile is never written over.
 */
export interface RowAppend {
  readonly tab: string;
  /** Each row from column A. */
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * Columns the system keeps in a tab its users edit too (年度成效: the system's drafts beside the
 * coordinator's text). Each value goes into the row whose key column holds its key when the write
 * happens — the tab may have been sorted or edited since the read — under its column's header; no
 * other cell is ever written. A key no row holds gets a row at the tab's end, a header the tab
 * lacks gets a column after the last one used, and a missing (or empty) tab is made with `header`.
 * Placement is one rule for every backend: shared/keyed-columns.ts.
 */
export interface KeyedColumns {
  readonly tab: string;
  /** The header row of the tab as the system makes it: the key's, the system's and the user's columns, in order. */
  readonly header: readonly string[];
  /** The header of the column whose value finds a row (項次). */
  readonly key: string;
  /** The headers of the columns the system writes, in the order of each row's `values`. */
  readonly columns: readonly string[];
  /** The system's values for the row of each key. */
  readonly rows: readonly { readonly key: string; readonly values: readonly string[] }[];
  /** How the tab looks where the backend can style it, when the system makes it. */
  readonly layout?: TabLayout;
}

/** Everything one run writes. */
export interface Changes {
  readonly outputs: readonly OutputTab[];
  readonly verdicts: readonly VerdictColumn[];
  /** Rows added at the end of user tabs, after the 檢核結果 columns are written. */
  readonly appends?: readonly RowAppend[];
  /** The system's columns of tabs users edit too, written last. */
  readonly keyedColumns?: readonly KeyedColumns[];
}

/** A workbook on some backend. */
export interface Workbook {
  /** Where it lives, as the user named it (a path, a spreadsheet id). */
  readonly location: string;
  /** Reads every tab. */
  read(): Promise<Snapshot>;
  /**
   * Reads only the tabs whose names `wanted` accepts (ingest's plan: 設定, 計畫, 單位), for a backend
   * that can do so for less than a whole read; without it, a reader reads every tab (readTabsOf).
   */
  readTabs?(wanted: (name: string) => boolean): Promise<PartialSnapshot>;
  /**
   * Whether the tabs the last read() saw still hold what they held then, apart from the outputs and
   * 檢核結果 write() wrote since (rows it appended are a change): for a backend that can tell without
   * reading them again (a CSV folder compares its files' versions); without it, a caller reads again and compares.
   */
  unchangedSinceRead?(): Promise<boolean>;
  /** Replaces the output tabs whole, writes the 檢核結果 columns, adds the appended rows and writes the keyed columns; never touches any other user cell. */
  write(changes: Changes): Promise<void>;
}
