// A plan document as read from any file kind (.docx, .odt, .doc/.rtf through LibreOffice, .pdf,
// text pasted or extracted from them): blocks in reading order. Readers (functions/plan-import/)
// only lay the file out as this; what the blocks mean — sections, practices, units — is decided
// once, from this model, in shared/plan-import/.

/** One cell of a table, as written: its paragraphs (a cell may hold several) and how far it spans. */
export interface DocumentCell {
  /** The cell's paragraphs in order; list items keep their written label (「1.」「(一)」) when the file has it as text. */
  readonly paragraphs: readonly string[];
  /** Rows this cell spans (1 when not merged). */
  readonly rowSpan: number;
  /** Columns this cell spans (1 when not merged). */
  readonly colSpan: number;
}

/** A table row: its cells left to right. Cells covered by a merge above are absent (their owner spans them). */
export interface DocumentRow {
  readonly cells: readonly DocumentCell[];
  /** True when the file marks the row as a header repeated on every page. */
  readonly repeatedHeader?: boolean;
}

/** A paragraph outside tables; `heading` is its outline level (1 = top) when the file marks it as a heading. */
export interface DocumentParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly heading?: number;
  /** A list label the file generates itself (Word numbering), rendered as text, e.g. 「一、」「(二)」「1.」. */
  readonly label?: string;
}

/**
 * How a table of a PDF was rebuilt, which says how far to trust it: from the borders drawn around
 * its cells (cells and merged cells as drawn), from rules across it only (rows and merged rows as
 * drawn, columns from the gaps in its text), from text positions alone (merged cells unseen), or,
 * pasted as text with spaces between its columns, from what each word is (unit names, deadlines).
 */
export type RebuiltFrom = 'borders' | 'rules-across' | 'text-positions' | 'spaces';

/** A table in the document. */
export interface DocumentTable {
  readonly kind: 'table';
  readonly rows: readonly DocumentRow[];
  /** For a table read from a PDF or pasted from one: how it was rebuilt (other formats hold their tables as such). */
  readonly rebuiltFrom?: RebuiltFrom;
  /**
   * True when the file keeps merged cells as such (.docx, .odt, an HTML table): a blank cell there is
   * blank. Elsewhere (a PDF, text pasted) a merged cell may have come apart into a filled cell and
   * blank ones below it.
   */
  readonly mergesKept?: boolean;
}

/** One block of a document in reading order. */
export type DocumentBlock = DocumentParagraph | DocumentTable;

/** What a reader knows about how faithfully it read the file (a PDF's text layer is a guess at tables). */
export type ReadingConfidence = 'exact' | 'approximate';

/** A plan document as read. */
export interface PlanDocument {
  /** The file the blocks came from, as the user named it. */
  readonly source: string;
  /** The kind it was read as. */
  readonly kind: 'docx' | 'odt' | 'doc' | 'rtf' | 'pdf' | 'txt' | 'md';
  readonly blocks: readonly DocumentBlock[];
  readonly confidence: ReadingConfidence;
}
