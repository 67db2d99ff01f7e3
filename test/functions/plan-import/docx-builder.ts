// Small .docx files written part by part, as Word lays them out: document.xml with paragraphs and
// tables, and numbering.xml / styles.xml when a test needs automatic numbering or headings.
import { strToU8, type Zippable, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"`;

/** What goes into a test .docx: the body's XML, and numbering.xml / styles.xml contents when given. */
export interface DocxParts {
  readonly body: string;
  /** The children of w:numbering (w:abstractNum … then w:num …). */
  readonly numbering?: string;
  /** The children of w:styles. */
  readonly styles?: string;
}

/** A .docx file's bytes. */
export function aDocx(parts: DocxParts): Uint8Array {
  const related = [
    ...(parts.numbering === undefined ? [] : [['numbering', 'numbering.xml']]),
    ...(parts.styles === undefined ? [] : [['styles', 'styles.xml']]),
  ];
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${related
        .map(
          ([kind, file]) =>
            `<Override PartName="/word/${file}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related
        .map(
          ([kind, file], i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${file}"/>`,
        )
        .join('')}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.numbering !== undefined)
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`,
    );
  if (parts.styles !== undefined)
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NAMESPACES}>${parts.styles}</w:styles>`,
    );
  return zipSync(files);
}

/** Escapes text for the XML. */
export const esc = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A run of text. */
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A paragraph with its properties (XML inside w:pPr) and runs (plain text becomes one run). */
export const para = (content: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content.startsWith('<') ? content : run(content)}</w:p>`;

/** w:numPr for a numbered paragraph. */
export const numbered = (numId: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** A cell: its paragraphs' XML and its properties (XML inside w:tcPr). */
export const cell = (paragraphs: string | readonly string[], tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${(typeof paragraphs === 'string' ? [paragraphs] : paragraphs).map((p) => (p.startsWith('<w:') ? p : para(p))).join('')}</w:tc>`;

/** A row of cells; `header` marks it as repeated at the top of every page. */
export const row = (cells: readonly string[], header = false) =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;

/** A table of rows. */
export const table = (rows: readonly string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;

/** An abstract numbering with levels given as [numFmt, lvlText] (start 1), and a w:num pointing at it. */
export function numberingOf(id: number, levels: readonly (readonly [string, string])[]): string {
  const lvls = levels
    .map(
      ([format, text], level) =>
        `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>`;
}

/** A w:num instance of an abstract numbering, with optional level overrides (XML). */
export const numInstance = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
