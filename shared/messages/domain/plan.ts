// Wording of reading the plan: the 計畫, 設定 and 單位 tabs (shared/plan.ts, settings.ts, units.ts).

export const planTabMissing = (tabs: readonly string[]) =>
  `找不到「計畫」分頁：請新增名為「計畫」的分頁，每列一項具體作法。（目前的分頁：${tabs.join('、') || '無'}）`;
export const planColumnMissing = (column: string, words: readonly string[], headerRow = 1) =>
  `「計畫」分頁缺少「${column}」欄：請在標題列${headerRow > 1 ? `（第 ${headerRow} 列）` : ''}加上「${column}」（也可寫作${words
    .filter((w) => w !== column)
    .map((w) => `「${w}」`)
    .join('、')}）。`;
// 計畫年度 and 填報週期 are never guessed (settings.ts): the run stops, writing nothing, and says which cell to fix.
const yearForms = '請填民國年，例如「115」、「民國115年」或「一一五」';
const yearInTitle = (rocYear: number | null) => (rocYear === null ? '' : `（計畫名稱寫的是 ${rocYear} 年度）`);
export const settingsTabMissing = `找不到「設定」分頁：請新增「設定」分頁（項目｜內容），至少填寫計畫年度（${yearForms}）。每一列填報都依計畫年度檢核，無法以猜測的年度代替。`;
export const settingsYearMissing = (titled: number | null) =>
  `「設定」分頁沒有計畫年度：請加一列，項目填「計畫年度」，內容${yearForms}${yearInTitle(titled)}。每一列填報都依計畫年度檢核，無法以猜測的年度代替。`;
export const settingsYearBlank = (row: number, titled: number | null) =>
  `「設定」分頁第 ${row} 列的計畫年度空白：${yearForms}${yearInTitle(titled)}。每一列填報都依計畫年度檢核，無法以猜測的年度代替。`;
export const settingsBadYear = (row: number, text: string) => `「設定」分頁第 ${row} 列的計畫年度「${text}」無法辨識：${yearForms}。`;
export const settingsYearContradictsName = (year: { row: number; text: string }, name: { row: number; text: string }, titled: number) =>
  `「設定」分頁第 ${year.row} 列的計畫年度「${year.text}」與第 ${name.row} 列的計畫名稱「${name.text}」（${titled} 年度）不符：請改正其中一格。` +
  '每一列填報都依計畫年度檢核，無法確定是哪一年時不檢核，也不寫入任何結果。';
export const settingsBadCycle = (row: number, text: string) =>
  `「設定」分頁第 ${row} 列的填報週期「${text}」無法辨識：請填月、季、半年或年（空白為每月）。填報期間都依週期檢核，無法以猜測的週期代替。`;
export const settingsBadDueDay = (text: string) => `填報截止日「${text}」無法辨識，請填 1 到 31 的日期（例：5）；暫以每月 5 日計。`;
export const settingsBadTimeZone = (text: string) => `時區「${text}」無法辨識；暫以 Asia/Taipei 計。`;
export const unitsTabMissing = '找不到「單位」分頁：單位以「計畫」分頁執行單位欄列出者為準。';
export const unitNameMissing = '單位名稱空白。';
export const unitRepeated = (name: string) => `單位「${name}」重複列出（或與其他單位的別名相同），本列不計。`;
export const unitAliasTaken = (alias: string, holder: string, unit: string) =>
  `別名「${alias}」已是「${holder}」的名稱或別名：填報寫「${alias}」時計入「${holder}」，不計入「${unit}」。請改用不同的別名。`;
export const planUnitUnknown = (name: string) => `執行單位「${name}」不在「單位」分頁中；仍列為單位，請確認名稱或補列於「單位」分頁。`;
export const planOnlyAssisting = (text: string, helpers: readonly string[]) =>
  `執行單位「${text}」只寫了協辦單位「${helpers.join('、')}」：協辦單位不必填報，這項作法視為由全部單位辦理；請填上主辦單位。`;
export const deadlineNotUnderstood = (text: string) =>
  `完成期限「${text}」無法辨識，原文保留；請寫成如「115年3月底前」、「持續辦理」或「每月」。`;
export const practiceTextMissing = '具體作法空白：本列有其他內容但沒有具體作法，未列入計畫。';
export const measureMissing = '本列之前沒有實施要項：請在第一項具體作法的列填寫實施要項。';
// A plan typed as an outline has two levels of heading rows at most (plan-outline.ts): 實施要項 and 執行策略.
const twoLevels = '計畫只有實施要項、執行策略兩層標題';
export const headingThirdLevel = (text: string) =>
  `「${text}」是第三層標題：${twoLevels}，這一層未列入其下具體作法的實施要項或執行策略。` +
  '若要顯示，請把它併入上一層標題，或改寫在「執行策略」欄、把上一層寫在「實施要項」欄。';
export const headingAboveMeasure = (text: string, measure: string) =>
  `「${text}」單獨成列，下面接著實施要項「${measure}」，是實施要項之上多出的一層標題：${twoLevels}，` +
  '這一層未列入其下具體作法的實施要項。若要顯示，請把它併入其下的實施要項，或把標題改寫成兩層。';
export const planOutlineTooDeep = (tab: string, headings: readonly { row: number; header: string; text: string }[]) =>
  `「${tab}」分頁${headings
    .slice(0, 3)
    .map((heading) => `第 ${heading.row} 列（「${heading.header}」欄）的「${heading.text}」`)
    .join('、')}${headings.length > 3 ? `等 ${headings.length} 個標題` : ''}是第三層標題：${twoLevels}，` +
  '無法依大綱產生其下具體作法的項次，各單位的填報也就無法檢核，所以不寫入任何結果。' +
  '請在這些具體作法的「項次」欄填寫計畫上的項次（例如 1-1-1-1），或把標題改寫成兩層（實施要項、執行策略各一欄）。';
export const planHasNoPractices = (tab: string) =>
  `「${tab}」分頁沒有任何具體作法：請在標題列之下每列填一項具體作法（含其實施要項），才能檢核各單位的填報。`;
// Practices owned by every unit, said once (plan.ts): how many reports that adds up to.
interface EveryUnitCount {
  readonly practices: number;
  readonly units: number;
  readonly periods: number;
  readonly reports: number;
}
const everyUnitTotal = ({ practices, units, periods, reports }: EveryUnitCount) =>
  `每項每期都要 ${units} 個單位各填一份，全年共 ${practices} 項 × ${units} 個單位 × ${periods} 期 = ${reports.toLocaleString('en-US')} 份填報`;
export const practicesForEveryUnit = (count: EveryUnitCount, rows: readonly number[]) =>
  `${count.practices} 項具體作法的執行單位空白或寫作全體單位（如「各課室」，第 ${rows.slice(0, 5).join('、')} 列${rows.length > 5 ? '等' : ''}）：` +
  `${everyUnitTotal(count)}。若實際由特定單位辦理，請在執行單位欄填寫該單位。`;
export const planUnitColumnMissing = (count: EveryUnitCount, words: readonly string[]) =>
  `「計畫」分頁沒有執行單位欄，全部 ${count.practices} 項具體作法都由每個單位填報：${everyUnitTotal(count)}。` +
  `若各作法有權責單位，請加上「執行單位」欄（也可寫作${words
    .filter((w) => w !== '執行單位')
    .map((w) => `「${w}」`)
    .join('、')}）並填寫。`;
export const practiceIdRepeated = (written: string, id: string) => `項次「${written}」與前面的列重複，本列以「${id}」識別。`;
export const generatedIdRepeated = (generated: string, holder: number, id: string) =>
  `依大綱產生的項次「${generated}」與第 ${holder} 列相同，本列以「${id}」識別：請檢查大綱的編號，或在「項次」欄填寫項次。`;
