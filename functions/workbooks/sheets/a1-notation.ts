// A1 ranges as the Sheets API reads them. A tab name is always quoted: unquoted names that look
// like cells (`CRM26`) are read as cell references, and names with spaces, apostrophes or CJK
// characters need quotes anyway. An apostrophe inside the name is doubled (`'Jon''s Data'`), as
// in a spreadsheet formula and as the API itself echoes such ranges.

/** The A1 range of a whole tab: its name quoted, apostrophes doubled (`'表單回應 1'`, `'It''s'`). */
export function tabRange(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}
