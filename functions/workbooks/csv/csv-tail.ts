// Rows a unit (or a sync client) appended to a CSV tab while a run was replacing it: the bytes
// appended to the old file, as rows at the end of the new one (guarded-replace.ts). They are
// decoded in the old file's encoding and written as the run writes the tab (UTF-8, CRLF, the same
// quoting), whole records at a time: a record still being written waits for its end. Bytes that
// do not read as CSV are kept as they are, re-encoded: nothing appended is ever dropped.
import { dsvFormat } from 'd3-dsv';
import { pieceDecoder } from '../../text-file/text-file-decoding.ts';
import type { Carrier } from '../guarded-replace.ts';
import type { CsvFormat } from './csv-encoding.ts';
import { formatCsvRows, misplacedQuote } from './csv-records.ts';

/** A Carrier for bytes appended to a CSV tab read in `format`. */
export function carryCsvRows(format: CsvFormat): Carrier {
  const decoder = pieceDecoder(format.encoding);
  let raw = false;
  let pending = '';
  // Where the scan of `pending` stopped, and whether it stopped inside a quoted cell.
  let scanned = 0;
  let quoted = false;
  const decode = (bytes: Buffer, last: boolean) => {
    if (!raw) {
      try {
        return last ? decoder.write(bytes) + decoder.end() : decoder.write(bytes);
      } catch {
        // Not UTF-8 after all: the bytes go over as they are, never dropped (latin1 keeps bytes as they are).
        raw = true;
        pending = Buffer.from(pending, 'utf8').toString('latin1');
      }
    }
    return bytes.toString('latin1');
  };
  const rows = (text: string) => {
    if (raw) return Buffer.from(text, 'latin1');
    const records = text.replace(/^\uFEFF/u, '');
    if (misplacedQuote(records, format.delimiter) !== -1) return Buffer.from(text, 'utf8');
    return Buffer.from(formatCsvRows(dsvFormat(format.delimiter).parseRows(records)), 'utf8');
  };
  return {
    take(appended) {
      pending += decode(appended, false);
      // Up to the last line end outside a quoted cell ("" inside one toggles twice).
      let end = -1;
      for (let i = scanned; i < pending.length; i++) {
        const char = pending[i];
        if (char === '"') quoted = !quoted;
        else if (char === '\n' && !quoted) end = i + 1;
      }
      scanned = pending.length;
      if (end < 0) return Buffer.alloc(0);
      const complete = pending.slice(0, end);
      pending = pending.slice(end);
      scanned = pending.length;
      return rows(complete);
    },
    end() {
      const rest = pending + (raw ? '' : decode(Buffer.alloc(0), true));
      pending = '';
      return rest === '' ? Buffer.alloc(0) : rows(rest);
    },
  };
}
