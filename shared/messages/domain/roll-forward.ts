// Wording of roll-forward (shared/roll-forward.ts): next year's workbook and its notes.

export const rollYear = (from: number, to: number) => `計畫年度由 ${from} 改為 ${to}；計畫名稱中的年份一併改寫，請確認。`;
export const rollPlanCarried = (practices: number, moved: number, rocYear: number) =>
  `沿用 ${practices} 項具體作法，其中 ${moved} 項的完成期限改到 ${rocYear} 年；持續辦理與每月、每季等週期不變。「檢討」欄是各項作法今年的結果，供檢討會議修正計畫。`;
export const rollDeadlineUnknown = (written: string, now: string) =>
  written === now
    ? `完成期限「${written}」無法辨識，未改動；請改寫為新年度的期限。`
    : `完成期限「${written}」無法辨識，其中的年份已改為「${now}」；請確認。`;
export const rollDeadlineDateKept = (date: string) => `完成期限「${date}」早於計畫年度，或明年沒有這一天，未改動；請改寫為新年度的期限。`;
export const rollUnitSpreadsheet = (spreadsheet: string) =>
  `此單位的填報試算表（${spreadsheet}）沿用今年的：其中今年的填報列在新年度會被檢核為年度不符，請改用新的分頁或試算表。`;
// The units that never reported stand beside the status their colleagues' reports make, so 已完成 is never said of a practice half reported.
const unitsNotReported = (units: readonly string[]) =>
  `${units.slice(0, 3).join('、')}${units.length > 3 ? ` 等 ${units.length} 個單位` : ''}未填報`;
export const rollReview = (status: string, period: string, reasons: readonly string[], unreported: readonly string[] = []) => {
  const notes = [...(unreported.length > 0 ? [unitsNotReported(unreported)] : []), ...(period ? [`最近填報：${period}`] : [])];
  return `${status}${notes.length > 0 ? `（${notes.join('；')}）` : ''}${reasons.length > 0 ? `；落後原因：${reasons.join('；')}` : ''}`;
};
