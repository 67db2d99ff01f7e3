/** One line of 檢核錯誤: where a problem is (tab, row as the user sees it, column) and what it is, in zh-TW. */
export interface Problem {
  /** The tab's name (or, for a unit's own spreadsheet, `<單位>：<tab>`). */
  readonly source: string;
  /** 1-based row as the user sees it in that tab (the header is row 1); null for a problem with the whole tab. */
  readonly row: number | null;
  /** The unit the row belongs to, when known. */
  readonly unit: string;
  /** Canonical column name, or `列` for the whole row, `分頁` for the whole tab. */
  readonly column: string;
  readonly message: string;
}
