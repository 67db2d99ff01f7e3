// A cell's text in a year-end .ods: one <text:p> a line, runs of spaces and tabs kept as ODF spells
// them (ODF collapses white space), and the characters XML cannot hold dropped.
import { xmlSafe } from '../workbooks/xml-text.ts';

/** A cell's text as ODF paragraphs: one `<text:p>` a line, spaces and tabs preserved. */
export function odfParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => `<text:p>${odfLine(line)}</text:p>`)
    .join('');
}

// A run of n spaces is one space and <text:s text:c="n-1"/>; leading ones are all <text:s/>.
function odfLine(line: string): string {
  return xmlSafe(line)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\t/gu, '<text:tab/>')
    .replace(/(^ +)| {2,}/gu, (run, leading: string | undefined) => (leading ? `<text:s text:c="${run.length}"/>` : ` <text:s text:c="${run.length - 1}"/>`));
}
