// On Google Sheets, a unit's own spreadsheet (單位 › 填報試算表) that changes between a
// rebuild's read and its write. The Sheets backend writes 檢核結果 by position (one batchUpdate, no
// read before it), so the rebuild must notice the change and run again.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../functions/logger.ts';
import { rebuildUntilStable } from '../../../functions/rebuild/stable-rebuild.ts';
import { openSheetsWorkbook } from '../../../functions/workbooks/sheets/sheets-workbook.ts';
import type { Cell, Workbook } from '../../../shared/workbook.ts';
import { aTab, aWorkbook, NOW } from '../../builders.ts';
import { useSheetsFake } from '../../fakes/sheets-server.ts';

const fake = useSheetsFake({ rootUrl: 'http://sheets.unit-rebuild.test/' });
const options = { rootUrl: fake.rootUrl, retry: { sleep: async () => undefined, random: () => 0.5, now: () => 0 } };

const HEADER: Cell[] = ['具體作法', '填報期間', '辦理狀態', '執行成效'];
const GOOD: Cell[] = ['2-1', '115年3月', '辦理中', '完成問卷設計'];
const NO_NARRATIVE: Cell[] = ['2-1', '115年4月', '辦理中'];

/** A main spreadsheet whose 民政課 links its own spreadsheet holding `rows` in 填報; both ids. */
function spreadsheets(rows: readonly (readonly Cell[])[]) {
  const unit = fake.createSpreadsheet([aTab('填報', [HEADER, ...rows])]);
  const units = aTab('單位', [
    ['單位', '別名', '填報人電子郵件', '填報試算表'],
    ['秘書室', '', '', ''],
    ['民政課', '', '', unit],
    ['社會課', '', '', ''],
  ]);
  const main = fake.createSpreadsheet(aWorkbook([]).tabs.map((tab) => (tab.name === '單位' ? units : tab)));
  return { main, unit };
}

/** The main workbook, which runs `meanwhile` once just before the rebuild's first write. */
function beforeFirstWrite(id: string, meanwhile: () => void): Workbook {
  const inner = openSheetsWorkbook(id, options);
  let first = true;
  return {
    location: inner.location,
    read: () => inner.read(),
    write: async (changes) => {
      if (first) {
        first = false;
        meanwhile();
      }
      await inner.write(changes);
    },
  };
}

function rebuild(workbook: Workbook, logs: LogEntry[] = []) {
  return rebuildUntilStable({
    workbook,
    open: (location) => openSheetsWorkbook(location, options),
    now: () => NOW,
    log: (entry) => logs.push(entry),
    fields: { workbook: 'fake' },
    guard: null,
    writeCost: 0,
  });
}

const checkedRows = (id: string) =>
  fake
    .tabs(id)
    .find((tab) => tab.name === '填報')
    ?.rows.map((row) => [row[3] ?? null, row[4] ?? null]);

describe("a unit's own Google spreadsheet changed between the read and the write", () => {
  it('makes the rebuild run again, and the 檢核結果 end beside the rows they were computed for', async () => {
    const { main, unit } = spreadsheets([GOOD, NO_NARRATIVE]);
    const logs: LogEntry[] = [];
    // The unit sorts its tab (newest first) while the rebuild computes.
    const sortUnitTab = () => {
      const sheet = fake.spreadsheet(unit).sheets[0];
      if (!sheet) throw new Error('no unit tab');
      const [header = [], ...data] = sheet.cells;
      sheet.cells = [header, ...data.reverse()];
    };

    const outcome = await rebuild(beforeFirstWrite(main, sortUnitTab), logs);

    expect(outcome).toMatchObject({ kind: 'done', rounds: 2, stable: true });
    expect(logs.some((entry) => entry.event === 'rebuild.input-changed')).toBe(true);
    const [header, first, second] = checkedRows(unit) ?? [];
    expect(header).toEqual(['執行成效', '檢核結果']);
    expect(first?.[0]).toBeNull();
    expect(String(first?.[1])).toContain('執行成效');
    expect(second).toEqual(['完成問卷設計', '通過']);
  });

  it('stops after one round when nothing changed, reading the unit spreadsheet once before and once after the write', async () => {
    const { main, unit } = spreadsheets([GOOD]);
    fake.clearLog();
    expect(await rebuild(openSheetsWorkbook(main, options))).toMatchObject({ kind: 'done', rounds: 1, stable: true });
    const toUnit = fake.requests.filter((request) => request.path.includes(unit));
    expect(toUnit.map((request) => request.kind)).toEqual(['read', 'read', 'write', 'read', 'read']);
    expect(checkedRows(unit)).toEqual([
      ['執行成效', '檢核結果'],
      ['完成問卷設計', '通過'],
    ]);
  });
});
