// An unpaired quote in a CSV tab is named at the line to fix: where it opened.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openCsvFolder } from '../../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { findQuoteProblem } from '../../../../functions/workbooks/csv/csv-quote-line.ts';

const HEADER = '時間戳記,填報單位,具體作法,填報期間,辦理狀態,執行成效';
const row = (n: number, narrative = `第 ${n} 列`) => `2026/4/${n} 上午 9:00:00,民政課,1-1,115年3月,辦理中,${narrative}`;

async function readError(files: Record<string, string | Buffer>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-quote-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const error = await openCsvFolder(dir)
    .read()
    .catch((caught: unknown) => caught);
  return error instanceof Error ? error.message : String(error);
}

const parses = (text: string) => {
  try {
    parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
    return true;
  } catch {
    return false;
  }
};

describe('an unpaired quote in a CSV tab', () => {
  it('is named at the line where it opened, not where the parser gave up', async () => {
    // Line 6 opens a quote that never closes; line 14 holds a quoted cell the parser stumbles on.
    const lines = [
      HEADER,
      row(1),
      row(2),
      row(3),
      row(4),
      row(5, '"忘了結尾的引號'),
      row(6),
      row(7),
      row(8),
      row(9),
      row(10),
      row(11),
      row(12, '"有引號的一格"'),
      row(13),
    ];
    const message = await readError({ '表單回應 1.csv': `${lines.join('\r\n')}\r\n` });
    expect(message).toMatch(/^分頁「表單回應 1」的 CSV 檔第 6 行有一個引號（"）沒有成對：/u);
    expect(message).not.toContain('約第');
  });

  it('is named at its line when it stands inside a cell, and names an encoding other than UTF-8', async () => {
    const text = `${[HEADER, row(1), row(2, '辦理 3 場"研習'), row(3)].join('\r\n')}\r\n`;
    expect(await readError({ '填報-民政課.csv': text })).toMatch(/^分頁「填報-民政課」的 CSV 檔第 3 行有一個引號（"）出現在儲存格中間：/u);
    expect(await readError({ '填報-民政課.csv': iconv.encode(text, 'cp950') })).toMatch(
      /第 3 行有一個引號（"）出現在儲存格中間（檔案編碼：Big5（CP950））/u,
    );
  });

  it('finds the line a quote opened on, whatever lies before it', async () => {
    const plain = fc.stringMatching(/^[^",\r\n]*$/u);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(plain, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        async (records, pick) => {
          const at = pick % records.length;
          const lines = records.map((cells, index) => (index === at ? `"${cells.join(',')}` : cells.join(',')));
          const text = `${lines.join('\r\n')}\r\n`;
          expect(parses(text)).toBe(false);
          expect(await findQuoteProblem([text], ',')).toEqual({ kind: 'unclosed', line: at + 1 });
        },
      ),
    );
  });

  it('finds a problem exactly where csv-parse fails, and none where it reads the text', async () => {
    // One kind of line end per file: csv-parse takes the first it meets as the record delimiter.
    const text = fc
      .tuple(fc.array(fc.constantFrom('a', '中', ',', '"', '""', 'NL'), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
      .map(([parts, end]) => parts.map((part) => (part === 'NL' ? end : part)).join(''));
    await fc.assert(
      fc.asyncProperty(text, async (csv) => {
        expect((await findQuoteProblem([csv], ',')) === null).toBe(parses(csv));
      }),
      { numRuns: 500 },
    );
  });

  it('reads text given in pieces as it reads it whole', async () => {
    const text = 'a,"b\r\n""c""",x\r\ne,"f';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await findQuoteProblem([text.slice(0, cut), text.slice(cut)], ',')).toEqual({ kind: 'unclosed', line: 3 });
    }
  });
});
