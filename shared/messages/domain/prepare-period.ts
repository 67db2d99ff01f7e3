// Wording of prepare-period's prefilled rows (shared/period-rows.ts).

export const prepareNoOpenPeriod = (rocYear: number, example: string) =>
  `今天沒有開放填報的期間（${rocYear} 年度尚未開始，或最後一期的填報截止日已過）：請以 --period 指定期間，例如 --period ${example}。`;
export const prepareAdded = (period: string, rows: number) =>
  rows === 0 ? `${period}：各單位本期都已有填報列，未新增任何列。` : `${period}：已新增 ${rows} 列預填的填報列。`;
export const prepareTabLine = (tab: string, rows: number, practices: readonly string[]) => `${tab}：${rows} 列（${practices.join('、')}）`;
export const prepareOwnSpreadsheet = (unit: string, tab: string) => `${unit} 的填報試算表「${tab}」`;
export const prepareWithoutTab = (units: readonly string[]) =>
  `沒有填報分頁，未新增：${units.join('、')}（請在試算表執行「管考 › 建立單位填報分頁」，或在該單位的填報試算表加上「填報」分頁）`;
export const prepareHowToFill = '每列只需填寫辦理狀態與執行成效；「檢核結果」為「待填報」的列在填寫前不算填報、也不算錯誤。';
