// What a file is, from its first bytes: the signatures of the containers plan documents come in.
import { COMPOUND_FILE_SIGNATURE } from './compound-file.ts';

/** The container a file's bytes show: a zip (.docx, .odt), an OLE compound file (.doc, encrypted .docx), RTF, PDF, a web page, text, or something else. */
export type DocumentContainer = 'zip' | 'compound' | 'rtf' | 'pdf' | 'html' | 'text' | 'binary';

const SNIFF_LENGTH = 8192;

/** The container of a file's bytes. */
export function containerOf(bytes: Uint8Array): DocumentContainer {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) return 'compound';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_LENGTH));
  // PDF readers accept the header anywhere in the first kilobyte.
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf';
  const start = head.replace(/^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)?\s*/u, '');
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/iu.test(start) || /^MIME-Version:/iu.test(start)) return 'html';
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (utf16 || !bytes.subarray(0, SNIFF_LENGTH).includes(0)) return 'text';
  return 'binary';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
