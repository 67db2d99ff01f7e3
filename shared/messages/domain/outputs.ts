// Wording of the output tabs and the 檢核結果 verdicts (shared/output-tabs.ts, run-consolidation.ts, awaiting-rows.ts, run-stamp.ts).

export const periodsMissing = (count: number) => `${count}期未填報`;
export const pastDeadline = (due: string) => `已逾完成期限（${due}）`;
export const cellTruncated = '…（內容超過儲存格上限，全文請見各單位填報）';
export const passed = '通過';
/** 通過 with notes in parentheses, one after another: `通過（已由第29列取代；…）`. */
export const passedWith = (notes: readonly string[]) => (notes.length === 0 ? passed : `通過（${notes.join('；')}）`);
export const duplicateNote = (ref: string) => `與${ref}重複，僅計一次`;
export const supersededNote = (ref: string) => `已由${ref}取代`;
// A choice whose 項次 no longer fits its text, counted by its text (shared/practice-answer.ts).
export const practiceByTextNote = (answer: string, id: string) =>
  `具體作法「${answer}」的項次與計畫不符，依作法文字計入 ${id}；計畫的項次已變動，請改用新的選項`;
// A prefilled row the unit has not filled in yet (shared/awaiting-rows.ts); 管考總表 shows 待填報 too.
export const awaitingReport = '待填報';
export const awaitingReportCarried = '待填報（狀態沿用上期，請確認）';
export const awaitingReportedElsewhere = (ref: string) => `本期已由${ref}填報，本列免填`;
// Which run wrote an output tab: one cell after the header's columns (run-stamp.ts).
const runStampLabel = '彙整時間';
export const runStamp = (time: string) => `${runStampLabel}：${time}`;
export const runStampNone = '（未標示彙整時間）';
export const outputsFromOtherRun = (stamp: string, newest: string, newestStamp: string) =>
  `上次彙整沒有全部寫完：此分頁是${stamp === runStampNone ? '較早、未標示時間' : `「${stamp}」`}的彙整結果，「${newest}」卻是「${newestStamp}」的，` +
  '期間各彙整分頁新舊混雜（可能是彙整中途被中斷）。本次彙整已重新產生所有彙整分頁；若曾列印或轉寄其間的結果，請以本次為準。';
