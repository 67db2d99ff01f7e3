// Row heights in an .ods: a row holding wrapped text gets a row style with the height its lines
// need (shared/row-height.ts), and still asks to be fitted (use-optimal-row-height), so LibreOffice
// may fit it to what it measures while a reader that takes the height as written shows every line.
// In a user's table, only a row whose cell we write needs more than its style gives gets a copy of
// its style with that height; every other row, and a taller one, keeps its own. A cell whose style
// does not wrap shows each of its lines whole, as one line however long.
import { wrappedRowHeightPt } from '../../../shared/row-height.ts';
import { TAB_TEXT_SIZE } from '../../../shared/row-looks.ts';
import type { Cell } from '../../../shared/workbook.ts';
import { attribute } from './ods-table-edit.ts';

/** LibreOffice's width of a column that names no width, in pixels (0.889 in). */
export const ODS_DEFAULT_COLUMN_PX = 85.33;

const PX_PER_PT = 96 / 72;
const PT_PER_UNIT: Readonly<Record<string, number>> = { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1, pc: 12, px: 0.75 };
const STYLE = /<style:style\s[^>]*?style:family="table-(row|column|cell)"[^>]*?(?:\/>|>[\s\S]*?<\/style:style>)/gu;
const COLUMN = /<table:table-column(?=[\s/>])[^>]*>/gu;

/** The name of our row style of `heightPt` points. */
export function odsRowStyleName(heightPt: number): string {
  return `gkro-${String(round(heightPt)).replace('.', '_')}`;
}

/** Our row style of `heightPt` points (odsRowStyleName). */
export function odsRowStyleXml(heightPt: number): string {
  return `<style:style style:name="${odsRowStyleName(heightPt)}" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:row-height="${round(heightPt)}pt" style:use-optimal-row-height="true"/></style:style>`;
}

/** The row style a row styled `current` (its table:style-name) needs once it holds `value` in the column written, in a cell styled `cellStyle`, or undefined when its own will do. */
export type OdsRowFit = (current: string | undefined, value: Cell, cellStyle: string | null) => string | undefined;

/** Row styles fitting a file's rows to the cells written into them. */
export interface OdsRowFitter {
  /** Fitting the rows of `table` (a <table:table>) to what is written in its column `column` (from 0). */
  readonly forColumn: (table: string, column: number) => OdsRowFit;
  /** The row styles made so far that neither the file (a run before this one may have made them) nor `added` define. */
  readonly definitions: (added: string) => string;
}

/** A fitter for the rows of a content.xml whose part before the first table, with its automatic styles, is `head`. */
export function odsRowFitter(head: string): OdsRowFitter {
  const rows = new Map<string, { readonly xml: string; readonly heightPt: number }>();
  const columns = new Map<string, number>();
  const wrapping = new Set<string>();
  for (const [xml, family] of head.matchAll(STYLE)) {
    const name = attribute(xml, 'style:name');
    if (name === undefined) continue;
    if (family === 'row') rows.set(name, { xml, heightPt: lengthPt(attribute(xml, 'style:row-height')) ?? 0 });
    else if (family === 'cell') {
      if (attribute(xml, 'fo:wrap-option') === 'wrap') wrapping.add(name);
    } else {
      const width = lengthPt(attribute(xml, 'style:column-width'));
      if (width !== undefined) columns.set(name, width * PX_PER_PT);
    }
  }
  const made = new Map<string, string>();
  return {
    forColumn(table, column) {
      const { widthPx, cellStyle: columnCellStyle } = columnAt(table, column, columns);
      return (current, value, cellStyle) => {
        if (typeof value !== 'string') return undefined;
        const wraps = wrapping.has(cellStyle ?? columnCellStyle ?? '');
        const needed = wrappedRowHeightPt([{ text: value, widthPx: wraps ? widthPx : Number.POSITIVE_INFINITY, sizePt: TAB_TEXT_SIZE }]);
        if (needed === null) return undefined;
        if (current === undefined) {
          made.set(odsRowStyleName(needed), odsRowStyleXml(needed));
          return odsRowStyleName(needed);
        }
        // A style we cannot read (not among content.xml's own) is kept, whatever it says.
        const base = rows.get(current);
        if (base === undefined || base.heightPt >= needed) return undefined;
        const name = `gk${current}-${odsRowStyleName(needed).slice('gkro-'.length)}`;
        made.set(name, withHeight(base.xml, name, needed));
        return name;
      };
    },
    definitions(added) {
      const defined = (name: string) => head.includes(`style:name="${name}"`) || added.includes(`style:name="${name}"`);
      return [...made].flatMap(([name, xml]) => (defined(name) ? [] : [xml])).join('');
    },
  };
}

// The width of column `column` and the style of its cells that name none, as the table's
// <table:table-column> elements give them, repeats counted.
function columnAt(table: string, column: number, widths: ReadonlyMap<string, number>): { widthPx: number; cellStyle?: string } {
  const firstRow = table.search(/<table:table-row(?=[\s/>])/u);
  let at = 0;
  for (const [tag] of (firstRow < 0 ? table : table.slice(0, firstRow)).matchAll(COLUMN)) {
    at += Math.max(1, Number.parseInt(attribute(tag, 'table:number-columns-repeated') ?? '1', 10) || 1);
    if (at <= column) continue;
    const cellStyle = attribute(tag, 'table:default-cell-style-name');
    const widthPx = widths.get(attribute(tag, 'table:style-name') ?? '') ?? ODS_DEFAULT_COLUMN_PX;
    return cellStyle === undefined ? { widthPx } : { widthPx, cellStyle };
  }
  return { widthPx: ODS_DEFAULT_COLUMN_PX };
}

// The user's row style renamed, its height set and everything else it says kept. Names are as the
// XML holds them (escaped), so a name made from one needs no escaping.
function withHeight(xml: string, name: string, heightPt: number): string {
  const height = `style:row-height="${round(heightPt)}pt"`;
  const renamed = xml.replace(/style:name="[^"]*"/u, `style:name="${name}"`);
  if (/<style:table-row-properties(?=[\s/>])/u.test(renamed))
    return renamed.replace(/<style:table-row-properties(?=[\s/>])([^>]*?)(\/?)>/u, (_, attributes: string, close: string) => {
      return `<style:table-row-properties${attributes.replace(/\s+style:row-height="[^"]*"/u, '')} ${height}${close}>`;
    });
  const properties = `<style:table-row-properties ${height}/>`;
  return renamed.endsWith('/>')
    ? `${renamed.slice(0, -2)}>${properties}</style:style>`
    : renamed.replace('</style:style>', `${properties}</style:style>`);
}

function lengthPt(length: string | undefined): number | undefined {
  const match = /^\s*([\d.]+)\s*(in|cm|mm|pt|pc|px)\s*$/u.exec(length ?? '');
  if (!match) return undefined;
  const value = Number.parseFloat(match[1] ?? '');
  const unit = PT_PER_UNIT[match[2] ?? ''];
  return Number.isFinite(value) && unit !== undefined ? value * unit : undefined;
}

const round = (pt: number) => Math.round(pt * 100) / 100;
