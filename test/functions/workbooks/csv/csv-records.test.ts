import { parse } from 'csv-parse/sync';
import { type Options, stringify } from 'csv-stringify/sync';
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvRows, misplacedQuote, parseCsvRows } from '../../../../functions/workbooks/csv/csv-records.ts';
import type { Cell } from '../../../../shared/workbook.ts';

// The backend reads and writes CSV with d3-dsv, for speed; csv-parse and csv-stringify, general
// readers and writers kept as dev dependencies for this comparison (and the benchmark's floor), are
// the reference it is held to: the same rows from the same text, the same text from the same rows,
// and a refusal exactly where csv-parse refuses.

const REFERENCE_WRITE: Options = { record_delimiter: 'windows', quoted_match: ['\n', '\r'] };

// What the backend made of csv-parse's records: empty cells null, trailing empty cells and rows dropped.
function referenceRead(text: string, delimiter: ',' | '\t'): Cell[][] | null {
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return null;
  }
  const rows = records.map((record) => {
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    return record.slice(0, end).map((cell) => (cell === '' ? null : cell));
  });
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '民', ' ', ',', '"', '\n', '\r', '\t', '=', '＝'), maxLength: 8 }),
  fc.constantFrom('', '辦理中', '115年3月', '2024/4/8 下午 3:12:45', '"引號"', 'a,b', '第一行\r\n第二行'),
);
const rows = fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 8 });

describe('the CSV reader and writer agree with csv-parse and csv-stringify', () => {
  it('writes the bytes csv-stringify wrote, for any rows', () => {
    fc.assert(
      fc.property(rows, (records) => {
        expect(formatCsvRows(records)).toBe(stringify(records, REFERENCE_WRITE));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([',', '\t'] as const)('reads back what was written, as csv-parse read it (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(rows, (records) => {
        const text = stringify(records, { ...REFERENCE_WRITE, delimiter });
        expect(parseCsvRows(text, delimiter)).toEqual(referenceRead(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses exactly the texts csv-parse refused, and reads the others alike', () => {
    // Any text of these pieces: every line break outside a cell is CRLF, as the files the backend reads.
    const text = fc
      .array(fc.constantFrom('a', '民', ',', '"', '""', '\r\n', ' ', '\t'), { maxLength: 24 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (csv) => {
        expect(parseCsvRows(csv, ',')).toEqual(referenceRead(csv, ','));
      }),
      { numRuns: 5000 },
    );
  });
});

// What d3-dsv alone makes of a whole text (a line without quotes is split by the runtime instead).
function d3Read(text: string, delimiter: ',' | '\t'): Cell[][] {
  const rows = dsvFormat(delimiter).parseRows(text, (record) => {
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    return record.slice(0, end).map((cell) => (cell === '' ? null : cell));
  });
  while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

describe('the CSV reader reads every text as d3-dsv reads it', () => {
  it.each([',', '\t'] as const)(
    'with lines with and without quotes, any line ends, blank lines and line ends at the end (delimiter %j)',
    (delimiter) => {
      const piece = fc.constantFrom('a', '民', ',', '\t', ' ', '"', '""', '"x\r\ny"', '"a,b"', '\r\n', '\n', '\r', '\r\n\r\n');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
          const text = pieces.join('');
          if (misplacedQuote(text, delimiter) !== -1) return;
          expect(parseCsvRows(text, delimiter)).toEqual(d3Read(text, delimiter));
        }),
        { numRuns: 10000 },
      );
    },
  );
});

describe('parseCsvRows', () => {
  it('reads rows as a spreadsheet shows them', () => {
    expect(parseCsvRows('a,,b,,\r\n\r\n"x\r\ny",""\r\n\r\n\r\n', ',')).toEqual([['a', null, 'b'], [], ['x\r\ny']]);
  });

  it('tells each row’s number of cells as written, the empty ones after its last value included', () => {
    const widths: number[] = [];
    parseCsvRows('a,,b,,\r\n,,,\r\n"x\r\ny",""\r\n\r\n\r\n', ',', widths);
    expect(widths).toEqual([5, 4, 2]);
  });

  it('takes every line break outside a cell as a row’s end, CRLF or not', () => {
    expect(parseCsvRows('a,b\r\nc,d\ne,f\r\n', ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it.each([
    ['a quote inside an unquoted cell', 'a,b"c\r\n', 3],
    ['text after a closing quote', 'a,"b"c,d\r\n', 4],
    ['a quote never closed', 'a,"b\r\nc,d\r\n', 2],
  ])('refuses %s', (_, text, at) => {
    expect(misplacedQuote(text, ',')).toBe(at);
    expect(parseCsvRows(text, ',')).toBeNull();
  });
});
