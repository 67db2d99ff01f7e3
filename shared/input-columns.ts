import { cellText, matchKey } from './text.ts';
import type { Cell } from './workbook.ts';

// Canonical column names and the agencies' own words for them (SPEC.md). Matching is on
// matchKey(), and a header may carry a note in brackets ("填報期間（例：115年3月）").

/**
 * 計畫 columns and the words agencies use for them: SPEC.md's, then those the plans they write
 * use (項目 / 推動策略 / 執行措施, 主辦單位, 預定完成時間…). The plan import reads a document's table
 * by the same words (plan-import/table-columns.ts), so a table pasted into 計畫 reads as it imports.
 */
export const PLAN_COLUMNS = {
  項次: ['項次', '編號', '序號', '序'],
  實施要項: [
    '實施要項',
    '具體措施',
    '工作要項',
    '執行要項',
    '實施要領',
    '項目',
    '工作項目',
    '推動項目',
    '重點項目',
    '實施項目',
    '構面',
    '面向',
    '推動面向',
    '服務面向',
    '推動主軸',
  ],
  執行策略: ['執行策略', '工作重點', '執行重點', '推動策略', '實施策略', '策略', '推動重點'],
  具體作法: [
    '具體作法',
    '作法',
    '方法',
    '執行方法',
    '計畫項目',
    '工作內容',
    '具體做法',
    '做法',
    '執行措施',
    '具體措施內容',
    '具體作為',
    '推動作法',
    '推動措施',
    '辦理方式',
    '執行方式',
    '實施方式',
    '實施內容',
    '執行內容',
    '辦理事項',
    '執行事項',
    '辦理內容',
  ],
  執行單位: [
    '執行單位',
    '執行課室',
    '課室',
    '權責單位',
    '辦理單位',
    '主辦單位',
    '負責單位',
    '承辦單位',
    '權責課室',
    '辦理課室',
    '執行科室',
    '主辦課室',
    '負責課室',
    '主協辦單位',
    '主(協)辦單位',
    '單位',
  ],
  完成期限: [
    '完成期限',
    '期程',
    '預計工作進度',
    '辦理期程',
    '預定完成時間',
    '預定完成日期',
    '預定完成期限',
    '預計完成時間',
    '預計完成日期',
    '完成時間',
    '完成日期',
    '辦理時間',
    '預定進度',
    '執行期程',
    '預定期程',
    '實施期程',
    '辦理期限',
    '時程',
    '期限',
  ],
  預期目標: ['預期目標', '績效指標', '目標值', '預期效益', '衡量指標', '績效目標', '預期成果', '關鍵績效指標', '目標'],
} as const satisfies Record<string, readonly string[]>;

/** Columns of a submission tab (表單回應* or 填報-<單位>). */
export const SUBMISSION_COLUMNS = {
  時間戳記: ['時間戳記', 'Timestamp'],
  電子郵件地址: ['電子郵件地址', 'Email Address', '電子郵件'],
  填報單位: ['填報單位', '單位', '填報課室'],
  具體作法: ['具體作法', '項次', '作法'],
  填報期間: ['填報期間', '期間', '填報月份', '管考期間'],
  辦理狀態: ['辦理狀態', '狀態', '執行狀態'],
  辦理日期: ['辦理日期', '完成日期'],
  執行成效: ['執行成效', '成效', '執行情形'],
  量化成果: ['量化成果', '量化成效', '量化指標'],
  佐證資料: ['佐證資料', '佐證連結', '佐證'],
  落後原因: ['落後原因'],
  改善措施: ['改善措施', '因應措施'],
  檢核結果: ['檢核結果'],
} as const satisfies Record<string, readonly string[]>;

/** 單位 columns. */
export const UNIT_COLUMNS = {
  單位: ['單位', '單位名稱', '課室'],
  別名: ['別名'],
  填報人電子郵件: ['填報人電子郵件', '電子郵件', '填報人'],
  填報試算表: ['填報試算表'],
} as const satisfies Record<string, readonly string[]>;

/** 設定 columns. */
export const SETTING_COLUMNS = {
  項目: ['項目'],
  內容: ['內容', '設定值', '值'],
} as const satisfies Record<string, readonly string[]>;

export type PlanColumn = keyof typeof PLAN_COLUMNS;
export type SubmissionColumn = keyof typeof SUBMISSION_COLUMNS;

/** Where each canonical column sits in a header row (0-based); absent columns are missing. */
export type HeaderMap<C extends string> = Partial<Record<C, number>>;

const bracketed = /[(（[【〔].*?[)）\]】〕]/gu;

/** Maps a header row onto canonical columns; the first matching header wins, exact words before noted ones. */
export function mapHeader<C extends string>(header: readonly Cell[], columns: Record<C, readonly string[]>): HeaderMap<C> {
  const result: HeaderMap<C> = {};
  for (const [canonical, positions] of Object.entries(mapHeaderAll(header, columns)) as [C, number[]][]) {
    result[canonical] = positions[0];
  }
  return result;
}

/** The submission column a header names (具體作法（民政課） → 具體作法), undefined for any other header. */
export function submissionColumnOf(title: Cell): SubmissionColumn | undefined {
  return (Object.keys(mapHeader([title], SUBMISSION_COLUMNS)) as SubmissionColumn[])[0];
}

/**
 * Every header that names each canonical column, best first (exact words before noted ones such as
 * `具體作法（民政課）`): a Form with a section per unit asks 具體作法 once per section, and Google
 * gives each its own column.
 */
export function mapHeaderAll<C extends string>(
  header: readonly Cell[],
  columns: Record<C, readonly string[]>,
): Partial<Record<C, number[]>> {
  const byWord = new Map<string, C>();
  for (const [canonical, words] of Object.entries(columns) as [C, readonly string[]][]) {
    for (const word of words) byWord.set(matchKey(word), canonical);
  }
  const result: Partial<Record<C, number[]>> = {};
  const taken = new Set<number>();
  const keys = header.map((cell) => matchKey(cellText(cell)));
  const stripped = header.map((cell) => matchKey(cellText(cell).replace(bracketed, '')));
  for (const candidates of [keys, stripped]) {
    candidates.forEach((key, index) => {
      const canonical = byWord.get(key);
      if (canonical === undefined || taken.has(index)) return;
      taken.add(index);
      (result[canonical] ??= []).push(index);
    });
  }
  return result;
}
