// What an import makes of a plan document, before it becomes tabs: the practices with where each
// came from, the settings and units found, and every decision a person should confirm (匯入說明).

/** A practice as read from the document. */
export interface DraftPractice {
  /** 項次 as the document writes it (an 編號 column), or null to number it from the outline. */
  readonly writtenId: string | null;
  /** The outline numbers leading to it (一、 (二) 3. → 1, 2, 3). */
  readonly outline: readonly number[];
  readonly measure: string;
  readonly strategy: string;
  readonly text: string;
  readonly units: string;
  /** The 協辦單位 the document names: they help, but the practice is the 執行單位's to report on. */
  readonly assisting?: string;
  readonly deadline: string;
  readonly target: string;
  /** Where in the document: 「第 2 個表格第 12 列」. */
  readonly where: string;
}

/** A decision of the import a person should confirm, and where it came from. */
export interface ImportNote {
  /** The tab the decision shaped. */
  readonly tab: '設定' | '計畫' | '單位';
  /** Where in the document it came from. */
  readonly where: string;
  readonly message: string | NamingMessage;
  /** The practice it concerns, when it concerns one. */
  readonly practice?: DraftPractice;
}

/**
 * A note's message that names a practice besides its own (the one whose cell a blank one
 * continues), worded once that practice's row and 項次 in 計畫 are settled.
 */
export interface NamingMessage {
  readonly names: DraftPractice;
  readonly words: (row: number, id: string) => string;
}

/** A unit found in the document, with the short forms it is also written as. */
export interface FoundUnit {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** The settings the document states (null where it does not). */
export interface FoundSettings {
  readonly agency: string;
  readonly planName: string;
  readonly rocYear: number | null;
  readonly cycle: string | null;
  readonly dueDay: number | null;
}

/** The whole import: what becomes 設定, 單位, 計畫 and 匯入說明. */
export interface ImportedPlan {
  readonly settings: FoundSettings;
  readonly units: readonly FoundUnit[];
  /** Practices in plan order, 項次 settled. */
  readonly practices: readonly (DraftPractice & { readonly id: string })[];
  readonly notes: readonly ImportNote[];
  /** Items of a list read as practices that look like cells of a table pasted one to a line (said on the command line too). */
  readonly cellsAsPractices?: number;
}
