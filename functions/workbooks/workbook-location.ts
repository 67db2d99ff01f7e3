// What a workbook location names: a Google spreadsheet (its id) or a local path. Decided here
// only, for the backends (open-workbook.ts), the functions (function-workbooks.ts), the
// configuration (config.ts: the development secret is for local workbooks only) and the
// command line, so the four can never disagree. No imports: config.ts and a cold start load it.

/**
 * The spreadsheet id a location names, or null for a local workbook. A path with a separator or a
 * workbook extension is local even if it could pass for an id; otherwise a Google Sheets URL
 * (…/spreadsheets/d/<id>) or a bare id (25 or more id characters, surrounding blanks ignored).
 * @example spreadsheetIdOf('https://docs.google.com/spreadsheets/d/1AbC…/edit') // → '1AbC…'
 */
export function spreadsheetIdOf(location: string): string | null {
  const text = location.trim();
  const isUrl = /^https?:\/\//iu.test(text);
  if (!isUrl && /[\\/]|\.(?:xlsx|ods|csv)$/iu.test(text)) return null;
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/u.exec(text);
  if (fromUrl?.[1]) return fromUrl[1];
  return /^[A-Za-z0-9_-]{25,}$/u.test(text) ? text : null;
}
