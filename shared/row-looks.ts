import type { RowKind } from './published-document.ts';

// How each kind of row of a published document looks, and an output tab's header row, as plain
// data: the .ods, the Writer document behind the PDF, the .xlsx and the Google tab each translate
// these tables into their own format, so they cannot drift apart. Sizes are points; colours RRGGBB.

/** A colour as six hexadecimal digits, RRGGBB. */
export type Rgb = string;

/** A horizontal alignment, in the writing direction (start is left in zh-TW). */
export type Alignment = 'start' | 'center' | 'end';

/** The look of one kind of row: its text, its cells' fill, alignment and frame. */
export interface RowLook {
  readonly size: number;
  readonly bold: boolean;
  readonly fill?: Rgb;
  /** Where text sits across the cell; without it text starts and numbers end (alignmentOf). */
  readonly align?: Alignment;
  readonly verticalAlign: 'top' | 'middle';
  /** A thin black line round each cell. */
  readonly border: boolean;
}

/** The look of every row kind. */
export const ROW_LOOKS: Readonly<Record<RowKind, RowLook>> = {
  title: { size: 16, bold: true, align: 'center', verticalAlign: 'middle', border: false },
  info: { size: 10, bold: false, align: 'end', verticalAlign: 'middle', border: false },
  header: { size: 11, bold: true, fill: 'D9D9D9', align: 'center', verticalAlign: 'middle', border: true },
  group: { size: 11, bold: true, fill: 'EEF3F8', verticalAlign: 'top', border: true },
  subgroup: { size: 10, bold: true, fill: 'F7F7F7', verticalAlign: 'top', border: true },
  body: { size: 10, bold: false, verticalAlign: 'top', border: true },
  total: { size: 10, bold: true, fill: 'F2F2F2', verticalAlign: 'top', border: true },
};

/** The size in points of the text of every tab we write (output tabs, and tabs of a new workbook). */
export const TAB_TEXT_SIZE = 11;

/** The header row of an output tab (執行成效, 管考總表, 單位摘要, 檢核錯誤), where a backend styles it: bold on grey, a thin line under it. */
export interface OutputHeaderLook {
  readonly bold: boolean;
  readonly fill: Rgb;
  readonly verticalAlign: 'top' | 'middle';
  readonly underline: Rgb;
}

/** The look of every output tab's header row. */
export const OUTPUT_HEADER_LOOK: OutputHeaderLook = { bold: true, fill: 'D9D9D9', verticalAlign: 'middle', underline: '808080' };

/** Where a cell's content sits across it: the row kind's alignment, else numbers (isNumericCell) at the end and text at the start. */
export function alignmentOf(look: RowLook, numeric: boolean): Alignment {
  return look.align ?? (numeric ? 'end' : 'start');
}
