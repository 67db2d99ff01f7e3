import { memoPerObject } from './bounded-memo.ts';
import type { SubmissionColumn } from './input-columns.ts';
import { cellOf, firstNonBlank, type RawSubmission } from './submission-tabs.ts';
import { cellText } from './text.ts';
import { filledLength } from './trailing-blanks.ts';
import type { Cell } from './workbook.ts';

// "The same response delivered twice counts once": two rows are the same delivery when every
// column but 檢核結果 holds the same text for the same unit. Keeping the joined text of every row
// as a key cost about as much memory as the rows themselves, so consolidation compares the cells
// only when two hashes meet. A hash only has to keep rows apart, not prove them equal. Rows are
// first told apart by their unit, practice and 時間戳記 (deliveryHash), from what validation has
// already read: that sets apart nearly every Form answer. Only rows that share those are hashed
// cell by cell (rowHash), since reading every cell of every row again cost a 100,000-row run about 30 ms.
// A long cell (a 執行成效 of thousands of characters) is hashed by its length and its first and
// last characters, so hashing a row costs the same whatever it holds.

/** A hash of the row's unit and cells (檢核結果 aside), below 2³¹: equal rows have equal hashes. */
export function rowHash(raw: RawSubmission, unit: string): number {
  // One 32-bit state in plain numbers, no object: a collision only costs a comparison.
  let hash = unitHash(unit);
  const positions = positionsOf(raw);
  for (let column = 0; column < positions.length; column++) {
    hash = mixText(hash, cellText(firstNonBlank(raw.cells, positions[column] as readonly number[])));
  }
  return finish(hash);
}

/**
 * A hash of a row's unit, its practice (as validation reads its 具體作法) and the instant its
 * 時間戳記 text reads as (null when blank or unreadable), below 2³¹. Rows that sameRow calls the
 * same have the same text in those columns, so the same deliveryHash, as long as the practice and
 * `time` are functions of the text alone (validation.ts).
 */
export function deliveryHash(unit: string, practiceId: string, time: number | null): number {
  let hash = mixText(unitHash(unit), practiceId);
  if (time === null) return finish(hash);
  // An instant in milliseconds is an integer beyond 32 bits: its high and low words.
  hash = Math.imul(hash ^ Math.floor(time / 0x1_0000_0000), 2654435761);
  return finish(Math.imul(hash ^ (time >>> 0), 2654435761));
}

const ROW_SEED = 0x2545f491;

// What rowHash reads of a long cell: its length, and this many characters at each end.
const SAMPLE = 4;

const unitHash = (unit: string): number => closeText(mixRange(ROW_SEED, unit, 0, unit.length), 0xfffe);

function mixText(hash: number, text: string): number {
  if (text.length <= 2 * SAMPLE) return closeText(mixRange(hash, text, 0, text.length), 0xfffe);
  return closeText(mixRange(mixRange(hash, text, 0, SAMPLE), text, text.length - SAMPLE, text.length), text.length);
}

function finish(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 2246822507);
  hash = Math.imul(hash ^ (hash >>> 13), 3266489909);
  // A small integer: a map key without a heap number of its own.
  return (hash ^ (hash >>> 16)) >>> 1;
}

function mixRange(hash: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 2654435761);
  return hash;
}

// Each text closes with a separator (a long one with its length, above any UTF-16 code unit).
function closeText(hash: number, separator: number): number {
  return Math.imul(hash ^ (separator + 0x10000), 2654435761);
}

// Which row a verdict was computed for: the row's cells where they stand in the tab, every column
// named or not, but the 檢核結果 column (`except`), with trailing blanks ignored. A writer that reads
// the tab again before writing compares the row it finds with the row as read, so a row inserted,
// deleted or sorted meanwhile never gets another row's verdict (verdict-placement.ts).

/** Whether two rows hold the same cells, the column `except` aside (blank and missing cells alike). */
export function sameCells(a: readonly Cell[], b: readonly Cell[], except: number): boolean {
  if (a === b) return true;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (i !== except && a[i] !== b[i] && cellText(a[i] ?? null) !== cellText(b[i] ?? null)) return false;
  }
  return true;
}

/** A hash of a row's cells as sameCells compares them: rows it calls the same hash alike. */
export function cellsHash(cells: readonly Cell[], except: number): number {
  const end = filledLength(cells, except);
  const hash = new TextHash();
  for (let i = 0; i < end; i++) hash.mix(i === except ? '' : cellText(cells[i] ?? null));
  return hash.digest();
}

/** A 53-bit hash of texts in order, each closed by a separator (['ab', 'c'] and ['a', 'bc'] differ). */
export function textsHash(texts: readonly string[]): number {
  const hash = new TextHash();
  for (const text of texts) hash.mix(text);
  return hash.digest();
}

// Two 32-bit multiplicative hashes over the texts, each text closed by a separator, folded into
// 53 bits so the result is an exact JavaScript number.
class TextHash {
  #h1 = 0xdeadbeef;
  #h2 = 0x41c6ce57;
  /** Mixes a text, closed by a separator above any UTF-16 code unit. */
  mix(text: string): void {
    this.#range(text, 0, text.length);
    this.#h1 = Math.imul(this.#h1 ^ 0x1fffe, 2654435761);
    this.#h2 = Math.imul(this.#h2 ^ 0x1fffe, 1597334677);
  }
  #range(text: string, from: number, to: number): void {
    let h1 = this.#h1;
    let h2 = this.#h2;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.#h1 = h1;
    this.#h2 = h2;
  }
  digest(): number {
    let h1 = this.#h1;
    let h2 = this.#h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** Whether two rows are the same delivery: the same unit and the same text in every column but 檢核結果. */
export function sameRow(a: RawSubmission, aUnit: string, b: RawSubmission, bUnit: string): boolean {
  if (aUnit !== bUnit) return false;
  const columns = new Set([...columnsOf(a), ...columnsOf(b)]);
  for (const column of columns) {
    if (cellText(cellOf(a, column)) !== cellText(cellOf(b, column))) return false;
  }
  return true;
}

// The row's canonical columns but 檢核結果, in a fixed order so the hash does not depend on the
// tab's; worked out once per tab.
const columnsBySource = memoPerObject((source: RawSubmission['source']): readonly SubmissionColumn[] =>
  (Object.keys(source.header) as SubmissionColumn[]).filter((column) => column !== '檢核結果').sort(),
);

const columnsOf = (raw: RawSubmission): readonly SubmissionColumn[] => columnsBySource(raw.source);

// Where those columns stand in the tab (cellOf's positions), in the same order: rowHash reads them
// for every row. Rows of one tab share the order, so the hash need not name the columns.
const positionsBySource = memoPerObject((source: RawSubmission['source']): readonly (readonly number[])[] =>
  columnsBySource(source).map((column) => source.columns[column] ?? []),
);

const positionsOf = (raw: RawSubmission): readonly (readonly number[])[] => positionsBySource(raw.source);
