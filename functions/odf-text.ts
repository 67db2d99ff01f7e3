// Text for the XML inside year-end .ods files: escaped, with the characters XML 1.0 cannot hold
// dropped, and in a cell one <text:p> a line, runs of spaces and tabs kept as ODF spells them.

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text escaped for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A cell's text as ODF paragraphs: one `<text:p>` a line, spaces and tabs preserved. */
export function odfParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => `<text:p>${odfLine(line)}</text:p>`)
    .join('');
}

// ODF collapses white space: a run of n spaces is one space and <text:s text:c="n-1"/>; leading ones all <text:s/>.
function odfLine(line: string): string {
  return escapeXml(line)
    .replace(/\t/gu, '<text:tab/>')
    .replace(/(^ +)| {2,}/gu, (run, leading: string | undefined) => (leading ? `<text:s text:c="${run.length}"/>` : ` <text:s text:c="${run.length - 1}"/>`));
}
