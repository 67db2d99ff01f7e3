// A look described in shared/ (a row kind's, a status's) as ODF style properties: the one place
// that knows how a size, a weight, a colour, a fill, a frame and an alignment are spelled in ODF.
import type { Alignment, Rgb, RowLook } from '../../shared/row-looks.ts';

/** How text looks: its size in points, weight and colour (each inherited when absent). */
export interface TextLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly colour?: Rgb;
}

/** How a table cell looks around its text. */
export interface CellBox {
  readonly fill?: Rgb;
  readonly verticalAlign?: 'top' | 'middle';
  /** A 0.5 pt line round the cell, or only under it. */
  readonly border?: { readonly sides: 'all' | 'bottom'; readonly colour: Rgb };
  /** Space inside the cell, in cm, across and down. */
  readonly padding?: { readonly x: number; readonly y: number };
  readonly wrap?: boolean;
}

/** <style:text-properties> for the look, the same for every script; `attributes` go first (e.g. ZH_TW_TEXT). */
export function textPropertiesXml({ size, bold, colour }: TextLook, attributes = ''): string {
  const parts = attributes ? [attributes] : [];
  if (size !== undefined) parts.push(`fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt"`);
  if (bold) parts.push('fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"');
  if (colour) parts.push(`fo:color="${odfColour(colour)}"`);
  return `<style:text-properties ${parts.join(' ')}/>`;
}

/** <style:table-cell-properties> for the box. */
export function cellPropertiesXml({ fill, verticalAlign, border, padding, wrap }: CellBox): string {
  const parts: string[] = [];
  if (wrap) parts.push('fo:wrap-option="wrap"');
  if (padding)
    parts.push(
      `fo:padding-top="${padding.y}cm" fo:padding-bottom="${padding.y}cm" fo:padding-left="${padding.x}cm" fo:padding-right="${padding.x}cm"`,
    );
  if (fill) parts.push(`fo:background-color="${odfColour(fill)}"`);
  if (border) parts.push(`${border.sides === 'all' ? 'fo:border' : 'fo:border-bottom'}="0.5pt solid ${odfColour(border.colour)}"`);
  if (verticalAlign) parts.push(`style:vertical-align="${verticalAlign}"`);
  return `<style:table-cell-properties ${parts.join(' ')}/>`;
}

/** <style:paragraph-properties> aligning text, or nothing for the default (start). */
export function alignmentXml(align: Alignment | undefined): string {
  return align && align !== 'start' ? `<style:paragraph-properties fo:text-align="${align}"/>` : '';
}

/** An RRGGBB colour as ODF writes it. */
const odfColour = (rgb: Rgb): string => `#${rgb.toLowerCase()}`;

/** Space inside a document's cells, in cm, across and down. */
export const CELL_PADDING = { x: 0.1, y: 0.05 } as const;

/** The box of a document cell in a row of the look: wrapped, padded, framed in black where the look says. */
export function rowCellBox(look: RowLook): CellBox {
  return {
    wrap: true,
    padding: CELL_PADDING,
    verticalAlign: look.verticalAlign,
    ...(look.fill ? { fill: look.fill } : {}),
    ...(look.border ? { border: { sides: 'all', colour: '000000' } } : {}),
  };
}
