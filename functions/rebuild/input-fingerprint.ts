import { createHash } from 'node:crypto';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { parsePlan } from '../../shared/plan.ts';
import { matchKey } from '../../shared/text.ts';
import { filledLength } from '../../shared/trailing-blanks.ts';
import type { UnitLookup } from '../../shared/unit-tab-names.ts';
import { verdictColumnsOf } from '../../shared/verdict-column.ts';
import type { Cell, Snapshot } from '../../shared/workbook.ts';
import { coordinatorTexts, DRAFT_TAB } from '../../shared/year-end-drafts.ts';
import { isYearEndTab } from '../../shared/year-end-names.ts';

// What a rebuild read, reduced to a hash: every tab users own, without the cells the rebuild itself
// writes (the output tabs, the year-end tabs, the submission tabs' 檢核結果 columns, and of 年度成效
// all but the coordinator's texts, so a tab the run just made reads as none). Equal
// fingerprints before and after a write mean nobody changed the input meanwhile, so the outputs
// just written are current.

const outputTabs = new Set<string>(Object.values(OUTPUT_TABS));
const isOwnTab = (name: string) => outputTabs.has(name.trim()) || isYearEndTab(name.trim());

/** What a rebuild read of one unit's own spreadsheet (單位 › 填報試算表): its tabs, or why it could not be read. */
export type UnitRead = Snapshot | Error;

/**
 * A hash of everything a round read: the workbook, and each unit's own spreadsheet by location.
 * A unit that sorts its tab or adds a row between the read and the write changes it too, so the
 * rebuild runs again and its verdicts land beside the right rows.
 */
export function roundFingerprint(snapshot: Snapshot, units: ReadonlyMap<string, UnitRead>): string {
  const hash = createHash('sha256');
  const planUnits = planUnitsOf(snapshot);
  hash.update(inputFingerprint(snapshot, false, planUnits));
  for (const location of [...units.keys()].sort()) {
    const read = units.get(location);
    hash.update(
      `\u0000${location}\u0000${read instanceof Error || read === undefined ? 'unreadable' : inputFingerprint(read, true, planUnits)}`,
    );
  }
  return hash.digest('hex');
}

/**
 * A hash of the user-owned cells of a snapshot (`unitSpreadsheet`: a unit's own); trailing blanks
 * do not count. `units`: the plan's, which tell a unit tab named 填報_民政課 (by default the main
 * workbook's own plan).
 */
export function inputFingerprint(
  snapshot: Snapshot,
  unitSpreadsheet = false,
  units = unitSpreadsheet ? undefined : planUnitsOf(snapshot),
): string {
  const hash = createHash('sha256');
  // The same mapping the writer uses: a header with a note (檢核結果（系統填寫）) is the column too.
  const verdictColumns = verdictColumnsOf(snapshot, unitSpreadsheet, units);
  // Rows are hashed in pieces of about CHUNK characters: one call per row would cost more than the
  // hashing, and one string per tab (100,000 rows) would be a second copy of the workbook.
  let pending = '';
  const add = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = '';
    }
  };
  for (const tab of snapshot.tabs) {
    if (isOwnTab(tab.name)) continue;
    if (matchKey(tab.name) === matchKey(DRAFT_TAB)) {
      const texts = coordinatorTexts(tab);
      if (texts.length > 0) add(`${TAB}${tab.name}${texts.map((text) => `${CELL}${text}`).join('')}`);
      continue;
    }
    const verdictColumn = verdictColumns.get(tab.name) ?? -1;
    add(`${TAB}${tab.name}`);
    // Empty rows count only when a filled row follows them (trailing ones are no part of the tab).
    let emptyRows = 0;
    for (const row of tab.rows) {
      const end = filledLength(row, verdictColumn);
      if (end === 0) {
        emptyRows++;
        continue;
      }
      add(ROW.repeat(emptyRows + 1));
      emptyRows = 0;
      for (let i = 0; i < end; i++) add(i === verdictColumn ? CELL : `${CELL}${typed(row[i] ?? null)}`);
    }
  }
  hash.update(pending);
  return hash.digest('hex');
}

// The units whose tabs the run reads by their names' variants: none when the plan cannot be read (nor can the run).
function planUnitsOf(snapshot: Snapshot): UnitLookup | undefined {
  const parsed = parsePlan(snapshot);
  return parsed.ok ? parsed.value.plan.units : undefined;
}

const CHUNK = 1 << 16;
const TAB = '\u0003';
const ROW = '\u0002';
const CELL = '\u0001';

// A cell with its kind, so the number 1 and the text '1' differ as a read gives them; '' and empty alike.
function typed(cell: Cell): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'string') return `s${cell}`;
  return typeof cell === 'number' ? `n${cell}` : `b${cell}`;
}
