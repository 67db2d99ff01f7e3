import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PlanDocumentError } from '../../../functions/plan-import/plan-document-error.ts';
import { readPlanDocument } from '../../../functions/plan-import/read-plan-document.ts';
import { WorkbookError } from '../../../functions/workbooks/workbook-error.ts';
import type { PlanDocument } from '../../../shared/plan-import/document.ts';
import { aCompoundFile } from './compound-file-builder.ts';
import { aFile, aFolder, paragraphLines, readAs } from './document-files.ts';
import { aDocx, para } from './docx-builder.ts';
import { anOdt, p } from './odt-builder.ts';

const aPlanDocx = () => aDocx({ body: para('一、完備基礎服務項目') });

// What a test's text reader makes of a text file: its lines as paragraphs.
const readText = (text: string, source: string, kind: 'txt' | 'md'): PlanDocument => ({
  source,
  kind,
  confidence: 'exact',
  blocks: text
    .split(/\r?\n/u)
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line })),
});

async function problemOf(name: string, bytes: Uint8Array | string): Promise<PlanDocumentError> {
  const error = await readAs(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PlanDocumentError)) throw new Error(`expected a PlanDocumentError, got ${String(error)}`);
  expect(error).toBeInstanceOf(WorkbookError);
  return error;
}

describe('readPlanDocument', () => {
  it('reads a file by what it holds, not its name: a .docx named .doc, an .odt named .docx', async () => {
    const asDoc = await readAs('計畫.doc', aPlanDocx());
    expect(asDoc.kind).toBe('docx');
    expect(paragraphLines(asDoc.blocks)).toEqual(['|一、完備基礎服務項目']);
    const asDocx = await readAs('計畫.docx', anOdt({ body: p('二、重視全程意見回饋') }));
    expect(asDocx.kind).toBe('odt');
    expect(asDocx.source.endsWith('計畫.docx')).toBe(true);
  });

  it('reads a Writer/Web document (.odt saved from LibreOffice’s HTML mode) as an .odt, rather than calling it damaged', async () => {
    const web = await readAs(
      '計畫.odt',
      anOdt({ body: p('一、完備基礎服務項目'), mediaType: 'application/vnd.oasis.opendocument.text-web' }),
    );
    expect(web.kind).toBe('odt');
    expect(paragraphLines(web.blocks)).toEqual(['|一、完備基礎服務項目']);
  });

  it('hands text files to the text reader, decoded from UTF-8, UTF-16 or Big5', async () => {
    const utf8 = await readAs('計畫.md', '一、完備基礎服務項目\n（一）建立標準作業流程\n', { readText });
    expect(utf8).toMatchObject({ kind: 'md', blocks: [{ text: '一、完備基礎服務項目' }, { text: '（一）建立標準作業流程' }] });
    const big5 = await readAs('計畫.txt', iconv.encode('萬華區公所\n', 'cp950'), { readText });
    expect(big5).toMatchObject({ kind: 'txt', blocks: [{ text: '萬華區公所' }] });
    const utf16 = await readAs('計畫.txt', new Uint8Array([0xff, 0xfe, ...iconv.encode('鳥松區公所', 'utf16le')]), { readText });
    expect(utf16.blocks).toEqual([{ kind: 'paragraph', text: '鳥松區公所' }]);
  });

  it.each([
    {
      name: 'a password-protected .docx (an encrypted package in a compound file)',
      file: '計畫.docx',
      bytes: () => aCompoundFile(['EncryptionInfo', 'EncryptedPackage']),
      problem: 'encrypted',
      says: '有密碼保護',
    },
    {
      name: 'a password-protected .odt (its manifest holds encryption data)',
      file: '計畫.odt',
      bytes: () =>
        anOdt({
          body: p('x'),
          manifestEntries:
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="120"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" manifest:salt="x"/></manifest:encryption-data></manifest:file-entry>',
        }),
      problem: 'encrypted',
      says: '取消密碼後另存',
    },
    {
      name: 'a damaged zip',
      file: '計畫.docx',
      bytes: () => aPlanDocx().subarray(0, 200),
      problem: 'corrupt',
      says: '不是有效的 .docx 檔',
    },
    {
      name: 'a zip without a document in it',
      file: '計畫.docx',
      bytes: () => zipSync({ 'readme.txt': strToU8('x') }),
      problem: 'corrupt',
      says: '另存為 .docx 或 .odt',
    },
    {
      name: 'a .docx whose document.xml is not XML',
      file: '計畫.docx',
      bytes: () => aDocx({ body: '<w:p><w:r><w:t>未結束' }),
      problem: 'corrupt',
      says: '不是有效的 .docx 檔',
    },
    { name: 'an empty file', file: '計畫.docx', bytes: () => new Uint8Array(), problem: 'empty', says: '沒有任何文字或表格' },
    {
      name: 'a document with nothing in it',
      file: '計畫.docx',
      bytes: () => aDocx({ body: para('  ') }),
      problem: 'empty',
      says: '沒有任何文字或表格',
    },
    {
      name: 'a spreadsheet',
      file: '計畫.xlsx',
      bytes: () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      problem: 'spreadsheet',
      says: 'guankao consolidate',
    },
    { name: 'an old .xls', file: '計畫.doc', bytes: () => aCompoundFile(['Workbook']), problem: 'spreadsheet', says: '是試算表' },
    {
      name: 'a picture',
      file: '計畫.png',
      bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      problem: 'unknown-kind',
      says: '不認得',
    },
  ])('refuses $name with a zh-TW message saying what to do', async ({ file, bytes, problem, says }) => {
    const error = await problemOf(file, bytes());
    expect(error.problem).toBe(problem);
    expect(error.message).toContain(says);
    expect(error.message).toContain(file);
  });

  it('says so when the file is not there', async () => {
    const error = await readPlanDocument(`${aFolder()}/沒有這個檔.docx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect((error as PlanDocumentError).problem).toBe('missing');
  });

  it('asks for LibreOffice, or for the file saved as .docx/.odt, when a .doc cannot be converted for want of it', async () => {
    const path = aFile('計畫.doc', aCompoundFile(['WordDocument', '1Table']));
    const error = await readPlanDocument(path, { soffice: `${aFolder()}/no-soffice` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect((error as PlanDocumentError).problem).toBe('needs-libreoffice');
    expect((error as Error).message).toMatch(/LibreOffice.*另存為 \.docx 或 \.odt/u);
  });
});
