// Wording of dates, periods and deadlines (shared/date-reading.ts, timestamp-reading.ts, period.ts, deadline.ts).

export const dateBlank = '未填寫日期。';
export const dateNotUnderstood = (text: string) =>
  `「${text}」不是可辨識的日期：請寫成民國「115年3月5日」、「115/03/05」、「1150305」，或西元「2026-03-05」。`;
export const dateNoSuchMonth = (text: string, month: number) => `「${text}」不是存在的日期：沒有 ${month} 月（月份為 1 到 12）。`;
export const dateNoSuchDay = (text: string, month: number, days: number) => `「${text}」不是存在的日期：該年 ${month} 月只有 ${days} 天。`;
export const dateRocYearZero = (text: string) => `「${text}」的年份有誤：民國沒有 0 年（西元 1911 年為民國前 1 年）。`;
export const dateRocEraWithGregorianYear = (text: string) =>
  `「${text}」的年份有誤：民國年為 1 到 3 位數（例：民國115年），4 位數的年份是西元年。`;
export const dateNumberNotDate = (value: number) => `數字 ${value} 不是日期：請寫成「115/03/05」或「2026-03-05」，或把儲存格設為日期格式。`;
export const timestampNotUnderstood = (text: string) =>
  `「${text}」不是可辨識的時間：請寫成「2024/4/8 下午 3:12:45」、「2024-04-08 15:12」或含時區的 ISO 8601（例：2026-03-05T10:00:00+08:00）。`;
export const timestampNoSuchTime = (text: string) => `「${text}」的時刻不存在：時為 0 到 23（或上午、下午 1 到 12），分、秒為 0 到 59。`;
export const timeZoneUnknown = (zone: string) => `時區「${zone}」無法辨識（例：Asia/Taipei）。`;
export const cycleNotUnderstood = (text: string) => `填報週期「${text}」無法辨識，請填：月、季、半年或年。`;
// Examples in the plan's own year, so a 113 plan is not shown 115 dates.
export const periodForms = {
  month: (rocYear: number) => `本計畫按月填報，請寫成「${rocYear}年3月」、「${rocYear}/03」或「3月」。`,
  quarter: (rocYear: number) => `本計畫按季填報，請寫成「${rocYear}年第1季」、「第1季」或「Q1」。`,
  half: (rocYear: number) => `本計畫按半年填報，請寫成「${rocYear}年上半年」或「下半年」。`,
  year: (rocYear: number) => `本計畫按年填報，請寫成「${rocYear}年」。`,
} as const;
export const periodNotUnderstood = (text: string, forms: string) => `「${text}」不是可辨識的填報期間：${forms}`;
export const periodTooCoarse = (text: string, forms: string) => `「${text}」涵蓋不只一期：${forms}`;
export const periodBlank = (forms: string) => `未填寫填報期間：${forms}`;
export const periodLabels = {
  month: (rocYear: string, month: number) => `${rocYear}年${month}月`,
  quarter: (rocYear: string, quarter: number) => `${rocYear}年第${quarter}季`,
  half: (rocYear: string, half: number) => `${rocYear}年${half === 1 ? '上' : '下'}半年`,
  year: (rocYear: string) => `${rocYear}年`,
} as const;
/** A run of periods within one year (period.ts periodRunsLabel): 1–6月, 第1–3季, 上半年. */
export const periodRunLabels = {
  month: (from: number, to: number) => (from === to ? `${from}月` : `${from}–${to}月`),
  quarter: (from: number, to: number) => (from === to ? `第${from}季` : `第${from}–${to}季`),
  half: (from: number, to: number) => (from === to ? `${from === 1 ? '上' : '下'}半年` : '全年'),
  year: () => '全年',
} as const;
export const periodRunSeparator = '、';
export const deadlineWords = {
  continuous: '持續辦理',
  every: { month: '每月', quarter: '每季', half: '每半年', year: '每年' },
  part: { early: '上旬', mid: '中旬', late: '底前' },
  dateBy: (date: string) => `${date}前`,
  range: (from: string, to: string) => `${from}至${to}`,
  separator: '、',
} as const;
