// What every XML part of an ODF file starts with, and text made safe for it.
import { xmlSafe } from '../workbooks/xml-text.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Text escaped for element content or a double-quoted attribute, without characters XML cannot hold. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/gu, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
