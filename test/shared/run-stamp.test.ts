import { describe, expect, it } from 'vitest';
import { mixedOutputProblems, runStampOf, stampedTab, stampOf } from '../../shared/run-stamp.ts';
import type { Tab } from '../../shared/workbook.ts';
import { NOW } from '../builders.ts';

const OUTPUTS = ['執行成效', '管考總表', '單位摘要', '檢核錯誤'];
const A = '彙整時間：115/11/23 10:00:00';
const B = '彙整時間：115/11/23 10:05:07';
const output = (name: string, stamp: string | null): Tab => ({
  name,
  rows: [
    ['項次', '說明', ...(stamp ? [stamp] : [])],
    ['1', 'x'],
  ],
});

describe('run stamps', () => {
  it.each([
    { name: 'Taipei time, to the second', now: NOW + 7_250, zone: 'Asia/Taipei', expected: '彙整時間：115/11/23 10:00:07' },
    { name: 'the plan’s own time zone', now: NOW, zone: 'UTC', expected: '彙整時間：115/11/23 02:00:00' },
    {
      name: 'a time before a minute’s end',
      now: Date.parse('2026-12-31T23:59:59.999+08:00'),
      zone: 'Asia/Taipei',
      expected: '彙整時間：115/12/31 23:59:59',
    },
  ])('names the run by its time: $name', ({ now, zone, expected }) => {
    expect(runStampOf(now, zone)).toBe(expected);
  });

  it('puts the stamp one cell after the header’s columns, with a width, and reads it back', () => {
    const tab = stampedTab(
      {
        name: '單位摘要',
        rows: [
          ['單位', '完成率'],
          ['民政課', '50.0%'],
        ],
        layout: { widths: [100, 80], statusColumns: [] },
      },
      A,
    );
    expect(tab.rows).toEqual([
      ['單位', '完成率', A],
      ['民政課', '50.0%'],
    ]);
    expect(tab.layout?.widths).toHaveLength(3);
    expect(stampOf(tab)).toBe(A);
    expect(stampOf({ name: '單位摘要', rows: [['單位', '完成率']] })).toBeNull();
  });

  it('finds nothing to say when the output tabs come from one run, or none is stamped yet', () => {
    expect(mixedOutputProblems({ tabs: OUTPUTS.map((name) => output(name, A)) }, OUTPUTS)).toEqual([]);
    expect(mixedOutputProblems({ tabs: OUTPUTS.map((name) => output(name, null)) }, OUTPUTS)).toEqual([]);
    // A tab not there (deleted, or a first run that never finished) is not a disagreement.
    expect(mixedOutputProblems({ tabs: [output('執行成效', A), output('檢核錯誤', A)] }, OUTPUTS)).toEqual([]);
  });

  it('names each output tab another run wrote than the newest, and the newest beside it', () => {
    const tabs = [
      output('執行成效', B),
      output('管考總表', A),
      output('單位摘要', A),
      output('檢核錯誤', null),
      output('表單回應 1', null),
    ];
    const problems = mixedOutputProblems({ tabs }, OUTPUTS);
    expect(problems.map(({ source, row, column }) => ({ source, row, column }))).toEqual([
      { source: '管考總表', row: 1, column: '分頁' },
      { source: '單位摘要', row: 1, column: '分頁' },
      { source: '檢核錯誤', row: 1, column: '分頁' },
    ]);
    expect(problems[0]?.message).toContain(`此分頁是「${A}」的彙整結果，「執行成效」卻是「${B}」的`);
    expect(problems[2]?.message).toContain('此分頁是較早、未標示時間的彙整結果');
  });
});
