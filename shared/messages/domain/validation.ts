// Wording of checking a row of a report (shared/validation.ts, unread-tabs.ts, run-consolidation.ts).

export const required = (column: string) => `未填寫${column}。`;
export const columnMissingInTab = (column: string) => `此分頁缺少「${column}」欄，無法檢核本列。`;
export const tabUnitUnknown = (tab: string, unit: string) => `分頁「${tab}」的單位「${unit}」不在「單位」分頁中。`;
// A tab whose header is a report's but which no rule reads (shared/unread-tabs.ts), said once in 檢核錯誤.
export const reportTabNotRead = (tab: string, rows: number) =>
  `「${tab}」分頁有具體作法、填報期間等填報欄位，但從分頁名稱看不出是哪個單位的，其中 ${rows} 列沒有讀取，也不計入彙整：` +
  '請把分頁改名為「填報-<單位>」（單位寫「單位」分頁中的名稱或別名，例：「填報-民政課」），或把這些列移到該單位的填報分頁。';
export const bareUnitTabNotRead = (tab: string, rows: number) =>
  `「${tab}」分頁沒有寫出是哪個單位的（名稱只有「填報」，也沒有「填報單位」欄），其中 ${rows} 列沒有讀取，也不計入彙整：` +
  '請把分頁改名為「填報-<單位>」（例：「填報-民政課」），或加上「填報單位」欄，每列寫明單位。';
export const unitDiffersFromTab = (named: string, unit: string) => `填報單位「${named}」與分頁所屬單位「${unit}」不符。`;
export const unitUnknown = (named: string, units: readonly string[]) =>
  `填報單位「${named}」不是已知的單位或別名（已知單位：${units.join('、') || '無'}）。`;
export const practiceUnknown = (text: string) => `找不到具體作法「${text}」：請填計畫中的項次，或選擇表單上的「項次 作法」選項。`;
export const practiceChoiceMismatch = (answer: string, id: string, choice: string, named: readonly string[]) =>
  `具體作法「${answer}」與計畫不符：計畫中項次 ${id} 是「${choice}」` +
  (named.length > 1 ? `，作法文字則符合 ${named.join('、')} 等 ${named.length} 項` : '，作法文字不同') +
  '。計畫的項次可能因增刪列而變動，無法確定是哪一項：請改選正確的作法（表單請先「依計畫更新表單」）。';
export const unitNotResponsible = (unit: string, id: string, units: readonly string[]) =>
  `${unit}不是具體作法 ${id} 的執行單位（執行單位：${units.join('、') || '無'}）。`;
// The choice's text chose another practice than its 項次 (shared/practice-answer.ts): the unit looks
// for the 項次 it sent, so the message says which practice the text chose and why.
export const unitNotResponsibleByText = (answer: string, unit: string, id: string, units: readonly string[]) =>
  `具體作法「${answer}」的項次與計畫不符，依作法文字為 ${id}；${unit}不是 ${id} 的執行單位（執行單位：${units.join('、') || '無'}）。`;
export const periodOutsideYear = (text: string, rocYear: number) => `填報期間「${text}」不在計畫年度（${rocYear} 年）內。`;
export const periodNotBegunWhenSent = (text: string, sentAt: string) => `填報期間「${text}」在填報時（${sentAt}）尚未開始，不能預先填報。`;
export const statusUnknown = (text: string, statuses: readonly string[]) => `辦理狀態「${text}」無法辨識，請填：${statuses.join('、')}。`;
export const dateAfterSubmission = (text: string) => `辦理日期「${text}」晚於填報時間。`;
export const dateAfterPlanYear = (text: string, rocYear: number) => `辦理日期「${text}」晚於計畫年度（${rocYear} 年）結束。`;
export const narrativeRequired = (status: string) => `辦理狀態為「${status}」時須填寫執行成效（僅「未開始」可留空）。`;
export const narrativeTooLong = (length: number, max: number) =>
  `執行成效有 ${length.toLocaleString('en-US')} 字，超過儲存格上限 ${max.toLocaleString('en-US')} 字，請精簡或改以佐證資料連結提供。`;
export const linksInvalid = (links: readonly string[]) =>
  `佐證資料須為 http(s) 連結，無法辨識：${links.map((l) => `「${l}」`).join('、')}。`;
export const lateFieldRequired = (column: string) => `辦理狀態為「落後」時須填寫${column}。`;
export const rowIncomplete = '本列資料不完整，無法檢核。';
// A tab lacking a required column, listed once in 檢核錯誤 (run-consolidation.ts).
export const columnMissingForRows = (column: string, rows: number, headerRow: number) =>
  `此分頁缺少「${column}」欄，其中 ${rows} 列都無法檢核；請在第${headerRow}列加上「${column}」欄。`;
