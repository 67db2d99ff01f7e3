// The readers against files LibreOffice itself writes: .odt plans made here are converted by
// soffice to .docx, .doc, .rtf and .pdf, and each is read back. Word-format files must give the
// very blocks of the .odt (labels, spans, header rows); RTF as LibreOffice writes it keeps the
// text and cells but not the header-row mark nor every list label, so only those are compared; a
// PDF gives the same text in the same cells and paragraphs, without spans (it cannot show them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanDocument } from '../../../functions/plan-import/read-plan-document.ts';
import type { DocumentBlock, DocumentTable } from '../../../shared/plan-import/document.ts';
import { importPlan } from '../../../shared/plan-import/import-plan.ts';
import { slotParagraphs, tableGrid } from '../../../shared/plan-import/table-grid.ts';
import { convertWithLibreOffice, hasLibreOffice, libreOfficeTitle } from '../year-end/libreoffice.ts';
import { paragraphLines, tablesOf } from './document-files.ts';
import { borderedNiaosongOdt, conscriptionBlanksOdt, niaosongOdt, veteransOdt, wanhuaOdt } from './plan-fixtures.ts';

const PLANS = {
  blanks: conscriptionBlanksOdt(),
  wanhua: wanhuaOdt(60),
  niaosong: niaosongOdt(8),
  veterans: veteransOdt(7),
  ruled: borderedNiaosongOdt(40, 'grid'),
  ruledAcross: borderedNiaosongOdt(40, 'across'),
} as const;
type Plan = keyof typeof PLANS;
const FORMATS = { docx: 'docx:MS Word 2007 XML', doc: 'doc:MS Word 97', rtf: 'rtf', pdf: 'pdf' } as const;

let folder = '';
beforeAll(async () => {
  if (!hasLibreOffice) return;
  folder = mkdtempSync(join(tmpdir(), 'guankao-plan-round-trip-'));
  const sources = Object.entries(PLANS).map(([name, bytes]) => {
    const path = join(folder, `${name}.odt`);
    writeFileSync(path, bytes);
    return path;
  });
  for (const format of Object.values(FORMATS)) await convertWithLibreOffice(sources, format, folder);
}, 240_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const read = async (plan: Plan, kind: 'odt' | keyof typeof FORMATS) => readPlanDocument(join(folder, `${plan}.${kind}`));

// Text and cells only: labels put in front of their text, header marks and spans left aside, white space removed.
function textOnly(blocks: readonly DocumentBlock[]): string[][] {
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? [squeeze(`${block.label ?? ''}${block.text}`)]
      : block.rows.flatMap((row) => row.cells.map((cell) => squeeze(cell.paragraphs.join('|')))),
  );
}

// Each .doc and .rtf is converted back through soffice, one start of LibreOffice per file.
describe.skipIf(!hasLibreOffice)(
  libreOfficeTitle('plans written by LibreOffice in every format read back alike'),
  { timeout: 180_000 },
  () => {
    it.each(['docx', 'doc'] as const)(
      'gives the .odt blocks exactly from the %s LibreOffice writes (labels from Word numbering, spans, header rows)',
      async (kind) => {
        for (const plan of Object.keys(PLANS) as Plan[]) {
          const original = await read(plan, 'odt');
          const converted = await read(plan, kind);
          expect(converted.kind).toBe(kind === 'doc' ? 'doc' : 'docx');
          expect(converted.blocks, `${plan}.${kind}`).toEqual(original.blocks);
        }
      },
    );

    it('gives the same text and cells from the .rtf LibreOffice writes', async () => {
      for (const plan of Object.keys(PLANS) as Plan[]) {
        const original = await read(plan, 'odt');
        const converted = await read(plan, 'rtf');
        expect(converted.kind).toBe('rtf');
        const strip = (lines: string[][]) =>
          lines.map((line) => line.map((text) => text.replace(/^[一二三四五六七八九十]+[、?]|^\([一二三四五六七八九十]+\)/u, '')));
        expect(strip(textOnly(converted.blocks)), `${plan}.rtf`).toEqual(strip(textOnly(original.blocks)));
      }
    });

    it.each(['docx', 'doc', 'rtf'] as const)(
      'keeps a merged cell merged and a blank cell blank in the %s LibreOffice writes, as in the .odt',
      async (kind) => {
        const practicesOf = async (from: 'odt' | typeof kind) => {
          const result = importPlan(await read('blanks', from));
          if (!result.ok) throw new Error(result.reason);
          return result.value.practices.map((practice) => [practice.units, practice.deadline]);
        };
        const expected = [
          ['徵集課', '115年6月底前'],
          ['徵集課', ''],
          ['', '每半年'],
        ];
        expect(await practicesOf('odt')).toEqual(expected);
        expect(await practicesOf(kind)).toEqual(expected);
      },
    );

    it('reads the PDF LibreOffice writes as approximate, with the 萬華 schedule table cell for cell over three pages (its repeated header kept once) and the outline labels in the text', async () => {
      const wanhua = await read('wanhua', 'pdf');
      expect(wanhua.confidence).toBe('approximate');
      expect(textOnly(wanhua.blocks)).toEqual(textOnly((await read('wanhua', 'odt')).blocks));
      expect(wanhua.blocks[1]?.kind === 'table' && wanhua.blocks[1].rows[0]?.repeatedHeader).toBe(true);
      const veterans = await read('veterans', 'pdf');
      expect(textOnly(veterans.blocks)).toEqual(textOnly((await read('veterans', 'odt')).blocks));
    });

    it('reads the 鳥松 table from its PDF with each sub-item and each unit a paragraph of its column', async () => {
      const columns = (blocks: readonly DocumentBlock[]) => {
        const table = blocks.find((block) => block.kind === 'table');
        if (table?.kind !== 'table') return [];
        return [0, 1, 2].map((column) =>
          table.rows.flatMap((row) => row.cells[row.cells.length - 3 + column]?.paragraphs ?? []).map((text) => text.replace(/\s+/gu, '')),
        );
      };
      const fromPdf = columns((await read('niaosong', 'pdf')).blocks);
      const fromOdt = columns((await read('niaosong', 'odt')).blocks);
      expect(fromPdf[1]).toEqual(fromOdt[1]);
      expect(fromPdf[2]).toEqual(fromOdt[2]);
    });

    it.each([
      ['with its borders drawn', 'ruled', 'borders'],
      ['ruled across only', 'ruledAcross', 'rules-across'],
    ] as const)(
      'reads the 鳥松 table printed %s as the .odt holds it: merged 執行要項, sub-items and units a paragraph each, the header repeated on each page kept once, page header and numbers left out',
      async (_, plan, rebuiltFrom) => {
        const pdf = await read(plan, 'pdf');
        const odt = await read(plan, 'odt');
        const [fromPdf] = tablesOf(pdf.blocks);
        const [fromOdt] = tablesOf(odt.blocks);
        if (!fromPdf || !fromOdt) throw new Error('no table read');
        expect(fromPdf.rebuiltFrom).toBe(rebuiltFrom);
        expect(paragraphLines(pdf.blocks)).toEqual(paragraphLines(odt.blocks).map((line) => line.replace(/ #\d+$/u, '')));
        expect(fromPdf.rows[0]).toEqual(fromOdt.rows[0]);
        // Each 執行要項 merged over its rows; a page may cut a row in two where it can only be told by its text, so the columns are compared paragraph by paragraph.
        const column = (table: DocumentTable, index: number) =>
          tableGrid(table).flatMap((row) => (row.slots[index]?.firstRow ? slotParagraphs(row.slots[index]) : []));
        for (const index of [0, 1, 2]) expect(column(fromPdf, index), `column ${index}`).toEqual(column(fromOdt, index));
        expect(fromPdf.rows[1]?.cells[0]?.rowSpan).toBe(2);
      },
    );

    it("reads a web page saved as .doc (as agencies' sites and Word's 「網頁」 save do) through LibreOffice", async () => {
      const path = join(folder, '網頁計畫.doc');
      writeFileSync(
        path,
        '<html><head><meta charset="utf-8"></head><body><p>各課室業務期程一覽表</p><table border="1"><tr><td>編號</td><td>課室</td></tr><tr><td>1</td><td>人文課</td></tr></table></body></html>',
      );
      const document = await readPlanDocument(path);
      expect(document.kind).toBe('doc');
      expect(textOnly(document.blocks)).toEqual([['各課室業務期程一覽表'], ['編號', '課室', '1', '人文課']]);
    });
  },
);
