import { describe, expect, it } from 'vitest';
import { placeKeyedColumns, rowsAfterEdit } from '../../shared/keyed-columns.ts';
import * as msg from '../../shared/messages/domain/index.ts';
import type { OutputInput } from '../../shared/output-tabs.ts';
import type { Cell, Tab } from '../../shared/workbook.ts';
import { coordinatorTexts, DRAFT_TAB, yearEndTexts } from '../../shared/year-end-drafts.ts';
import { aWorkbook, goodForm } from '../builders.ts';
import { outputOf, yearInput, yearRows } from './year-end-fixture.ts';

// One run of the year-end on `tab`: what it publishes, and the tab as it is after the run writes it.
function run(input: OutputInput, tab: Tab | undefined) {
  const texts = yearEndTexts(input, tab);
  const edit = texts.change ? placeKeyedColumns(tab?.rows, texts.change) : null;
  const rows = edit ? rowsAfterEdit(tab?.rows ?? [], edit) : (tab?.rows ?? []);
  return { texts, tab: { name: DRAFT_TAB, rows } satisfies Tab };
}
const column = (tab: Tab, name: string) => (tab.rows[0] ?? []).indexOf(name);
const rowOf = (tab: Tab, id: string) => tab.rows.findIndex((row) => row[0] === id);
const cell = (tab: Tab, id: string, name: string) => tab.rows[rowOf(tab, id)]?.[column(tab, name)] ?? null;
// The coordinator types into 公告文字 (or clears another cell) between runs.
function typed(tab: Tab, id: string, name: string, value: Cell): Tab {
  const rows = tab.rows.map((row) => [...row]);
  const target = rows[rowOf(tab, id)];
  if (target) target[column(tab, name)] = value;
  return { name: tab.name, rows };
}
const laterYear = () =>
  outputOf(
    aWorkbook([
      ...yearRows,
      goodForm({
        填報單位: '社會課',
        電子郵件地址: 'social@test.example.gov.tw',
        時間戳記: '2026/6/2 上午 9:00:00',
        填報期間: '115年5月',
        執行成效: '社會課問卷回收200份',
      }),
    ]),
  );

describe('yearEndTexts', () => {
  it('makes 年度成效 on the first run, a row per practice with its draft, and publishes the drafts', () => {
    const { texts, tab } = run(yearInput(), undefined);
    expect(tab.rows[0]).toEqual(['項次', '具體作法', '狀態', '系統草稿', '公告文字', '草稿依據']);
    expect(tab.rows.map((row) => row[0])).toEqual(['項次', '1-1', '1-2', '2-1', '2-1-2']);
    expect(cell(tab, '2-1', '系統草稿')).toBe(texts.published.get('2-1'));
    expect(cell(tab, '2-1', '狀態')).toBe(msg.draftStateDraft);
    expect(texts.edited).toEqual([]);
  });

  it('publishes the coordinator’s 公告文字 where there is one and never writes over it', () => {
    const first = run(yearInput(), undefined).tab;
    const edited = typed(first, '2-1', '公告文字', '本年度辦理民眾滿意度調查，回收問卷300份。');
    const { texts, tab } = run(yearInput(), edited);
    expect(texts.published.get('2-1')).toBe('本年度辦理民眾滿意度調查，回收問卷300份。');
    expect(texts.published.get('1-2')).toBe('網站資訊已更新');
    expect(cell(tab, '2-1', '公告文字')).toBe('本年度辦理民眾滿意度調查，回收問卷300份。');
    expect(cell(tab, '2-1', '狀態')).toBe(msg.draftStateEdited);
    expect(texts.edited).toEqual(['2-1']);
  });

  it('refreshes the draft when reports change after the 公告文字 was written, and asks to check it until the text is edited again', () => {
    const edited = typed(run(yearInput(), run(yearInput(), undefined).tab).tab, '2-1', '公告文字', '問卷回收300份。');
    const recorded = run(yearInput(), edited).tab;
    const later = run(laterYear(), recorded);
    expect(later.texts.stale).toEqual(['2-1']);
    expect(cell(later.tab, '2-1', '狀態')).toBe(msg.draftStateStale);
    expect(cell(later.tab, '2-1', '系統草稿')).toContain('社會課問卷回收200份');
    expect(later.texts.published.get('2-1')).toBe('問卷回收300份。');
    // Still flagged on the next run with nothing new: the text has not been checked.
    expect(run(laterYear(), later.tab).texts.stale).toEqual(['2-1']);
    // Edited after the new draft: checked.
    const checked = run(laterYear(), typed(later.tab, '2-1', '公告文字', '問卷回收500份。'));
    expect(checked.texts.stale).toEqual([]);
    expect(cell(checked.tab, '2-1', '狀態')).toBe(msg.draftStateEdited);
    // Or left as it was, with 草稿依據 cleared to say so.
    expect(run(laterYear(), typed(later.tab, '2-1', '草稿依據', null)).texts.stale).toEqual([]);
  });

  it('does not flag a 公告文字 written after the data last changed', () => {
    const refreshed = run(laterYear(), run(yearInput(), undefined).tab).tab;
    const { texts } = run(laterYear(), typed(refreshed, '2-1', '公告文字', '問卷回收500份。'));
    expect(texts.stale).toEqual([]);
  });

  it('changes nothing on a second run over the same data', () => {
    const first = run(yearInput(), undefined).tab;
    const texts = yearEndTexts(yearInput(), first);
    const edit = texts.change && placeKeyedColumns(first.rows, texts.change);
    expect(edit).toMatchObject({ create: null, appended: [] });
    expect(edit?.columns.size).toBe(0);
  });

  it('keeps the row of a practice no longer in the plan, saying it is not published', () => {
    const first = run(yearInput(), undefined).tab;
    const withOld: Tab = { name: DRAFT_TAB, rows: [...first.rows, ['9-9', '舊作法', '', '舊草稿', '研考人員的舊文字', '']] };
    const { tab } = run(yearInput(), withOld);
    expect(tab.rows.at(-1)).toEqual(['9-9', '舊作法', msg.draftStateOrphan, '舊草稿', '研考人員的舊文字', '']);
  });

  it('publishes the drafts and says why when the tab has no 項次 column, writing nothing into it', () => {
    const broken: Tab = {
      name: DRAFT_TAB,
      rows: [
        ['編號', '公告文字'],
        ['2-1', '研考人員的文字'],
      ],
    };
    const texts = yearEndTexts(yearInput(), broken);
    expect(texts.change).toBeNull();
    expect(texts.problem).toBe(msg.draftTabUnusable(DRAFT_TAB, '項次'));
    expect(texts.published.get('2-1')).toContain('回收問卷300份');
  });

  it('gives a rebuild the coordinator’s texts alone: a tab the system just wrote reads as no tab', () => {
    const first = run(yearInput(), undefined).tab;
    expect(coordinatorTexts(first)).toEqual([]);
    expect(coordinatorTexts(typed(first, '1-2', '公告文字', '網站已更新'))).toEqual(['1-2', '網站已更新']);
  });
});
