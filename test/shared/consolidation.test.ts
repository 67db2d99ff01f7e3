import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Consolidated, consolidate, reportKey, type Standing } from '../../shared/consolidation.ts';
import { rowHash, sameRow } from '../../shared/row-identity.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import type { RawSubmission } from '../../shared/submission-tabs.ts';
import type { Checked, Submission } from '../../shared/validation.ts';
import type { Cell, Tab } from '../../shared/workbook.ts';
import { aTab, aWorkbook, goodForm, NOW } from '../builders.ts';

// The builders' plan: 2-1 is 民政課's and 社會課's; a report key is unit × practice × period.
const MARCH = reportKey('民政課', '2-1', '2026-M03');
const at = (day: number) => `2026/4/${day} 上午 9:15:00`;
const unitTab = (rows: readonly (readonly Cell[])[]): Tab =>
  aTab('填報-民政課', [['具體作法', '填報期間', '辦理狀態', '執行成效'], ...rows]);

/** The rows of a workbook as validation leaves them (form tab first, then `extra` tabs). */
function checkedRows(formRows: readonly (readonly Cell[])[], extra: readonly Tab[] = []): readonly Checked[] {
  const run = runConsolidation({ snapshot: aWorkbook(formRows, extra), now: NOW });
  if (!run.ok) throw new Error(run.reason);
  return run.value.checked;
}

/** The valid rows that do not count on their own, by reading order. */
const standingsOf = ({ standing }: Consolidated): Map<number, Standing> =>
  new Map(standing.flatMap((entry, order) => (entry ? [[order, entry] as const] : [])));

/** Which row counts per key, and each other valid row's standing (by reading order), as `tab!row` texts. */
function outcome(consolidated: Consolidated) {
  const where = (raw: RawSubmission) => `${raw.source.label}!${raw.row}`;
  return {
    winners: Object.fromEntries([...consolidated.winners].map(([key, submission]) => [key, where(submission.raw)])),
    standing: Object.fromEntries(
      [...standingsOf(consolidated)].map(([order, standing]) => [
        order,
        standing.kind === 'duplicate' ? `duplicate of ${where(standing.of)}` : `superseded by ${where(standing.by)}`,
      ]),
    ),
  };
}

describe('consolidate', () => {
  it('counts the latest 時間戳記 of a unit, practice and period, wherever it stands, and says the earlier is superseded by it', () => {
    const checked = checkedRows([goodForm({ 時間戳記: at(5), 執行成效: '後送' }), goodForm({ 時間戳記: at(2), 執行成效: '先送' })]);
    const consolidated = consolidate(checked);
    expect(consolidated.winners.get(MARCH)?.narrative).toBe('後送');
    expect(outcome(consolidated)).toEqual({
      winners: { [MARCH]: '表單回應 1!2' },
      standing: { 1: 'superseded by 表單回應 1!2' },
    });
  });

  it('counts each unit, practice and period on its own', () => {
    const checked = checkedRows([
      goodForm(),
      goodForm({ 填報期間: '115年4月' }),
      goodForm({ 填報單位: '社會課', 電子郵件地址: 'social@test.example.gov.tw' }),
    ]);
    const consolidated = consolidate(checked);
    const { winners } = consolidated;
    const standing = standingsOf(consolidated);
    expect([...winners.keys()].sort()).toEqual(
      [MARCH, reportKey('民政課', '2-1', '2026-M04'), reportKey('社會課', '2-1', '2026-M03')].sort(),
    );
    expect(standing.size).toBe(0);
  });

  it('counts a response delivered twice once: the first copy counts, the second is its duplicate', () => {
    const consolidated = consolidate(checkedRows([goodForm(), goodForm()]));
    const { winners } = consolidated;
    const standing = standingsOf(consolidated);
    expect(winners.get(MARCH)?.raw.row).toBe(2);
    expect(standing.get(1)).toMatchObject({ kind: 'duplicate', of: { row: 2 } });
  });

  it('tells apart two long 執行成效 that differ only in their middle: the later supersedes, neither is a duplicate', () => {
    const long = (middle: string) => `${'本月辦理說明會並檢討服務流程。'.repeat(20)}${middle}${'並於下月持續追蹤改進。'.repeat(20)}`;
    const consolidated = consolidate(checkedRows([goodForm({ 執行成效: long('參加45人次') }), goodForm({ 執行成效: long('參加46人次') })]));
    const { winners } = consolidated;
    const standing = standingsOf(consolidated);
    expect(winners.get(MARCH)?.raw.row).toBe(3);
    expect(standing.get(0)).toMatchObject({ kind: 'superseded', by: { row: 3 } });
  });

  it('counts a Form answer over a row typed into the unit’s tab for the same period, even when the tab comes later', () => {
    const consolidated = consolidate(checkedRows([goodForm()], [unitTab([['2-1', '115年3月', '已完成', '手打的']])]));
    const { winners } = consolidated;
    const standing = standingsOf(consolidated);
    expect(winners.get(MARCH)?.raw.source.label).toBe('表單回應 1');
    expect(standing.get(1)).toMatchObject({ kind: 'superseded', by: { row: 2 } });
  });

  it('counts a row typed below Form answers in their tab: it was typed after them', () => {
    const typed = goodForm({ 時間戳記: null, 執行成效: '手打的' });
    const { winners } = consolidate(checkedRows([goodForm({ 時間戳記: at(3) }), typed]));
    expect(winners.get(MARCH)?.narrative).toBe('手打的');
  });

  it('never counts an invalid row, and an invalid row supersedes nothing', () => {
    const checked = checkedRows([goodForm({ 時間戳記: at(2) }), goodForm({ 時間戳記: at(5), 辦理狀態: '快好了' })]);
    const consolidated = consolidate(checked);
    expect(consolidated.winners.get(MARCH)?.raw.row).toBe(2);
    expect(standingsOf(consolidated).size).toBe(0);
  });
});

// Rows of one practice (2-1) from two units over three months, with few distinct times and texts,
// so that keys collide, times tie, rows repeat and some have no 時間戳記; some typed in a unit tab.
const formRow = fc.record({
  unit: fc.constantFrom('民政課', '社會課'),
  month: fc.integer({ min: 1, max: 3 }),
  day: fc.option(fc.integer({ min: 1, max: 3 })),
  status: fc.constantFrom('辦理中', '已完成', '快好了'),
  text: fc.constantFrom('甲', '乙'),
});
const typedRow = fc.record({ month: fc.integer({ min: 1, max: 3 }), text: fc.constantFrom('甲', '乙') });

describe('consolidate over any rows', () => {
  it('gives the same result whatever order the rows come in: which row counts per unit, practice and period, and every other row’s standing', () => {
    fc.assert(
      fc.property(
        fc.array(formRow, { maxLength: 12 }),
        fc.array(typedRow, { maxLength: 4 }),
        fc.array(fc.double({ noNaN: true }), { minLength: 16, maxLength: 16 }),
        (form, typed, sortKeys) => {
          const checked = checkedRows(
            form.map((row) =>
              goodForm({
                時間戳記: row.day === null ? null : at(row.day),
                填報單位: row.unit,
                填報期間: `115年${row.month}月`,
                辦理狀態: row.status,
                執行成效: row.text,
              }),
            ),
            [unitTab(typed.map((row) => ['2-1', `115年${row.month}月`, '辦理中', row.text]))],
          );
          const shuffled = checked
            .map((row, i) => ({ row, key: sortKeys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
          const inOrder = consolidate(checked);
          expect(outcome(consolidate(shuffled))).toEqual(outcome(inOrder));
          // Each valid row counts or has a standing, never both.
          for (const row of checked) {
            if (!row.ok) continue;
            const counts = [...inOrder.winners.values()].includes(row);
            expect(counts).toBe(inOrder.standing[row.raw.order] === undefined);
          }
        },
      ),
    );
  });
});

// Rows repeating each other in every way consolidation could miss: the same 時間戳記 on different
// rows, none at all (typed into a unit tab, with or without 量化成果), a 時間戳記 that is a
// spreadsheet's date number in one row and its text in another, one practice named two ways.
const deliveredRow = fc.record({
  unit: fc.constantFrom('民政課', '社會課'),
  practice: fc.constantFrom('2-1 辦理民眾滿意度調查', '2-1', '1-1 檢討各項申請表單'),
  stamp: fc.constantFrom(null, at(1), at(2), 46114.385416666664, '46114.385416666664'),
  month: fc.integer({ min: 1, max: 2 }),
  text: fc.constantFrom('甲', '乙'),
});
const typedCopy = fc.record({
  month: fc.integer({ min: 1, max: 2 }),
  text: fc.constantFrom('甲', '乙'),
  quantity: fc.constantFrom(null, '3場'),
});

describe('consolidate finds repeated deliveries', () => {
  it('marks as a duplicate exactly the rows that repeat an earlier row, as comparing every row by rowHash and sameRow does', () => {
    fc.assert(
      fc.property(fc.array(deliveredRow, { maxLength: 14 }), fc.array(typedCopy, { maxLength: 6 }), (form, typed) => {
        const checked = checkedRows(
          form.map((row) =>
            goodForm({
              時間戳記: row.stamp,
              填報單位: row.unit,
              具體作法: row.practice,
              填報期間: `115年${row.month}月`,
              執行成效: row.text,
            }),
          ),
          [
            unitTab(typed.filter((row) => row.quantity === null).map((row) => ['2-1', `115年${row.month}月`, '辦理中', row.text])),
            aTab('填報-社會課', [
              ['具體作法', '填報期間', '辦理狀態', '執行成效', '量化成果'],
              ...typed.map((row) => ['2-1', `115年${row.month}月`, '辦理中', row.text, row.quantity]),
            ]),
          ],
        );
        // Each valid row against every earlier one that is no duplicate itself, in reading order.
        const expected = new Map<number, number>();
        const originals: Submission[] = [];
        for (const row of checked) {
          if (!row.ok) continue;
          const original = originals.find(
            (earlier) =>
              rowHash(earlier.raw, earlier.unit) === rowHash(row.raw, row.unit) && sameRow(earlier.raw, earlier.unit, row.raw, row.unit),
          );
          if (original) expected.set(row.raw.order, original.raw.order);
          else originals.push(row);
        }
        const found = new Map<number, number>();
        for (const [order, standing] of standingsOf(consolidate(checked)))
          if (standing.kind === 'duplicate') found.set(order, standing.of.order);
        expect(found).toEqual(expected);
      }),
    );
  });
});
