// Small, real-shaped workbooks for tests: defaults that pass, overridden where a test cares.
import { SUBMISSION_COLUMNS, type SubmissionColumn } from '../shared/input-columns.ts';
import type { Cell, KeyedColumns, Snapshot, Tab } from '../shared/workbook.ts';

/** A tab from rows of cells. */
export const aTab = (name: string, rows: readonly (readonly Cell[])[]): Tab => ({ name, rows });

/** 設定 for a 115 monthly plan unless overridden. */
export const settingsTab = (overrides: Record<string, string> = {}): Tab =>
  aTab('設定', [
    ['項目', '內容'],
    ...Object.entries({
      機關名稱: '臺北市測試區公所',
      計畫名稱: '115年度提升服務品質執行計畫',
      計畫年度: '115',
      填報週期: '月',
      填報截止日: '5',
      時區: 'Asia/Taipei',
      ...overrides,
    }),
  ]);

export const unitsTab = (): Tab =>
  aTab('單位', [
    ['單位', '別名', '填報人電子郵件', '填報試算表'],
    ['秘書室', '秘書', 'sec@test.example.gov.tw', ''],
    ['民政課', '民政、民政股', 'civil@test.example.gov.tw', ''],
    ['社會課', '', 'social@test.example.gov.tw', ''],
  ]);

export const planTab = (): Tab =>
  aTab('計畫', [
    ['項次', '實施要項', '執行策略', '具體作法', '執行單位', '完成期限', '預期目標'],
    ['1-1', '一、完備基礎服務項目', '(一)建立標準作業流程', '檢討各項申請表單', '各課室', '持續辦理', ''],
    ['1-2', '', '', '更新服務申辦資訊', '秘書室', '115年6月底前', '每季更新'],
    ['2-1', '二、重視全程意見回饋', '(一)辦理滿意度調查', '辦理民眾滿意度調查', '民政課、社會課', '預定於2~5月份辦理', ''],
    ['', '', '', '里鄰長研習', '民政課', '3月17、18日辦理', ''],
  ]);

type FormColumn = Exclude<SubmissionColumn, '檢核結果'>;
/** A Form's responses tab header: every submission column in its declared order, but 檢核結果 (a run adds it). */
export const FORM_HEADER: readonly FormColumn[] = (Object.keys(SUBMISSION_COLUMNS) as SubmissionColumn[]).filter(
  (column): column is FormColumn => column !== '檢核結果',
);

/** A form row; fields by header name, the rest blank. */
export const formRow = (fields: Partial<Record<FormColumn, Cell>>): Cell[] => FORM_HEADER.map((column) => fields[column] ?? null);

/** A valid form answer by default. */
export const goodForm = (overrides: Partial<Record<FormColumn, Cell>> = {}): Cell[] =>
  formRow({
    時間戳記: '2026/4/2 上午 9:15:00',
    電子郵件地址: 'civil@test.example.gov.tw',
    填報單位: '民政課',
    具體作法: '2-1 辦理民眾滿意度調查',
    填報期間: '115年3月',
    辦理狀態: '辦理中',
    執行成效: '完成問卷設計',
    ...overrides,
  });

/** A workbook with 設定, 單位, 計畫 and a form tab holding `rows`. */
export const aWorkbook = (rows: readonly (readonly Cell[])[], extra: readonly Tab[] = []): Snapshot => ({
  tabs: [settingsTab(), unitsTab(), planTab(), aTab('表單回應 1', [[...FORM_HEADER], ...rows]), ...extra],
});

/** 2026-11-23 10:00 in Taipei: the clock every golden test runs at. */
export const NOW = Date.parse('2026-11-23T10:00:00+08:00');

/** Keyed columns of a 年度成效-shaped tab: the system's 草稿 and 狀態, the user's 公告文字 between them; two keys unless overridden. */
export const keyedDrafts = (
  rows: KeyedColumns['rows'] = [
    { key: '1-1', values: ['草稿一', '採用系統草稿'] },
    { key: '1-2', values: ['草稿二', '採用公告文字'] },
  ],
): KeyedColumns => ({ tab: '年度成效', header: ['項次', '草稿', '公告文字', '狀態'], key: '項次', columns: ['草稿', '狀態'], rows });
