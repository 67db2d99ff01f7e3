// The practices of one plan table. Columns are read by their header (table-columns.ts); a blank
// or merged 實施要項 / 執行策略 continues the one above; the practice column's items form an outline
// whose leaves are the practices (outline-tree.ts), unless an 編號 column numbers each row, which is
// then one practice however many sub-items it lists. Units, deadlines and targets beside several
// practices are paired with them in order (parallel-cells.ts).
import * as msg from '../messages/domain/index.ts';
import { matchKey } from '../text.ts';
import { splitUnitMentions } from '../units.ts';
import type { DocumentCell, DocumentTable } from './document.ts';
import type { DraftPractice, ImportNote, NamingMessage } from './imported-plan.ts';
import { leadingNumber, splitInlineItems } from './outline-label.ts';
import { type OutlineLeaf, OutlineTree } from './outline-tree.ts';
import { pairMarkedUnits, pairTexts, pairUnits } from './parallel-cells.ts';
import { type ColumnRole, type TableColumns, tableColumns } from './table-columns.ts';
import { type GridRow, type GridSlot, slotParagraphs, slotText, tableGrid } from './table-grid.ts';
import { unwrapChinese } from './wrapped-text.ts';

/** What one table gave: its practices and notes, or why it is not a plan table (with its header as written). */
export type TableReading =
  | { readonly kind: 'plan'; readonly practices: readonly DraftPractice[]; readonly notes: readonly ImportNote[] }
  | { readonly kind: 'results-form' | 'other'; readonly header: readonly string[] };

/** A level of the outline a column gives (實施要項, 執行策略): its text and number. */
interface Level {
  readonly text: string;
  number: number | null;
}

/** A practice found, before its units, deadline and target are paired. */
interface Found {
  readonly leaf: OutlineLeaf | null;
  readonly row: GridRow;
  readonly measure: readonly Level[];
  readonly strategy: Level | null;
  readonly text: string;
  readonly writtenId: string | null;
}

type ParallelRole = 'units' | 'assisting' | 'deadline' | 'target';

/** A note as the table is read: about a practice found (and naming another) before the practices are made. */
interface PendingNote {
  readonly where: string;
  readonly message: string | { readonly names: Found; readonly words: NamingMessage['words'] };
  readonly found?: Found;
}

/** The practices one cell (or a blank run continuing it) speaks for. */
interface CellGroup {
  readonly cells: readonly DocumentCell[];
  readonly found: Found[];
  readonly rows: number[];
  /** The practices of the blank rows below the cell that it continues. */
  readonly filled: Found[];
}

/**
 * Reads a table; `caption` is the 實施要項 for a table without a column for it (the heading above
 * the table), `table` its number in the document.
 */
export function readPlanTable(document: DocumentTable, table: number, caption: string | null): TableReading {
  const grid = tableGrid(document);
  const columns = tableColumns(grid);
  if (!columns) return { kind: 'other', header: headerWords(grid) };
  if (columns.resultsForm) return { kind: 'results-form', header: columns.names.filter(Boolean) };
  return new TableReader(grid, columns, table, caption, document.mergesKept === true).read();
}

function headerWords(grid: readonly GridRow[]): string[] {
  const row = grid.find((candidate) => candidate.slots.filter((slot) => slotText(slot)).length > 1) ?? grid[0];
  return [...new Set((row?.slots ?? []).map(slotText).filter(Boolean))];
}

class TableReader {
  readonly #notes: PendingNote[] = [];
  readonly #found: Found[] = [];
  #measure: Level[];
  #strategy: Level | null = null;
  #tree = new OutlineTree();
  #scopeRows: GridRow[] = [];
  readonly #caption: Level | null;
  readonly #mergesKept: boolean;
  readonly grid: readonly GridRow[];
  readonly columns: TableColumns;
  readonly table: number;

  constructor(grid: readonly GridRow[], columns: TableColumns, table: number, caption: string | null, mergesKept: boolean) {
    this.grid = grid;
    this.#mergesKept = mergesKept;
    this.columns = columns;
    this.table = table;
    this.#measure = caption && this.#at('measure').length === 0 ? [{ text: caption, number: leadingNumber(caption) }] : [];
    this.#caption = this.#measure[0] ?? null;
  }

  read(): TableReading {
    this.#noteIgnoredColumns();
    const assisting = this.#at('assisting')[0];
    if (assisting !== undefined) this.#note(this.#where(), msg.importAssistingKept(this.columns.names[assisting] ?? ''));
    const idColumn = this.#at('id')[0];
    const idNumbersMeasures = idColumn !== undefined && this.#idNumbersMeasures(idColumn);
    if (idNumbersMeasures) this.#note(this.#where(), msg.importIdNumbersMeasures(this.columns.names[idColumn] ?? ''));
    const headerKey = rowKey(this.grid[this.columns.headerRow]);
    // A title row above the header (具體措施一：… over 執行策略 | 方法) names the table's 實施要項.
    for (const row of this.grid.slice(0, this.columns.headerRow)) if (isTitleRow(row)) this.#titleRow(row);
    for (const row of this.grid.slice(this.columns.headerRow + 1)) {
      if (row.repeatedHeader || rowKey(row) === headerKey || row.slots.every((slot) => !slotText(slot))) continue;
      if (isTitleRow(row)) this.#titleRow(row);
      else this.#readRow(row, idColumn, idNumbersMeasures);
    }
    this.#flush();
    numberLeadingMeasure(this.#found);
    if (this.#caption && this.#found.some((found) => found.measure[0] === this.#caption)) {
      this.#notes.unshift({ where: this.#where(), message: msg.importMeasureFromCaption(this.#caption.text) });
    }
    const practices = this.#practices();
    const practiceOf = (found: Found): DraftPractice => {
      const practice = practices.get(found);
      if (!practice) throw new Error('A note of a plan table points at no practice of it', { cause: { code: 'NOTE_PRACTICE_MISSING' } });
      return practice;
    };
    const notes = this.#notes.map(
      ({ where, message, found }): ImportNote => ({
        tab: '計畫',
        where,
        message: typeof message === 'string' ? message : { names: practiceOf(message.names), words: message.words },
        ...(found ? { practice: practiceOf(found) } : {}),
      }),
    );
    return { kind: 'plan', practices: [...practices.values()], notes };
  }

  #at(role: ColumnRole): number[] {
    return this.columns.roles.flatMap((r, index) => (r === role ? [index] : []));
  }

  #where(first?: number, last?: number): string {
    if (first === undefined) return msg.importWhereTable(this.table);
    return last === undefined || last === first ? msg.importWhereRow(this.table, first) : msg.importWhereRows(this.table, first, last);
  }

  #note(where: string, message: PendingNote['message'], found?: Found): void {
    this.#notes.push({ where, message, ...(found ? { found } : {}) });
  }

  // A row that is one cell across the table: the 實施要項 (具體措施二：…) of the rows below it.
  #titleRow(row: GridRow): void {
    const text = unwrapChinese(slotText(row.slots[0]));
    this.#flush();
    if (this.#at('measure').length > 0) {
      this.#note(this.#where(row.number), msg.importTitleRowSkipped(text));
      return;
    }
    this.#measure = [{ text, number: leadingNumber(text) }];
    this.#strategy = null;
  }

  #readRow(row: GridRow, idColumn: number | undefined, idNumbersMeasures: boolean): void {
    const measure = this.#levels(row, this.#at('measure'), this.#measure, idNumbersMeasures ? idColumn : undefined);
    const measureChanged = !sameLevels(measure, this.#measure);
    const strategyAbove = measureChanged || !this.#strategy ? [] : [this.#strategy];
    const strategy = this.#levels(row, this.#at('strategy').slice(0, 1), strategyAbove)[0] ?? null;
    if (measureChanged || strategy !== this.#strategy) this.#flush();
    this.#measure = measure;
    this.#strategy = strategy;
    const paragraphs = slotParagraphs(ownCell(row.slots[this.#at('practice')[0] ?? 0]));
    if (paragraphs.length === 0) return;
    if (idColumn !== undefined && !idNumbersMeasures) {
      // 編號 numbers the rows: the row is one practice, its sub-items lines of it.
      const writtenId = slotText(ownCell(row.slots[idColumn])) || null;
      const items = paragraphs.flatMap(splitInlineItems).map(unwrapChinese);
      const found: Found = { leaf: null, row, measure, strategy, text: items.join('\n'), writtenId };
      if (items.length > 1) this.#note(this.#where(row.number), msg.importRowKeptWhole(writtenId ?? '', items.length), found);
      this.#found.push(found);
      return;
    }
    this.#scopeRows.push(row);
    for (const paragraph of paragraphs) this.#tree.add(paragraph, row.number);
  }

  // Each depth's value: written in this row, covered by a merged cell from above, or blank and so
  // the one above. A new value on the left starts every depth to its right afresh.
  #levels(row: GridRow, positions: readonly number[], above: readonly Level[], numberColumn?: number): Level[] {
    if (positions.length === 0) return [...above];
    const levels: Level[] = [];
    let changed = false;
    positions.forEach((position, depth) => {
      const own = unwrapChinese(slotText(ownCell(row.slots[position])));
      const previous = above[depth];
      if (own && (changed || own !== previous?.text)) {
        const numbered = numberColumn === undefined ? null : leadingNumber(slotText(ownCell(row.slots[numberColumn])));
        const positional = depth === 0 ? (previous?.number ?? 0) + 1 : null;
        levels.push({ text: own, number: numbered ?? leadingNumber(own) ?? positional });
        changed = true;
      } else if (!changed && previous) {
        levels.push(previous);
      }
    });
    return levels;
  }

  #flush(): void {
    for (const leaf of this.#tree.leaves()) {
      const row = this.#scopeRows.find((candidate) => candidate.number === leaf.item.origin);
      if (row)
        this.#found.push({
          leaf,
          row,
          measure: this.#measure,
          strategy: this.#strategy,
          text: unwrapChinese(leaf.item.text),
          writtenId: null,
        });
    }
    this.#tree = new OutlineTree();
    this.#scopeRows = [];
  }

  #practices(): Map<Found, DraftPractice> {
    const paired = new Map<Found, Record<ParallelRole, string>>(
      this.#found.map((found) => [found, { units: '', assisting: '', deadline: '', target: '' }]),
    );
    const uneven: { group: CellGroup; role: ParallelRole; items: number; texts: readonly string[] }[] = [];
    const continued: { group: CellGroup; role: ParallelRole }[] = [];
    // Units the 執行單位 cell marks 協辦 (人事室(主辦)、徵集課(協辦)), for each practice.
    const marked = new Map<Found, readonly string[]>();
    for (const role of ['units', 'assisting', 'deadline', 'target'] as const) {
      for (const group of this.#cellGroups(role)) {
        const paragraphs = group.cells.flatMap((cell) => cell.paragraphs.filter((p) => p.trim()));
        const count = group.found.length;
        const units = role === 'units' ? pairMarkedUnits(paragraphs, count) : null;
        const pairing = units
          ? { ...units, texts: [] }
          : role === 'assisting'
            ? { ...pairUnits(paragraphs, count), texts: [] }
            : pairTexts(paragraphs, count);
        group.found.forEach((found, index) => {
          const entry = paired.get(found);
          if (entry) entry[role] = unwrapChinese(pairing.values[index] ?? '');
          const assisting = units?.assisting[index] ?? [];
          if (assisting.length > 0) marked.set(found, assisting.map(unwrapChinese));
        });
        if (pairing.uneven) uneven.push({ group, role, items: pairing.items, texts: pairing.texts });
        if (group.filled.length > 0) continued.push({ group, role });
      }
    }
    this.#takeMarkedAssisting(marked, paired);
    const practices = new Map(this.#found.map((found) => [found, this.#practice(found, paired.get(found))]));
    const where = (group: CellGroup) => this.#where(group.rows[0] ?? 0, group.rows.at(-1));
    // A note beside each practice a blank cell was filled for, naming the practice it was filled from.
    for (const { group, role } of continued) {
      const text = group.cells
        .flatMap((cell) => cell.paragraphs)
        .join(' ')
        .trim();
      const source = group.found[0];
      const words = (row: number, id: string) => msg.importBlankContinued(msg.importColumnWords[role], text, row, id);
      if (source) for (const found of group.filled) this.#note(this.#where(found.row.number), { names: source, words }, found);
    }
    if (this.#mergesKept) this.#noteBlanksKept(paired, marked);
    for (const { group, role, items, texts } of uneven) {
      const message =
        role === 'units' || role === 'assisting'
          ? msg.importUnitsPairedInOrder(msg.importColumnWords[role], group.found.length, items)
          : msg.importTextsNotPaired(msg.importColumnWords[role], group.found.length, texts);
      this.#note(where(group), message, group.found[0]);
    }
    return practices;
  }

  // Units marked 協辦 in the 執行單位 cell join the practice's 協辦單位 (a 協辦單位 column's too), each practice noted.
  #takeMarkedAssisting(marked: ReadonlyMap<Found, readonly string[]>, paired: Map<Found, Record<ParallelRole, string>>): void {
    for (const [found, assisting] of marked) {
      const entry = paired.get(found);
      if (!entry) continue;
      entry.assisting = [...new Set([...splitUnitMentions(entry.assisting), ...assisting])].join('、');
      const names = assisting.join('、');
      this.#note(this.#where(found.row.number), entry.units ? msg.importHelpersNotUnits(names) : msg.importOnlyHelpersNamed(names), found);
    }
  }

  // A blank 執行單位 or 完成期限 under a filled one of the same 實施要項, in a file that marks its merged
  // cells, is blank in the plan; it means every unit, or no deadline, which the coordinator confirms.
  // (A 執行單位 cell naming only 協辦 units is not blank, and has its own note.)
  #noteBlanksKept(paired: ReadonlyMap<Found, Record<ParallelRole, string>>, marked: ReadonlyMap<Found, unknown>): void {
    for (const role of ['units', 'deadline'] as const) {
      let above: { found: Found; text: string } | null = null;
      let measure: readonly Level[] = [];
      for (const found of this.#found) {
        if (!sameLevels(found.measure, measure)) above = null;
        measure = found.measure;
        const text = paired.get(found)?.[role] ?? '';
        if (role === 'units' && marked.has(found)) continue;
        if (text) above = { found, text };
        else if (above) {
          const { text: aboveText } = above;
          const words = (row: number, id: string) => msg.importBlankKept(role, aboveText, row, id);
          this.#note(this.#where(found.row.number), { names: above.found, words }, found);
        }
      }
    }
  }

  #practice(found: Found, values: Record<ParallelRole, string> | undefined): DraftPractice {
    const headings = found.leaf?.headings ?? [];
    const strategy = [found.strategy?.text ?? '', ...headings.map((heading) => unwrapChinese(heading.text))].filter(Boolean).join('\n');
    const outline = [
      ...found.measure.map((level) => level.number),
      ...(this.#at('strategy').length > 0 ? [found.strategy?.number ?? null] : []),
      ...headings.map((heading) => heading.label?.number ?? null),
      found.leaf?.number ?? null,
    ].filter((n): n is number => n !== null);
    return {
      writtenId: found.writtenId,
      outline,
      measure: found.measure.map((level) => level.text).join('\n'),
      strategy,
      text: found.text,
      units: values?.units ?? '',
      ...(values?.assisting ? { assisting: values.assisting } : {}),
      deadline: values?.deadline ?? '',
      target: values?.target ?? '',
      where: this.#where(found.row.number),
    };
  }

  // The practices each cell of a column speaks for: those of the rows it covers (a merged cell),
  // and, where the file may have lost its merges (a PDF, text), of the rows below it left blank
  // within the same 實施要項 (a merged cell flattened), 協辦單位 aside.
  #cellGroups(role: ParallelRole): CellGroup[] {
    const positions = this.#at(role);
    if (positions.length === 0) return [];
    const groups: (CellGroup & { readonly measure: string })[] = [];
    for (const found of this.#found) {
      const cells = [...new Set(positions.flatMap((position) => found.row.slots[position]?.cell ?? []))].filter((cell) =>
        cell.paragraphs.some((p) => p.trim()),
      );
      const measure = found.measure.map((level) => level.text).join('\n');
      const last = groups.at(-1);
      // A blank 協辦單位 is a practice without helpers far more often than a flattened merged cell.
      const blankContinues = role !== 'assisting' && !this.#mergesKept && !!last && last.cells.length > 0 && last.measure === measure;
      const continues = last && (cells.length > 0 ? sameCells(cells, last.cells) : blankContinues);
      if (last && continues) {
        last.found.push(found);
        if (!last.rows.includes(found.row.number)) last.rows.push(found.row.number);
        if (cells.length === 0) last.filled.push(found);
      } else {
        groups.push({ cells, found: [found], rows: [found.row.number], filled: [], measure });
      }
    }
    return groups;
  }

  #noteIgnoredColumns(): void {
    const ignored = [...new Set(this.columns.names.filter((name, index) => name && this.columns.roles[index] === null))];
    if (ignored.length > 0) this.#note(this.#where(), msg.importColumnsIgnored(ignored));
  }

  // An 項次 column filled only where a new 實施要項 starts numbers the 實施要項 (壹、貳…), not the practices.
  #idNumbersMeasures(idColumn: number): boolean {
    const measureColumn = this.#at('measure')[0];
    const practiceColumn = this.#at('practice')[0];
    if (measureColumn === undefined || practiceColumn === undefined) return false;
    const rows = this.grid.slice(this.columns.headerRow + 1).filter((row) => !row.repeatedHeader);
    const numbered = rows.filter((row) => slotText(ownCell(row.slots[idColumn])));
    const practiceRows = rows.filter((row) => slotText(ownCell(row.slots[practiceColumn])));
    return (
      numbered.length > 0 && numbered.length < practiceRows.length && numbered.every((row) => slotText(ownCell(row.slots[measureColumn])))
    );
  }
}

function isTitleRow(row: GridRow): boolean {
  const first = row.slots[0];
  return row.slots.length > 1 && !!first && row.slots.every((slot) => slot?.cell === first.cell);
}

// A cell where it begins: a merged cell is read in its first row only.
function ownCell(slot: GridSlot | null | undefined): GridSlot | null {
  return slot?.firstRow ? slot : null;
}

function rowKey(row: GridRow | undefined): string {
  return matchKey((row?.slots ?? []).map(slotText).join('\u0000'));
}

function sameLevels(a: readonly Level[], b: readonly Level[]): boolean {
  return a.length === b.length && a.every((level, index) => level === b[index]);
}

function sameCells(a: readonly DocumentCell[], b: readonly DocumentCell[]): boolean {
  return a.length === b.length && a.every((cell, index) => cell === b[index]);
}

// An unlabelled first 實施要項 before labelled ones that start at 1 (an opening 訂定計畫 row above
// 一、二、…) is numbered 0, so it does not take the 1 of the first labelled one.
function numberLeadingMeasure(found: readonly Found[]): void {
  const measures = [...new Set(found.flatMap((f) => f.measure.slice(0, 1)))];
  const [first, ...rest] = measures;
  if (first && leadingNumber(first.text) === null && rest.some((level) => leadingNumber(level.text) === 1)) first.number = 0;
}
