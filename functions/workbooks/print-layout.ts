/** How a published document prints: A4, its title in the page header, page numbers in the footer, the header row on every page. */
export interface PrintLayout {
  readonly title: string;
  /** A4 landscape (wide tables such as the 一覽表); portrait otherwise. */
  readonly landscape?: boolean;
}

/** Options for writing a new .xlsx or .ods file. */
export interface CreateOptions {
  /** Print every tab as a document; without it tabs still print on A4 with their header row repeated. */
  readonly print?: PrintLayout;
}
