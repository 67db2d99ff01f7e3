import { mapHeader, SUBMISSION_COLUMNS, type SubmissionColumn } from '../../shared/columns.ts';
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
 * column become one, named canonically and holding the row's first non-blank cell, where the first
 * of them stood; every other column stays as it is.
 */
export function coalesceColumns(header: readonly Cell[], rows: readonly (readonly Cell[])[]): { header: Cell[]; rows: Cell[][] } {
  const groups = new Map<SubmissionColumn, number[]>();
  header.forEach((title, index) => {
    const canonical = canonicalColumn(title);
    if (canonical) groups.set(canonical, [...(groups.get(canonical) ?? []), index]);
  });
  const merged = new Map<number, { canonical: SubmissionColumn; members: number[] }>();
  const dropped = new Set<number>();
  for (const [canonical, members] of groups) {
    const [first, ...rest] = members;
    if (first === undefined || rest.length === 0) continue;
    merged.set(first, { canonical, members });
    for (const index of rest) dropped.add(index);
  }
  if (merged.size === 0) return { header: [...header], rows: rows.map((row) => [...row]) };
  const keep = header.map((_, index) => index).filter((index) => !dropped.has(index));
  const cellAt = (row: readonly Cell[], index: number): Cell => {
    const group = merged.get(index);
    if (!group) return row[index] ?? null;
    return group.members.map((member) => row[member] ?? null).find((cell) => !isBlank(cell)) ?? null;
  };
  return {
    header: keep.map((index) => (merged.has(index) ? (merged.get(index)?.canonical ?? null) : (header[index] ?? null))),
    rows: rows.map((row) => keep.map((index) => cellAt(row, index))),
  };
}
