// Where a CSV file's quoting went wrong, as a person looks for it. csv-parse reports the line where
// it gave up: the end of the file for a quote never closed, or a later line where a quote happened
// to stand before other text — lines after the one to fix. Reading as RFC 4180 (and csv-parse's
// defaults) do, a quote opens a cell only at its start, "" inside it is one quote, and it closes
// before a delimiter, a line end or the end of the file.

/** Where quoting went wrong: a quote that opened a cell and never closed, or a quote inside an unquoted cell. */
export interface QuoteProblem {
  readonly kind: 'unclosed' | 'insideCell';
  /** 1-based line of the offending quote. */
  readonly line: number;
}

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/** The first quoting problem in the text (given in pieces), or null when its quotes pair up. */
export async function findQuoteProblem(text: AsyncIterable<string> | Iterable<string>, delimiter: string): Promise<QuoteProblem | null> {
  let state: State = 'fieldStart';
  let line = 1;
  let openedOn = 1;
  let first = true;
  for await (const piece of text) {
    for (const char of first ? piece.replace(/^\uFEFF/u, '') : piece) {
      if (char === '\n') line++;
      switch (state) {
        case 'fieldStart':
          if (char === '"') {
            state = 'quoted';
            openedOn = line;
          } else if (char !== delimiter && char !== '\n' && char !== '\r') state = 'unquoted';
          break;
        case 'unquoted':
          if (char === '"') return { kind: 'insideCell', line };
          if (char === delimiter || char === '\n') state = 'fieldStart';
          break;
        case 'quoted':
          if (char === '"') state = 'quoteInQuoted';
          break;
        case 'quoteInQuoted':
          // The quote before was either the first of "" or the closing one; anything else after a
          // closing quote means the quote that opened this cell was never meant to.
          if (char === '"') state = 'quoted';
          else if (char === delimiter || char === '\n') state = 'fieldStart';
          else if (char !== '\r') return { kind: 'unclosed', line: openedOn };
          break;
      }
    }
    first = false;
  }
  return state === 'quoted' ? { kind: 'unclosed', line: openedOn } : null;
}
