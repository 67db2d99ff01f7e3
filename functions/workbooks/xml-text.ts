// Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone
// surrogates). A cell pasted from Word can carry them (a vertical tab for a soft line break); an
// .xlsx or .ods with one is a file Excel and LibreOffice refuse, so they are dropped on write.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The text without the characters an XML file cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
