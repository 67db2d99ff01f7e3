// Bytes appended to a CSV tab, however they arrive in pieces, reach the new file as the same rows.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CsvEncoding } from '../../../../functions/workbooks/csv/csv-encoding.ts';
import { formatCsvRows } from '../../../../functions/workbooks/csv/csv-records.ts';
import { carryCsvRows } from '../../../../functions/workbooks/csv/csv-tail.ts';

// Pieces of `bytes`, cut where `cuts` say (cuts past the end are ignored).
const pieces = (bytes: Buffer, cuts: readonly number[]) => {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...at, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : at[i - 1], end));
};

describe('rows appended while a tab is replaced', () => {
  it('arrive as the same rows, UTF-8 with CRLF, whatever pieces and encoding they come in', () => {
    const cell = fc.oneof(
      fc.constantFrom('民政課', '第一行\n第二行', '甲,乙', '"引號"', '', '辦理 3 場'),
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/u),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    const encoding = fc.constantFrom<CsvEncoding>('utf8', 'cp950', 'utf16le');
    fc.assert(
      fc.property(rows, encoding, fc.array(fc.nat(), { maxLength: 6 }), (records, enc, cuts) => {
        const text = formatCsvRows(records, enc === 'cp950' ? '\n' : '\r\n');
        const carrier = carryCsvRows({ encoding: enc, delimiter: ',' });
        const out = Buffer.concat([...pieces(iconv.encode(text, enc), cuts).map((piece) => carrier.take(piece)), carrier.end()]).toString(
          'utf8',
        );
        expect(parse(out, { relax_column_count: true, skip_empty_lines: false })).toEqual(records);
        expect(out.endsWith('\r\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('waits for a record’s end before passing it on', () => {
    const carrier = carryCsvRows({ encoding: 'utf8', delimiter: ',' });
    expect(carrier.take(Buffer.from('民政課,"第一行\n')).toString('utf8')).toBe('');
    expect(carrier.take(Buffer.from('第二行"\r\n社會課,')).toString('utf8')).toBe('民政課,"第一行\n第二行"\r\n');
    expect(carrier.end().toString('utf8')).toBe('社會課,\r\n');
  });

  it('passes on bytes that are not UTF-8 in a UTF-8 tab as they are, rather than drop them', () => {
    const carrier = carryCsvRows({ encoding: 'utf8', delimiter: ',' });
    const big5 = iconv.encode('民政課,辦理中\r\n', 'cp950');
    expect(Buffer.concat([carrier.take(big5), carrier.end()])).toEqual(big5);
  });
});
