import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { asWritten, type ReadCsv, writeCsvColumn } from '../../../../functions/workbooks/csv/csv-column-write.ts';
import { openCsvFolder } from '../../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { formatCsvRows, parseCsvRows } from '../../../../functions/workbooks/csv/csv-records.ts';
import { type ByteSink, writeCsvRows } from '../../../../functions/workbooks/csv/csv-text.ts';
import { rowsWithColumn } from '../../../../shared/apply-changes.ts';
import type { Cell } from '../../../../shared/workbook.ts';

// A tab written back with its 檢核結果 set copies the rows it can from the text it was read from,
// or from the text's UTF-8 bytes when they are at hand: the bytes must be those of formatting every
// row again, as wide as it was written, whatever the file looked like — quotes where none were
// needed, "" for an empty cell, empty cells after the last, LF or a lone CR for a line end, blank
// lines, a last line without its end, tabs between cells, characters of one to four bytes.

const value = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '民', ' ', ',', '"', '\n', '\r', '\t', '=', '\uD83D'), maxLength: 6 }),
  fc.constantFrom('', '通過', '辦理中', '2024/4/8 下午 3:12:45', 'a,b', '"引號"', '第一行\r\n第二行', '𠀋'),
);

// A cell as a file may hold it: quoted where it must be, or also where it need not be.
const field = (delimiter: ',' | '\t') =>
  fc.record({ text: value, quoted: fc.boolean() }).map(({ text, quoted }) => {
    const needs = text.includes('"') || text.includes('\n') || text.includes('\r') || text.includes(delimiter);
    return needs || quoted ? `"${text.replaceAll('"', '""')}"` : text;
  });

const line = (delimiter: ',' | '\t') =>
  fc.record({
    fields: fc.array(field(delimiter), { maxLength: 6 }),
    trailing: fc.array(fc.constantFrom('', '""'), { maxLength: 3 }),
    end: fc.constantFrom('\r\n', '\n', '\r'),
  });

const csvText = fc.constantFrom(',' as const, '\t' as const).chain((delimiter) =>
  fc
    .record({ delimiter: fc.constant(delimiter), lines: fc.array(line(delimiter), { maxLength: 8 }), lastEnd: fc.boolean() })
    .map(({ lines, lastEnd }) => {
      const joined = lines.map(({ fields, trailing, end }) => [...fields, ...trailing].join(delimiter) + end).join('');
      return { delimiter, text: lastEnd ? joined : joined.replace(/(?:\r\n|\n|\r)$/u, '') };
    }),
);

const verdicts = fc.array(fc.option(value, { nil: undefined }), { maxLength: 10 });

/** What a write puts in a file. */
async function written(write: (file: ByteSink) => Promise<unknown>): Promise<Buffer> {
  const pieces: Buffer[] = [];
  await write({ write: async (bytes) => void pieces.push(Buffer.from(bytes)) });
  return Buffer.concat(pieces);
}

// The bytes of every row formatted again, as wide as it was written: BOM, records, CRLF.
function formattedAgain(read: ReadCsv, column: number, values: readonly (string | undefined)[]): Buffer {
  return Buffer.from(`\uFEFF${formatCsvRows(asWritten(rowsWithColumn(read.rows, column, values), read.widths))}`, 'utf8');
}

// The text as read; `fromBytes`: with its UTF-8 bytes at hand, as a file's (whose text, decoded, holds no lone surrogate).
function readCsv(text: string, delimiter: ',' | '\t', fromBytes = false): ReadCsv | null {
  const widths: number[] = [];
  const read = fromBytes ? wellFormed(text) : text;
  const rows = parseCsvRows(read, delimiter, widths);
  return rows === null ? null : { text: read, utf8: fromBytes ? Buffer.from(read, 'utf8') : null, rows, widths, delimiter };
}

// The text with each lone surrogate as U+FFFD, as decoding bytes gives it.
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

describe('a CSV tab written back with one column set', () => {
  it('writes the bytes of formatting every row again, for any text the reader reads and any column, from the text or its bytes', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.nat({ max: 8 }), verdicts, fc.boolean(), async ({ delimiter, text }, column, values, fromBytes) => {
        const read = readCsv(text, delimiter, fromBytes);
        if (read === null) return;
        const bytes = await written((file) => writeCsvColumn(file, read, column, values));
        expect(bytes.toString('hex')).toBe(formattedAgain(read, column, values).toString('hex'));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes rows as formatting them gives, for any rows', async () => {
    const cell = fc.oneof(value, fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), async (rows: Cell[][]) => {
        expect((await written((file) => writeCsvRows(file, rows))).toString('hex')).toBe(
          Buffer.from(`\uFEFF${formatCsvRows(rows)}`, 'utf8').toString('hex'),
        );
      }),
    );
  });

  it('fails when the disk could not store what it wrote, however early that was told', async () => {
    // 9 MB of rows: the disk is asked to store the first 8 MB while the rest is written.
    const rows = Array.from({ length: 9_000 }, (_, r) => [`${r}`, '長'.repeat(330)]);
    const failing: ByteSink = {
      write: async () => undefined,
      datasync: async () => {
        throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
      },
    };
    await expect(writeCsvRows(failing, rows)).rejects.toThrow('EIO');
  });

  it.each([
    { from: 'text', fromBytes: false },
    { from: 'bytes', fromBytes: true },
  ])(
    'copies a form tab’s rows from its $from with the verdict after their last cell, in place of the old one, or between cells',
    async ({ fromBytes }) => {
      const text =
        '時間戳記,填報單位,執行成效,,\r\n2024/4/8 下午 3:12:45,民政課,"辦理, 完成",,\n2024/4/9 上午 9:00:00,社會課,x,舊的,\r"a",,\r\n';
      const read = readCsv(text, ',', fromBytes) as ReadCsv;
      expect((await written((file) => writeCsvColumn(file, read, 3, ['檢核結果', '通過', '通過\n另一行', '']))).toString('utf8')).toBe(
        '\uFEFF時間戳記,填報單位,執行成效,檢核結果,\r\n2024/4/8 下午 3:12:45,民政課,"辦理, 完成",通過,\r\n2024/4/9 上午 9:00:00,社會課,x,"通過\n另一行",\r\na,,\r\n',
      );
      expect((await written((file) => writeCsvColumn(file, read, 6, ['檢核結果']))).toString('utf8')).toBe(
        '\uFEFF時間戳記,填報單位,執行成效,,,,檢核結果\r\n2024/4/8 下午 3:12:45,民政課,"辦理, 完成",,\r\n2024/4/9 上午 9:00:00,社會課,x,舊的,\r\na,,\r\n',
      );
    },
  );

  it.each([
    { from: 'text', fromBytes: false },
    { from: 'bytes', fromBytes: true },
  ])('writes records longer than its buffer, and as many as fill it many times, from its $from', async ({ fromBytes }) => {
    const long = '長'.repeat(400_000);
    const rows = Array.from({ length: 30_000 }, (_, r) => `${r},民政課,辦理說明會 ${r % 7} 場,,`).join('\r\n');
    const text = `a,b\r\n${long},"${long}"\r\n${rows}\r\n`;
    const read = readCsv(text, ',', fromBytes) as ReadCsv;
    const values = ['檢核結果', '通過', ...Array.from({ length: 30_000 }, (_, r) => (r % 3 === 0 ? '通過' : r % 3 === 1 ? '' : undefined))];
    const bytes = await written((file) => writeCsvColumn(file, read, 3, values));
    expect(bytes.equals(formattedAgain(read, 3, values))).toBe(true);
  });

  it.each([
    { file: 'with a BOM', bom: '\uFEFF' },
    { file: 'without a BOM', bom: '' },
  ])('writes a UTF-8 tab $file in a one-shot run, copying from its bytes, as a rebuild writes it from its text', async ({ bom }) => {
    const text = `${bom}填報單位,執行成效,檢核結果\r\n民政課,"第一行\n第二行 𠀋",通過\r\n社會課,"a,b",舊的\n兵役課,"""引號""",\r\n資訊室,𠀋𠀋,通過`;
    const written = async (oneShot: boolean) => {
      const dir = mkdtempSync(join(tmpdir(), 'guankao-csv-'));
      writeFileSync(join(dir, '表單回應 1.csv'), text);
      const workbook = openCsvFolder(dir, { oneShot });
      await workbook.read();
      const values = ['檢核結果', '通過', '有誤：\r\n「執行成效」', '通過', '通過（與第2列重複，僅計一次）'];
      await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 2, values }] });
      return readFileSync(join(dir, '表單回應 1.csv'));
    };
    const fromBytes = await written(true);
    expect(fromBytes.toString('hex')).toBe((await written(false)).toString('hex'));
    expect(fromBytes.toString('utf8')).toBe(
      '\uFEFF填報單位,執行成效,檢核結果\r\n民政課,"第一行\n第二行 𠀋",通過\r\n社會課,"a,b","有誤：\r\n「執行成效」"\r\n' +
        '兵役課,"""引號""",通過\r\n資訊室,𠀋𠀋,通過（與第2列重複，僅計一次）\r\n',
    );
  });

  it.each([
    { encoding: 'cp950', bytes: iconv.encode('填報單位,執行成效\n民政課,辦理,,\r社會課,"""引號"""\n', 'cp950') },
    {
      encoding: 'utf16le',
      bytes: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode('填報單位\t執行成效\n民政課\t辦理,完成\t\t\n社會課\t"甲\t乙"\n', 'utf16le'),
      ]),
    },
  ])('writes a $encoding tab back as UTF-8 with a BOM, comma-separated, CRLF', async ({ bytes }) => {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-csv-'));
    writeFileSync(join(dir, '表單回應 1.csv'), bytes);
    const workbook = openCsvFolder(dir);
    const { tabs } = await workbook.read();
    const rows = tabs[0]?.rows ?? [];
    await workbook.write({ outputs: [], verdicts: [{ tab: '表單回應 1', column: 2, values: ['檢核結果', '通過', '有誤'] }] });
    const after = readFileSync(join(dir, '表單回應 1.csv'), 'utf8');
    expect(after).toBe(
      bytes[0] === 0xff
        ? '\uFEFF填報單位,執行成效,檢核結果\r\n民政課,"辦理,完成",通過,\r\n社會課,甲\t乙,有誤\r\n'
        : '\uFEFF填報單位,執行成效,檢核結果\r\n民政課,辦理,通過,\r\n社會課,"""引號""",有誤\r\n',
    );
    expect(rows[2]).toEqual(['社會課', bytes[0] === 0xff ? '甲\t乙' : '"引號"']);
  });
});
