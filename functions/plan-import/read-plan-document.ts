// The one way in for import-plan: a file as the user names it → a PlanDocument. The kind is taken
// from the content first (agencies' sites serve .docx files named .doc, RTF named .doc, a .doc
// renamed .docx), the extension deciding only between text kinds and for the file that could be
// either. Every problem with the file is a PlanDocumentError with a zh-TW message.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import * as msg from '../../shared/messages/functions/index.ts';
import type { PlanDocument } from '../../shared/plan-import/document.ts';
import { decodeTextFile } from '../text-file/text-file-decoding.ts';
import { compoundFileNames } from './compound-file.ts';
import { containerOf } from './document-container.ts';
import { DOCX_PARTS, readDocxBlocks } from './docx-reader.ts';
import { type ConversionOptions, convertToOdt } from './libreoffice-conversion.ts';
import { isEncryptedOdf, ODT_MEDIA_TYPES, ODT_PARTS, readOdtBlocks } from './odt-reader.ts';
import { PlanDocumentError } from './plan-document-error.ts';

type Kind = PlanDocument['kind'];
type FileKind = Exclude<Kind, 'txt' | 'md'>;

/** What reading a plan document may use from outside. */
export interface PlanReaderOptions extends ConversionOptions {
  /** Lays out the text of a .txt / .md file (or any text file) as a PlanDocument; text files are refused without it. */
  readonly readText?: (text: string, source: string, kind: 'txt' | 'md') => PlanDocument;
}

/**
 * Reads the plan document at `path`: .docx, .odt, .doc and .rtf (through LibreOffice), .pdf (best
 * effort, confidence 'approximate'), and text files through `options.readText`.
 * @example const document = await readPlanDocument('計畫.docx'); // → { kind: 'docx', blocks: [...], confidence: 'exact' }
 */
export async function readPlanDocument(path: string, options: PlanReaderOptions = {}): Promise<PlanDocument> {
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new PlanDocumentError('empty', msg.planDocumentEmpty(path));
  const extension = extname(path).toLowerCase().slice(1);
  const named = (fallback: FileKind): FileKind => (isFileKind(extension) ? extension : fallback);
  let document: PlanDocument;
  switch (containerOf(bytes)) {
    case 'zip':
      document = readPackage(path, bytes, named('docx'));
      break;
    case 'compound':
      document = await readCompound(path, bytes, named('doc'), options);
      break;
    case 'rtf':
      document = await readConverted(path, 'rtf', options);
      break;
    case 'html':
      // Word and agencies' sites save web pages as .doc; LibreOffice opens them as documents.
      if (extension === 'doc') document = await readConverted(path, 'doc', options);
      else document = readTextFile(path, bytes, options);
      break;
    case 'pdf': {
      const { readPdf } = await import('./pdf-reader.ts');
      document = await readPdf(path, bytes);
      break;
    }
    case 'text':
      document = readTextFile(path, bytes, options);
      break;
    default:
      throw new PlanDocumentError('unknown-kind', msg.planDocumentKindUnknown(path));
  }
  if (document.blocks.length === 0) throw new PlanDocumentError('empty', msg.planDocumentEmpty(path));
  return document;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code =
      error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
        ? String((error as NodeJS.ErrnoException).code)
        : 'EIO';
    if (code === 'ENOENT') throw new PlanDocumentError('missing', msg.planDocumentMissing(path));
    throw new PlanDocumentError('unreadable', msg.planDocumentUnreadable(path, code));
  }
}

function readPackage(path: string, bytes: Uint8Array, named: FileKind): PlanDocument {
  const names: string[] = [];
  const wanted = new Set<string>([...DOCX_PARTS, ...ODT_PARTS]);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return wanted.has(file.name);
      },
    });
  } catch {
    throw new PlanDocumentError('corrupt', msg.planDocumentCorrupt(path, named === 'odt' ? 'odt' : 'docx'));
  }
  const mimetype = entries.mimetype ? new TextDecoder().decode(entries.mimetype).trim() : undefined;
  if (entries['word/document.xml']) return parsed(path, 'docx', () => readDocxBlocks(entries));
  if (mimetype !== undefined && ODT_MEDIA_TYPES.includes(mimetype)) {
    if (isEncryptedOdf(entries)) throw new PlanDocumentError('encrypted', msg.planDocumentEncrypted(path, 'odt'));
    return parsed(path, 'odt', () => readOdtBlocks(entries));
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet') || names.includes('xl/workbook.xml')) {
    throw new PlanDocumentError('spreadsheet', msg.planDocumentIsSpreadsheet(path));
  }
  // A zip that is none of these: a damaged document when it is named as one, else some other file.
  if (named === 'docx' || named === 'odt') throw new PlanDocumentError('corrupt', msg.planDocumentCorrupt(path, named));
  throw new PlanDocumentError('unknown-kind', msg.planDocumentKindUnknown(path));
}

// A part that is not well-formed XML is a damaged file, not a fault of ours.
function parsed(path: string, kind: 'docx' | 'odt', read: () => PlanDocument['blocks']): PlanDocument {
  let blocks: PlanDocument['blocks'];
  try {
    blocks = read();
  } catch (error) {
    if (error instanceof PlanDocumentError) throw error;
    throw new PlanDocumentError('corrupt', msg.planDocumentCorrupt(path, kind));
  }
  return { source: path, kind, blocks, confidence: 'exact' };
}

async function readCompound(path: string, bytes: Uint8Array, named: FileKind, options: PlanReaderOptions): Promise<PlanDocument> {
  const names = compoundFileNames(bytes);
  // Word and LibreOffice keep a password-protected .docx/.odt as an encrypted package inside a compound file.
  if (names?.includes('EncryptedPackage'))
    throw new PlanDocumentError('encrypted', msg.planDocumentEncrypted(path, named === 'odt' ? 'odt' : 'docx'));
  if (names?.some((name) => name === 'Workbook' || name === 'Book'))
    throw new PlanDocumentError('spreadsheet', msg.planDocumentIsSpreadsheet(path));
  if (names?.includes('WordDocument')) return readConverted(path, 'doc', options);
  if (names === null)
    throw new PlanDocumentError('corrupt', msg.planDocumentCorrupt(path, named === 'docx' || named === 'odt' ? named : 'doc'));
  throw new PlanDocumentError('unknown-kind', msg.planDocumentKindUnknown(path));
}

async function readConverted(path: string, kind: 'doc' | 'rtf', options: PlanReaderOptions): Promise<PlanDocument> {
  const odt = await convertToOdt(path, kind, options);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(odt, { filter: (file) => (ODT_PARTS as readonly string[]).includes(file.name) });
  } catch {
    throw new PlanDocumentError('conversion-failed', msg.planDocumentConversionFailed(path, kind, ''));
  }
  return { ...parsed(path, 'odt', () => readOdtBlocks(entries)), kind };
}

function readTextFile(path: string, bytes: Uint8Array, options: PlanReaderOptions): PlanDocument {
  const kind = /^(md|markdown)$/u.test(extname(path).toLowerCase().slice(1)) ? 'md' : 'txt';
  if (!options.readText)
    throw new Error('readPlanDocument was given a text file without a text reader', { cause: { code: 'NO_TEXT_READER' } });
  return options.readText(decodeTextFile(bytes), path, kind);
}

function isFileKind(extension: string): extension is FileKind {
  return extension === 'docx' || extension === 'odt' || extension === 'doc' || extension === 'rtf' || extension === 'pdf';
}
