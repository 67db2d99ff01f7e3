import { mapHeader, mapHeaderAll, SUBMISSION_COLUMNS, type SubmissionColumn } from '../../shared/columns.ts';
import { isBlank } from '../../shared/text.ts';
import type { Cell } from '../../shared/workbook.ts';

/** The canonical submission column a header names (具體作法（民政課） → 具體作法), if any. */
export function canonicalColumn(title: Cell): SubmissionColumn | undefined {
  const mapped = mapHeader([title], SUBMISSION_COLUMNS);
  return (Object.keys(mapped) as SubmissionColumn[])[0];
}

/**
 * A form built by 依計畫更新表單 asks 具體作法 once per unit section, so its response tab has one
 * 具體作法 column per unit and each row fills only its unit's. Columns that mean the same canonical
 * column become one, named canonically, where the first of them stood; every other column stays as
 * it is. The merged cell is the one the functions read from the unmerged tab (shared
 * mapHeaderAll, then cellOf): the first non-blank in mapHeaderAll's order — exact headers before
 * noted ones, not header order — so a row answering in two of them is read, sent to ingest and
 * counted for 催報 as the same practice everywhere.
 */
export function coalesceColumns(header: readonly Cell[], rows: readonly (readonly Cell[])[]): { header: Cell[]; rows: Cell[][] } {
  const merged = new Map<number, { canonical: SubmissionColumn; members: readonly number[] }>();
  const dropped = new Set<number>();
  for (const [canonical, members] of Object.entries(mapHeaderAll(header, SUBMISSION_COLUMNS)) as [SubmissionColumn, number[]][]) {
    if (members.length < 2) continue;
    const first = Math.min(...members);
    merged.set(first, { canonical, members });
    for (const index of members) if (index !== first) dropped.add(index);
  }
  if (merged.size === 0) return { header: [...header], rows: rows.map((row) => [...row]) };
  const keep = header.map((_, index) => index).filter((index) => !dropped.has(index));
  const cellAt = (row: readonly Cell[], index: number): Cell => {
    const group = merged.get(index);
    if (!group) return row[index] ?? null;
    const best = group.members[0] as number;
    return group.members.map((member) => row[member] ?? null).find((cell) => !isBlank(cell)) ?? row[best] ?? null;
  };
  return {
    header: keep.map((index) => (merged.has(index) ? (merged.get(index)?.canonical ?? null) : (header[index] ?? null))),
    rows: rows.map((row) => keep.map((index) => cellAt(row, index))),
  };
}
