import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvRows, misplacedQuote, parseCsvRows } from '../../../../functions/workbooks/csv/csv-records.ts';
import type { Cell } from '../../../../shared/workbook.ts';

// Rows as a spreadsheet shows them: empty cells null, none after a row's last value, no empty rows at the end.
function shown(rows: readonly (readonly string[])[]): Cell[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end).map((cell) => (cell === '' ? null : cell));
  });
  while (out.length > 0 && out.at(-1)?.length === 0) out.pop();
  return out;
}

const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '民', ' ', ',', '"', '\n', '\r', '\t', '=', '＝'), maxLength: 8 }),
  fc.constantFrom('', '辦理中', '115年3月', '2024/4/8 下午 3:12:45', '"引號"', 'a,b', '第一行\r\n第二行'),
);
const rows = fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 8 });

describe('the CSV writer and reader', () => {
  it.each([',', '\t'] as const)('read back what they wrote, as a spreadsheet shows it (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(rows, (records) => {
        expect(parseCsvRows(formatCsvRows(records, '\r\n', delimiter), delimiter)).toEqual(shown(records));
      }),
      { numRuns: 2000 },
    );
  });

  it('quote a cell exactly when it holds the delimiter, a quote or a line break, doubling its quotes, and end every record with CRLF', () => {
    expect(formatCsvRows([['民政課', 'a,b', 'say "hi"', '第一行\r\n第二行', '只有\n換行', null, 3, ' 空白 ', '=1+1']])).toBe(
      '民政課,"a,b","say ""hi""","第一行\r\n第二行","只有\n換行",,3, 空白 ,=1+1\r\n',
    );
    expect(formatCsvRows([['a\tb', 'c,d']], '\r\n', '\t')).toBe('"a\tb"\tc,d\r\n');
    expect(formatCsvRows([[], ['x']])).toBe('\r\nx\r\n');
  });

  it('keep line breaks inside quoted cells, whichever line ends the file uses', () => {
    expect(parseCsvRows('"第一行\r\n第二行",b\r\n"x\ny",c\n"z\rw"\r', ',')).toEqual([['第一行\r\n第二行', 'b'], ['x\ny', 'c'], ['z\rw']]);
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
    ['a quote inside an unquoted cell', 'a,b"c\r\n', ',', 3],
    ['a doubled quote inside an unquoted cell', 'a""b\r\n', ',', 1],
    ['a space before an opening quote', ' "a",b\r\n', ',', 1],
    ['text after a closing quote', 'a,"b"c,d\r\n', ',', 4],
    ['a space after a closing quote', '"a" ,b\r\n', ',', 2],
    ['text after a closing quote, tab-separated', 'a\t"b"c\r\n', '\t', 4],
    ['a quote never closed', 'a,"b\r\nc,d\r\n', ',', 2],
    ['a quote never closed at the end of the text', '"abc', ',', 0],
  ] as const)('refuses %s, saying where the quote is', (_, text, delimiter, at) => {
    expect(misplacedQuote(text, delimiter)).toBe(at);
    expect(parseCsvRows(text, delimiter)).toBeNull();
  });

  it('reads doubled quotes inside a quoted cell as one, and an empty quoted cell as empty', () => {
    expect(parseCsvRows('"a""b",c\r\n"",x\r\n', ',')).toEqual([
      ['a"b', 'c'],
      [null, 'x'],
    ]);
  });
});
