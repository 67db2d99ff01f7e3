// The outline above the practices of a 計畫 tab: which 實施要項 and 執行策略 each practice sits under,
// and the 項次 generated from their numbers. Headings come two ways. In a table, the 實施要項 and
// 執行策略 columns say the level. In a plan typed or pasted as a printed outline, a heading is a row
// of its own, one cell in whichever column it landed (壹、 then 一、 in 項目, all of it in 具體作法):
// there the kinds of label say the level, as in print — a kind already open is a sibling, a new kind
// one level deeper. Only two levels have a place; a third cannot be read, and is said.
import type { PlanColumn } from './input-columns.ts';
import { outlineNumber } from './outline-number.ts';
import { type LabelKind, outlineLabel } from './plan-import/outline-label.ts';
import { cellText, isBlank, matchKey } from './text.ts';
import type { Cell, Tab } from './workbook.ts';

/** The two levels a heading may have: 實施要項 and 執行策略. */
export type HeadingLevel = 'measure' | 'strategy';

/** A heading without a level: a third level of headings, kept to be said. */
export interface ThirdLevel {
  readonly text: string;
  /** Its row in 計畫 (header = 1). */
  readonly row: number;
  /** The position of its cell in the row (0-based). */
  readonly position: number;
}

/** A heading row: its one cell, the cell's position and label, and the level its column gives. */
export interface HeadingCell {
  readonly text: string;
  readonly position: number;
  readonly kind: LabelKind | null;
  readonly column: HeadingColumn;
}

// The column a heading row's cell sits in, as far as its level goes.
type HeadingColumn = '實施要項' | '執行策略' | 'other';

interface Heading extends ThirdLevel {
  readonly kind: LabelKind | null;
  /** A row of its own (an outline) rather than a cell of a table row. */
  readonly alone: boolean;
  readonly column: HeadingColumn;
}

type PlanHeader = Partial<Record<PlanColumn, number>>;

// The labels a heading row opens with where no column says it is a heading (SPEC: 一、 壹、 （一）).
const HEADING_KINDS: ReadonlySet<LabelKind> = new Set(['capital', 'chinese', 'chineseParen']);

const labelKind = (text: string): LabelKind | null => outlineLabel(text)?.kind ?? null;

/** The outline read so far, row by row, and the 項次 it gives the practices below it. */
export class PlanOutline {
  #measure: Heading | null = null;
  #strategy: Heading | null = null;
  #measureNo = 0;
  #strategyNo = 0;
  #practiceNo = 0;
  #third: Heading | null = null;
  // Whether nothing has been read below the open 實施要項, and below the open 執行策略: a table's cell
  // right below a heading row labelled otherwise sits a level below it; once anything is read below
  // the heading, such a cell is its sibling.
  #measureEmpty = false;
  #strategyEmpty = false;
  // The label of the practice just read under the open headings: a cell alone in 具體作法 labelled alike is its sibling.
  #practiceKind: LabelKind | null = null;

  /** The 實施要項 the next practice sits under ('' before any). */
  get measure(): string {
    return this.#measure?.text ?? '';
  }

  /** The 執行策略 the next practice sits under ('' when none). */
  get strategy(): string {
    return this.#strategy?.text ?? '';
  }

  /** The third-level heading the next practice sits under, when it sits under one. */
  get third(): ThirdLevel | null {
    return this.#third;
  }

  /**
   * Row `index` of the tab as a heading row, or null when it is none. A plan pasted from a document
   * writes a 實施要項 (or 執行策略) merged across the table as a row of its own, its text in one
   * cell; a plan typed as an outline does the same in one column. Such a cell is a heading in the
   * 實施要項 or 執行策略 column, and elsewhere when it opens with 一、, 壹、 or （一） (read as the
   * plan import reads labels). In 具體作法, where it may also be a practice without 執行單位 or
   * 完成期限, only when the row below sits under it and it is no sibling of the practice just read
   * (（二） after the practice （一）). Anything else alone on a row stays what it was.
   */
  headingAt(rows: Tab['rows'], index: number, header: PlanHeader): HeadingCell | null {
    const cell = loneCell(rows[index] ?? []);
    if (!cell) return null;
    const kind = labelKind(cell.text);
    const column: HeadingColumn = cell.position === header.實施要項 ? '實施要項' : cell.position === header.執行策略 ? '執行策略' : 'other';
    const heading = { ...cell, kind, column };
    if (column !== 'other') return heading;
    if (kind === null || !HEADING_KINDS.has(kind)) return null;
    if (cell.position !== header.具體作法) return heading;
    if (kind === this.#practiceKind) return null;
    const below = itemBelow(rows, index, header);
    return below === 'unlabelled' || (below !== null && this.#nestsBelow(kind, column, below)) ? heading : null;
  }

  /** Places a heading row found by headingAt; returns the level it takes, or the third level it would be (nothing above it changes). */
  placeHeading(heading: HeadingCell, row: number): HeadingLevel | ThirdLevel {
    const placed = this.#levelOf(heading.kind, heading.column);
    const item = { text: heading.text, row, position: heading.position, kind: heading.kind, alone: true, column: heading.column };
    if (placed === 'third') return this.#setThird(item);
    if (placed === 'promote') {
      // The heading row above had no 實施要項 over it: it was the 實施要項, and this one is its 執行策略.
      this.#measure = this.#strategy;
      this.#measureNo = this.#strategyNo;
      this.#strategy = null;
      this.#strategyNo = 0;
    }
    const level = placed === 'promote' ? 'strategy' : placed;
    this.#set(level, item);
    return level;
  }

  /**
   * A 實施要項 cell of a table row: a new 實施要項 when it differs from the one open. Right below a
   * heading row of another label (壹、 alone on its row, then 一、 in this column) it leaves that
   * heading without a level: returned, to be said.
   */
  tableMeasure(text: string, row: number, position: number): ThirdLevel | null {
    if (matchKey(text) === matchKey(this.measure)) return null;
    const kind = labelKind(text);
    const open = this.#measure;
    const above = open?.alone && open.kind !== null && kind !== open.kind && this.#measureEmpty ? open : null;
    this.#set('measure', { text, row, position, kind, alone: false, column: '實施要項' });
    return above;
  }

  /**
   * A 執行策略 cell of a table row: a new 執行策略 when it differs from the one open. Right below a
   * heading row's 執行策略 of another label (壹、 and 一、 alone on their rows, then （一） in this
   * column), or labelled as such a third level just read, it is a third level: returned, and nothing
   * above it changes.
   */
  tableStrategy(text: string, row: number, position: number): ThirdLevel | null {
    if (matchKey(text) === matchKey(this.strategy)) return null;
    const third = this.#third;
    if (third && matchKey(text) === matchKey(third.text)) return null;
    const kind = labelKind(text);
    const item = { text, row, position, kind, alone: false, column: '執行策略' as const };
    if (kind !== null && third?.kind === kind) return this.#setThird(item);
    const open = this.#strategy;
    if (open?.alone && open.kind !== null && kind !== open.kind && this.#strategyEmpty) return this.#setThird(item);
    this.#set('strategy', item);
    return null;
  }

  /** The 項次 the outline gives a practice: 實施要項-執行策略-具體作法, each by its label's number or its position. */
  practiceId(text: string): string {
    this.#practiceNo = outlineNumber(text) ?? this.#practiceNo + 1;
    this.#practiceKind = labelKind(text);
    this.#measureEmpty = false;
    this.#strategyEmpty = false;
    return [this.#measureNo, ...(this.#strategy ? [this.#strategyNo] : []), this.#practiceNo].join('-');
  }

  #set(level: HeadingLevel, item: Heading): void {
    this.#third = null;
    this.#practiceKind = null;
    if (level === 'measure') {
      if (matchKey(item.text) === matchKey(this.measure)) return;
      this.#measureNo = outlineNumber(item.text) ?? this.#measureNo + 1;
      this.#measure = item;
      this.#measureEmpty = true;
      this.#strategy = null;
      this.#strategyNo = 0;
    } else {
      if (matchKey(item.text) === matchKey(this.strategy)) return;
      this.#strategyNo = outlineNumber(item.text) ?? this.#strategyNo + 1;
      this.#strategy = item;
      this.#measureEmpty = false;
      this.#strategyEmpty = true;
    }
    this.#practiceNo = 0;
  }

  #setThird(third: Heading): ThirdLevel {
    this.#third = third;
    this.#practiceKind = null;
    this.#measureEmpty = false;
    this.#strategyEmpty = false;
    return { text: third.text, row: third.row, position: third.position };
  }

  // The level of a heading row. The column says it for a cell in 執行策略, and for one without a
  // label in 實施要項. Otherwise the headings open above say it, by kind: the kind of the open
  // 實施要項 is another 實施要項 (unless the 實施要項 is in another column and this cell in 執行策略,
  // which numbers its own), that of the open 執行策略 another 執行策略, a new kind below a heading
  // row one level deeper. With no heading row above, the column, else the label: （一） is a
  // 執行策略, 一、 and 壹、 a 實施要項.
  #levelOf(kind: LabelKind | null, column: HeadingColumn): HeadingLevel | 'promote' | 'third' {
    if (kind === null) return column === '執行策略' ? 'strategy' : 'measure';
    const measure = this.#measure;
    const strategy = this.#strategy;
    if (measure?.kind === kind && (column !== '執行策略' || measure.column === '執行策略')) return 'measure';
    if (strategy?.kind === kind) return 'strategy';
    const labelledRow = (heading: Heading | null) => heading?.alone === true && heading.kind !== null;
    if (labelledRow(strategy)) return measure ? 'third' : 'promote';
    if (labelledRow(measure) && measure?.kind !== kind) return 'strategy';
    if (column !== 'other') return column === '實施要項' ? 'measure' : 'strategy';
    return kind === 'chineseParen' ? 'strategy' : 'measure';
  }

  // Whether an item labelled `next` would sit below a heading row labelled `kind` placed now:
  // whether `next` is a kind no heading then open has.
  #nestsBelow(kind: LabelKind, column: HeadingColumn, next: LabelKind): boolean {
    const placed = this.#levelOf(kind, column);
    const above: readonly (LabelKind | null | undefined)[] = {
      measure: [],
      strategy: [this.#measure?.kind],
      promote: [this.#strategy?.kind],
      third: [this.#measure?.kind, this.#strategy?.kind],
    }[placed];
    return next !== kind && !above.includes(next);
  }
}

// A row holding one cell only, with its position.
function loneCell(row: readonly Cell[]): { position: number; text: string } | null {
  let found: number | null = null;
  for (let position = 0; position < row.length; position++) {
    if (isBlank(row[position] ?? null)) continue;
    if (found !== null) return null;
    found = position;
  }
  return found === null ? null : { position: found, text: cellText(row[found] ?? null) };
}

// What the next row starts with, for a labelled cell alone in 具體作法 above it: the label of its
// one cell or of its 具體作法 ('unlabelled' for a practice with no label), or null when it says
// nothing of what is above (no row, a row with headings of its own, a lone cell without a label).
function itemBelow(rows: Tab['rows'], index: number, header: PlanHeader): LabelKind | 'unlabelled' | null {
  let next: readonly Cell[] | undefined;
  for (let at = index + 1; at < rows.length && !next; at++) {
    if (!rows[at]?.every(isBlank)) next = rows[at];
  }
  if (!next) return null;
  const cell = loneCell(next);
  if (cell) return labelKind(cell.text);
  const text = (column: PlanColumn) => {
    const position = header[column];
    return position === undefined ? '' : cellText(next[position] ?? null).trim();
  };
  if (text('實施要項') || text('執行策略') || !text('具體作法')) return null;
  return labelKind(text('具體作法')) ?? 'unlabelled';
}
