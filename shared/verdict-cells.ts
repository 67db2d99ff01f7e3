import { cellText } from './text.ts';
import { placeVerdicts } from './verdict-placement.ts';
import type { Cell, Snapshot, VerdictColumn } from './workbook.ts';

// Whether a 檢核結果 column already says what a run would write: such a write changes nothing, so
// it is skipped — a CSV file keeps its bytes and time, and a unit's Google spreadsheet costs no
// request against the write quota.

/** True when `rows` already hold what writing `verdicts` would put in `verdicts.column` (blank cells and missing rows as ''; rows it leaves alone hold it). */
export function holdsVerdictColumn(rows: readonly (readonly Cell[])[], verdicts: VerdictColumn): boolean {
  return holdsVerdicts(rows, verdicts.column, placeVerdicts(rows, verdicts));
}

/** True when `rows` hold `placed` (placeVerdicts's answer) in `column`; undefined asks for nothing. */
export function holdsVerdicts(rows: readonly (readonly Cell[])[], column: number, placed: readonly (string | undefined)[]): boolean {
  for (let r = 0; r < placed.length; r++) {
    const value = placed[r];
    if (value !== undefined && cellText(rows[r]?.[column] ?? null) !== value) return false;
  }
  return true;
}

/** True when every verdict column is already in the snapshot (one on a tab the snapshot lacks is a change). */
export function holdsVerdictColumns(snapshot: Snapshot, verdictColumns: readonly VerdictColumn[]): boolean {
  return verdictColumns.every((verdicts) => {
    const tab = snapshot.tabs.find((candidate) => candidate.name === verdicts.tab);
    return tab !== undefined && holdsVerdictColumn(tab.rows, verdicts);
  });
}
