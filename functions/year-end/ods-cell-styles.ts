// The automatic styles of a year-end .ods: a cell style per row kind (its look from
// shared/row-looks.ts) and per kind of value, ROC dates and percentages in their data styles, and
// the table style that prints on the document's page.
import { ROW_KINDS, type RowKind } from '../../shared/published-document.ts';
import { alignmentOf, ROW_LOOKS } from '../../shared/row-looks.ts';
import { percentStyleXml, rocDateStyleXml } from '../odf/data-styles.ts';
import { ZH_TW_TEXT } from '../odf/font.ts';
import { alignmentXml, cellPropertiesXml, rowCellBox, textPropertiesXml } from '../odf/look.ts';
import { MASTER_PAGE } from '../odf/page.ts';

/** What a cell holds, which decides its data style and alignment. */
export type ValueKind = 'text' | 'number' | 'date' | 'percent';

const VALUE_KINDS: readonly ValueKind[] = ['text', 'number', 'date', 'percent'];
const DATA_STYLE: Readonly<Record<ValueKind, string | null>> = { text: null, number: null, date: 'N-roc', percent: 'N-pct' };

/** The table style every sheet uses. */
export const TABLE_STYLE = 'ta1';

/** The cell style of a row kind and kind of value. */
export const cellStyle = (kind: RowKind, value: ValueKind = 'text') => `ce-${kind}-${value}`;

/** The styles cellStyle and TABLE_STYLE name, for content.xml's automatic styles. */
export function odsCellStyles(): string {
  const cells = ROW_KINDS.flatMap((kind) =>
    VALUE_KINDS.map((value) => {
      const look = ROW_LOOKS[kind];
      const dataStyle = DATA_STYLE[value] ? ` style:data-style-name="${DATA_STYLE[value]}"` : '';
      const align = alignmentOf(look, value === 'number' || value === 'percent');
      return `<style:style style:name="${cellStyle(kind, value)}" style:family="table-cell" style:parent-style-name="Default"${dataStyle}>${cellPropertiesXml(rowCellBox(look))}${alignmentXml(align)}${textPropertiesXml(look, ZH_TW_TEXT)}</style:style>`;
    }),
  );
  return [
    rocDateStyleXml('N-roc'),
    percentStyleXml('N-pct', 1),
    `<style:style style:name="${TABLE_STYLE}" style:family="table" style:master-page-name="${MASTER_PAGE.spreadsheet}"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>`,
    ...cells,
  ].join('');
}
