import { describe, expect, it } from 'vitest';
import { layOutPdfPages, type PdfTextPiece } from '../../../functions/plan-import/pdf-layout.ts';
import { PlanDocumentError } from '../../../functions/plan-import/plan-document-error.ts';
import { readAs } from './document-files.ts';

// A one-page PDF without any text (as a scan is, its page an image), with an optional trailer addition.
function aPdfWithoutText(trailer = '', objects = ''): string {
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    objects,
    `trailer << /Size 5 /Root 1 0 R ${trailer} >>`,
    '%%EOF',
  ].join('\n');
}

async function problemOf(bytes: string): Promise<PlanDocumentError> {
  const error = await readAs('計畫.pdf', bytes).catch((e: unknown) => e);
  if (!(error instanceof PlanDocumentError)) throw new Error(`expected a PlanDocumentError, got ${String(error)}`);
  return error;
}

describe('reading a .pdf plan', () => {
  it('says a PDF without text needs OCR, or the original document', async () => {
    const error = await problemOf(aPdfWithoutText());
    expect(error.problem).toBe('needs-ocr');
    expect(error.message).toContain('共 1 頁都沒有文字');
    expect(error.message).toContain('OCR');
  });

  it('says a password-protected PDF must be opened and saved without its password', async () => {
    const hex32 = 'ab'.repeat(32);
    const encrypted = aPdfWithoutText(
      `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
      `4 0 obj << /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >> endobj`,
    );
    const error = await problemOf(encrypted);
    expect(error.problem).toBe('encrypted');
    expect(error.message).toContain('PDF 閱讀程式');
  });

  it('says a damaged PDF is damaged and to download it again', async () => {
    const error = await problemOf('%PDF-1.4\n這不是 PDF 的內容');
    expect(error.problem).toBe('corrupt');
    expect(error.message).toContain('請重新下載');
  });
});

describe('laying out the text of PDF pages', () => {
  const piece = (text: string, x: number, y: number, size = 12): PdfTextPiece => ({ text, x, y, width: [...text].length * size, size });

  it('joins wrapped lines into paragraphs, starts one at each outline label or short line, and drops page numbers', () => {
    const page = [
      piece('一、完備基礎服務項目，注重服務特性差異化，各組、室應依業務範圍建立標準作業', 60, 800),
      piece('流程。', 60, 785),
      piece('(一)強化同仁各項服務品質', 60, 770),
      piece('參、實施對象：全體員工。', 60, 740),
      piece('第 1 頁', 280, 40),
    ];
    expect(layOutPdfPages([{ width: 595, pieces: page }])).toEqual([
      { kind: 'paragraph', text: '一、完備基礎服務項目，注重服務特性差異化，各組、室應依業務範圍建立標準作業流程。' },
      { kind: 'paragraph', text: '(一)強化同仁各項服務品質' },
      { kind: 'paragraph', text: '參、實施對象：全體員工。' },
    ]);
  });

  it('finds a table without rules from the columns its text keeps, its rows where every column leaves a gap, and says it was rebuilt from text positions', () => {
    const row = (y: number, cells: readonly string[]) => cells.map((text, i) => piece(text, 60 + 120 * i, y)).filter((p) => p.text !== '');
    const page = [
      ...row(800, ['執行要項', '執行重點', '執行課室']),
      ...row(785, ['一、完備基礎', '1. 訂定流程', '各課室']),
      ...row(770, ['', '(1)申辦表單', '秘書室']),
      ...row(755, ['二、重視回饋', '1. 滿意度調查', '秘書室']),
    ];
    expect(layOutPdfPages([{ width: 595, pieces: page }])).toEqual([
      {
        kind: 'table',
        rebuiltFrom: 'text-positions',
        rows: [
          { cells: ['執行要項', '執行重點', '執行課室'].map((t) => ({ paragraphs: [t], rowSpan: 1, colSpan: 1 })) },
          {
            cells: [['一、完備基礎'], ['1. 訂定流程', '(1)申辦表單'], ['各課室', '秘書室']].map((paragraphs) => ({
              paragraphs,
              rowSpan: 1,
              colSpan: 1,
            })),
          },
          { cells: ['二、重視回饋', '1. 滿意度調查', '秘書室'].map((t) => ({ paragraphs: [t], rowSpan: 1, colSpan: 1 })) },
        ],
      },
    ]);
  });
});
