// Text as ODF paragraphs. ODF collapses runs of spaces and drops leading ones, so spaces that would
// be lost are written as <text:s/>, tabs as <text:tab/>, and each line is its own <text:p>.
import { escapeXml } from './xml.ts';

/** Text as one <text:p> a line, its spaces and tabs kept, in paragraph style `style` when given. */
export function paragraphsXml(text: string, style?: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => paragraphXml(line, style))
    .join('');
}

/** One line as a <text:p>, its spaces and tabs kept. */
function paragraphXml(line: string, style?: string): string {
  const open = style ? `<text:p text:style-name="${escapeXml(style)}"` : '<text:p';
  if (line === '') return `${open}/>`;
  let xml = '';
  for (const match of line.matchAll(/ +|\t|[^ \t]+/gu)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    if (run === '\t') xml += '<text:tab/>';
    else if (run[0] !== ' ') xml += escapeXml(run);
    else {
      // Only a single space between two other characters survives as a literal space.
      const between = run.length === 1 && start > 0 && end < line.length && line[start - 1] !== '\t' && line[end] !== '\t';
      xml += between ? ' ' : run.length === 1 ? '<text:s/>' : `<text:s text:c="${run.length}"/>`;
    }
  }
  return `${open}>${xml}</text:p>`;
}
