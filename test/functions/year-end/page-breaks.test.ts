// The published PDFs of the three example workbooks, rendered by LibreOffice and read back page by
// page: no page ends on a 實施要項 / 執行策略 heading row whose practices start on the next page, and
// every page of the 一覽表 shows the 實施要項 its rows belong to (again, with （續）, on a page that
// continues one).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../functions/rebuild/consolidate-job.ts';
import { openWorkbook } from '../../../functions/workbooks/open-workbook.ts';
import { sheetWidthsCm } from '../../../functions/year-end/odt-pages.ts';
import { fileName, yearEndDocuments } from '../../../functions/year-end/year-end-documents.ts';
import * as msg from '../../../shared/messages/functions/index.ts';
import { cellAsText, type Document } from '../../../shared/published-document.ts';
import { prepareYearEnd } from '../../../shared/year-end.ts';
import { NOW } from '../../builders.ts';
import { runCaptured } from '../cli-capture.ts';
import { hasLibreOffice, libreOfficeTitle } from './libreoffice.ts';
import { compact, type PdfLine, pdfPageLines } from './pdf-lines.ts';

const EXAMPLES = ['taipei-vac-114', 'wanhua-115', 'niaosong-113'] as const;
const PT_PER_CM = 72 / 2.54;
const LEFT_MARGIN_CM = 1.2;
const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

// The example's year-end, run on a copy (year-end writes its 年度成效 tab into the workbook).
async function yearEnd(example: string): Promise<{ out: string; documents: Document[] }> {
  const workbook = mkdtempSync(join(tmpdir(), `guankao-breaks-${example}-`));
  const out = mkdtempSync(join(tmpdir(), `guankao-breaks-out-${example}-`));
  made.push(workbook, out);
  cpSync(join('examples', example), workbook, { recursive: true });
  expect((await runCaptured(['year-end', workbook, '--out', out], {})).code).toBe(0);
  const computed = await computeConsolidation(openWorkbook(workbook), { now: () => NOW, open: (location) => openWorkbook(location) });
  if (!computed.ok) throw new Error(computed.reason);
  const { input } = prepareYearEnd(computed.value.result, computed.value.snapshot);
  // The documents printed through Writer: those without charts.
  const documents = yearEndDocuments(input)
    .map((entry) => entry.document)
    .filter((document) => document.sheets.every((sheet) => sheet.charts.length === 0));
  return { out, documents };
}

// The heading rows of a document as printed: their cells' text run together.
const headingsOf = (document: Document) =>
  new Set(
    document.sheets.flatMap((sheet) =>
      sheet.rows.filter((row) => row.kind === 'group' || row.kind === 'subgroup').map((row) => compact(row.cells.map(cellAsText).join(''))),
    ),
  );

// The heading a page ends on, if its last lines are one heading row's text and nothing else.
function endingHeading(lines: readonly PdfLine[], headings: ReadonlySet<string>): string | undefined {
  for (let k = 1; k <= Math.min(8, lines.length); k++) {
    const tail = compact(
      lines
        .slice(-k)
        .flat()
        .map((piece) => piece.text)
        .join(''),
    );
    if (headings.has(tail)) return tail;
  }
  return undefined;
}

describe(libreOfficeTitle('the published PDFs of the examples, page by page'), () => {
  it.skipIf(!hasLibreOffice).each(EXAMPLES)(
    '%s: no page ends on a heading, and each page of the 一覽表 names its 實施要項',
    { timeout: 180_000 },
    async (example) => {
      const { out, documents } = await yearEnd(example);
      let pagesRead = 0;
      for (const document of documents) {
        const pages = await pdfPageLines(join(out, `${fileName(document.name)}.pdf`));
        pagesRead += pages.length;
        const headings = headingsOf(document);
        const endings = pages.slice(0, -1).flatMap((lines, page) => {
          const heading = endingHeading(lines, headings);
          return heading ? [`${document.name} page ${page + 1}: ${heading}`] : [];
        });
        expect(endings).toEqual([]);

        const [sheet] = document.sheets;
        if (document.name !== '年度執行成效一覽表' || !sheet) continue;
        // What the 實施要項 column shows on each page, from the top.
        const widths = sheetWidthsCm(sheet);
        const from = (LEFT_MARGIN_CM + (widths[0] ?? 0)) * PT_PER_CM;
        const to = from + (widths[1] ?? 0) * PT_PER_CM;
        // Each practice's 實施要項, as its merged cell shows it, and the row that 實施要項 starts at.
        const merges = sheet.mergesDown ?? [];
        const mergeOf = new Map(
          sheet.rows.flatMap((row, index) => {
            const merge = merges.find((candidate) => candidate.from <= index && index <= candidate.to);
            return row.kind === 'body' && merge ? [[cellAsText(row.cells[0] ?? null), merge] as const] : [];
          }),
        );
        expect(mergeOf.size).toBeGreaterThan(0);
        pages.forEach((lines, page) => {
          // Below the header row (項次 · 實施要項 · …), which the title and information lines are above.
          const rows = lines.slice(
            lines.findIndex((line) => compact(line.map((piece) => piece.text).join('')).startsWith('項次實施要項')) + 1,
          );
          const ids = rows.map((line) =>
            compact(
              line
                .filter((piece) => piece.x < from)
                .map((piece) => piece.text)
                .join(''),
            ),
          );
          const merge = mergeOf.get(ids.find((id) => mergeOf.has(id)) ?? '');
          if (!merge) throw new Error(`page ${page + 1}: no practice found`);
          const heading = compact(cellAsText(sheet.rows[merge.from]?.cells[merge.column] ?? null));
          const column = compact(
            rows
              .flatMap((line) => line.filter((piece) => piece.x >= from && piece.x < to))
              .map((piece) => piece.text)
              .join(''),
          );
          // The row the 實施要項 starts at is on this page when its own cells (the 實施要項 aside) are.
          const outside = compact(
            rows
              .flatMap((line) => line.filter((piece) => piece.x < from || piece.x >= to))
              .map((piece) => piece.text)
              .join(''),
          );
          const start = compact(
            (sheet.rows[merge.from]?.cells ?? [])
              .filter((_, c) => c !== merge.column)
              .map(cellAsText)
              .join(''),
          ).slice(0, 12);
          // The page's first practice's 實施要項 heads the column, with （續） when it began on an earlier page.
          const expected = outside.includes(start) ? heading : `${heading}${msg.continuedMark}`;
          expect({ page: page + 1, column: column.slice(0, expected.length) }).toEqual({ page: page + 1, column: expected });
        });
      }
      expect(pagesRead).toBeGreaterThan(documents.length);
    },
  );
});
