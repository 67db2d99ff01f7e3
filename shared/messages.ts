// Every user-facing string (zh-TW) lives here, so wording is reviewed in one place.
// Sections are by domain; keep each message a function when it takes values.

// ---- dates, periods and deadlines (dates.ts, period.ts, deadline.ts) ----
export const dateBlank = '未填寫日期。';
export const dateNotUnderstood = (text: string) =>
  `「${text}」不是可辨識的日期：請寫成民國「115年3月5日」、「115/03/05」、「1150305」，或西元「2026-03-05」。`;
export const dateNoSuchMonth = (text: string, month: number) => `「${text}」不是存在的日期：沒有 ${month} 月（月份為 1 到 12）。`;
export const dateNoSuchDay = (text: string, month: number, days: number) =>
  `「${text}」不是存在的日期：該年 ${month} 月只有 ${days} 天。`;
export const dateRocYearZero = (text: string) => `「${text}」的年份有誤：民國沒有 0 年（西元 1911 年為民國前 1 年）。`;
export const dateRocEraWithGregorianYear = (text: string) => `「${text}」的年份有誤：民國年為 1 到 3 位數（例：民國115年），4 位數的年份是西元年。`;
export const dateNumberNotDate = (value: number) =>
  `數字 ${value} 不是日期：請寫成「115/03/05」或「2026-03-05」，或把儲存格設為日期格式。`;
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

// ---- plan (plan.ts) ----
export const planTabMissing = (tabs: readonly string[]) =>
  `找不到「計畫」分頁：請新增名為「計畫」的分頁，每列一項具體作法。（目前的分頁：${tabs.join('、') || '無'}）`;
export const planColumnMissing = (column: string, words: readonly string[], headerRow = 1) =>
  `「計畫」分頁缺少「${column}」欄：請在標題列${headerRow > 1 ? `（第 ${headerRow} 列）` : ''}加上「${column}」（也可寫作${words.filter((w) => w !== column).map((w) => `「${w}」`).join('、')}）。`;
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
export const deadlineNotUnderstood = (text: string) => `完成期限「${text}」無法辨識，原文保留；請寫成如「115年3月底前」、「持續辦理」或「每月」。`;
export const practiceTextMissing = '具體作法空白：本列有其他內容但沒有具體作法，未列入計畫。';
export const measureMissing = '本列之前沒有實施要項：請在第一項具體作法的列填寫實施要項。';
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
  `若各作法有權責單位，請加上「執行單位」欄（也可寫作${words.filter((w) => w !== '執行單位').map((w) => `「${w}」`).join('、')}）並填寫。`;
export const practiceIdRepeated = (written: string, id: string) => `項次「${written}」與前面的列重複，本列以「${id}」識別。`;

// ---- plan import (plan-import/): where in the document, and the 匯入說明 notes ----
const quoted = (words: readonly string[]) => words.map((word) => `「${word}」`).join('、');
export const importWhereTitle = '標題';
export const importWhereTable = (table: number) => `第 ${table} 個表格`;
export const importWhereRow = (table: number, row: number) => `第 ${table} 個表格第 ${row} 列`;
export const importWhereRows = (table: number, first: number, last: number) => `第 ${table} 個表格第 ${first}–${last} 列`;
export const importWherePlanTable = '計畫表';
export const importWhereSection = (title: string) => `「${title}」`;
export const importWhereItem = (section: string, labels: string) => `「${section}」${labels}`;
export const importColumnWords = { units: '執行單位', deadline: '完成期限', target: '預期目標' } as const;
export const importTitleRead = (agency: string, planName: string, rocYear: number | null, title: string) =>
  `機關名稱「${agency}」、計畫名稱「${planName}」${rocYear === null ? '' : `、計畫年度 ${rocYear} `}取自「${title}」；請確認。`;
export const importAgencyMissing = '文件開頭找不到機關名稱：「設定」分頁的機關名稱留空，請填寫。';
export const importYearMissing = '文件中找不到計畫年度（例：「115年度」）：「設定」分頁的計畫年度留空，請填寫民國年。';
export const importYearFromText = (rocYear: number, text: string) => `標題沒有年度，計畫年度 ${rocYear} 取自內文「${text}」；請確認。`;
export const importCycleFound = (cycle: string, sentence: string) => `填報週期「${cycle}」取自：「${sentence}」；請確認。`;
export const importDueDayFound = (day: number, sentence: string) => `填報截止日 ${day} 日取自：「${sentence}」；請確認。`;
export const importCycleDefault = '文件未寫明多久填報一次：填報週期暫以每月、截止日為次月 5 日（可在「設定」分頁修改）。';
export const importCycleOnlyDefault = '文件未寫明多久填報一次：填報週期暫以每月（可在「設定」分頁修改）；請確認。';
export const importDueDayDefault = '文件未寫明每期填報的截止日：填報截止日暫以 5 日（每期結束後的下個月 5 日前；可在「設定」分頁修改）；請確認。';
export const importDueDayUnread = (wording: string, sentence: string) =>
  `填報期限「${wording}」不是每期結束後下個月的固定一天（取自：「${sentence}」）：填報截止日暫以 5 日，請改為實際的截止日（可在「設定」分頁修改）。`;
export const importMeasureFromCaption = (caption: string) => `此表格沒有實施要項欄：以表格上方的標題「${caption}」為實施要項；請確認。`;
export const importIdNumbersMeasures = (column: string) => `「${column}」欄（壹、貳…）編的是實施要項而不是每項作法：具體作法的項次依大綱編號（例：1-2）。`;
export const importTitleRowSkipped = (text: string) => `表格中間的標題列「${text}」未匯入（表格已有實施要項欄）；請確認它不是作法。`;
export const importRowKeptWhole = (id: string, items: number) =>
  `編號 ${id} 這一列寫了 ${items} 個子項：依編號列為一項作法，子項逐行保留在具體作法中；若每個子項要分別填報，請拆成多列。`;
export const importBlankContinued = (column: string, text: string, row: number, id: string) =>
  `${column}空白，沿用「計畫」分頁第 ${row} 列（${id}）的「${text}」（視為合併儲存格）；若不同請改正。`;
export const importUnitsPairedInOrder = (practices: number, units: number) =>
  `${practices} 項作法、${units} 個單位，已依序對應：${units > practices ? '多出的單位都歸最後一項作法' : '不足時沿用最後一個單位'}；請確認每項作法的執行單位。`;
export const importTextsNotPaired = (column: string, practices: number, items: number) =>
  `${practices} 項作法、${items} 段${column}，無法一一對應：每項作法都填入整段${column}；請確認。`;
export const importColumnsIgnored = (columns: readonly string[]) =>
  `未匯入的欄：${quoted(columns)}（「計畫」分頁只收項次、實施要項、執行策略、具體作法、執行單位、完成期限、預期目標）。`;
export const importHeadingUnitsDropped = (heading: string, units: string) =>
  `「${heading}」是下面幾項作法的標題，不是一項作法；寫在它旁邊的執行單位「${units}」未採用，請確認各項作法的執行單位。`;
export const importResultsFormSkipped = (header: readonly string[]) => `此表格（${header.join('、')}）是年底填寫的執行成效一覽表，不是計畫，未匯入。`;
export const importOtherTableSkipped = (header: readonly string[]) => `此表格（${header.join('、') || '無標題列'}）沒有具體作法欄，不是計畫表，未匯入；若它是計畫表，請把欄名改為「具體作法」等後再匯入。`;
export const importTableRepeated = '此表格的作法與前面的表格相同（例如附件重列計畫表），未重複匯入。';
export const importPdfTable = (from: 'borders' | 'rules-across' | 'text-positions') =>
  ({
    borders: '此表格讀自 PDF，儲存格（含合併儲存格）依畫出的框線重建，格內換行依位置判斷是否同一段；請抽查幾列的具體作法與執行單位。',
    'rules-across': '此表格讀自 PDF，只畫了橫線：列與合併儲存格依橫線判斷，欄依文字間的空白推測；請逐列核對各欄是否分對。',
    'text-positions': '此表格讀自 PDF 且沒有框線：欄與列都依文字位置推測，看不出合併儲存格；請逐項核對具體作法、執行單位與完成期限，或改用原始的 .docx／.odt。',
  })[from];
export const importNoPlan = (file: string, paragraphs: number, tables: number, headers: readonly (readonly string[])[]) =>
  `「${file}」中找不到計畫表或具體作法條列：讀到 ${paragraphs} 段文字、${tables} 個表格${headers.length > 0 ? `（表格的欄名：${headers.map((h) => h.join('、') || '無').join('；')}）` : ''}。` +
  '計畫表需有「具體作法」（或作法、執行重點、工作內容等）欄，條列需在「實施要項」「具體作法」等段落中以一、(一)、1. 編號。' +
  '請確認這是計畫本文；若計畫表是掃描的圖片，請改用文字版的檔案。';
export const importDefaultWorkbookName = (document: string) => `${document}-管考.xlsx`;
export const importListSkipped = (section: string) => `「${section}」的條列是計畫說明，未匯入：具體作法取自計畫表。`;
export const importListPractices = (section: string, count: number) =>
  `文件沒有計畫表：具體作法取自「${section}」的條列（${count} 項），以最底層的條列為作法、上層為實施要項與執行策略；請確認。`;
export const importNoUnitsColumn = '計畫表沒有執行單位欄：執行單位留空，即由全部單位辦理；請依計畫的權責分工填寫各項作法的執行單位。';
export const importUnitsOnlyNamed = (units: readonly string[]) =>
  `「單位」分頁只列出文件寫出的單位${units.length > 0 ? `（${units.join('、')}）` : ''}；寫「各課室」等字樣的作法由分頁中的每個單位辦理，請補列其他單位，並填寫填報人電子郵件。`;
export const importUnitsFromSection = (units: readonly string[]) => `單位 ${quoted(units)} 取自此段落（計畫表沒有寫出單位）。`;
export const importUnitAlias = (alias: string, name: string) => `「${alias}」視為「${name}」的簡稱，列為別名；若是不同單位，請在「單位」分頁分開列出。`;
export const importGroupWrittenOut = (group: string, units: readonly string[]) => `執行單位「${group}」寫成文件中的 ${units.join('、')}；若還有其他單位，請補上。`;
export const importGroupUnknown = (group: string) => `執行單位「${group}」是一群單位，但文件沒有寫出是哪些：請改寫為單位名稱。`;
export const importPersonNotUnit = (word: string) => `「${word}」是職稱或人員，不是單位，未列入「單位」分頁。`;
export const importDeadlineUnknown = (text: string) => `完成期限「${text}」無法辨識為日期或週期，原文保留（彙整時會列為警告）；請改寫，例如「115年3月底前」、「持續辦理」或「每月」。`;
export const importDeadlineRead = (text: string, reading: string) => `完成期限「${text}」讀為「${reading}」；請確認。`;
export const importIdRepeated = (written: string, id: string) => `項次「${written}」與前面的作法重複，本項以「${id}」識別。`;
export const importMeasureMissing = '此作法之前沒有實施要項：請填寫實施要項。';
// roll-forward (roll-forward.ts): next year's workbook and its notes
export const rollYear = (from: number, to: number) => `計畫年度由 ${from} 改為 ${to}；計畫名稱中的年份一併改寫，請確認。`;
export const rollPlanCarried = (practices: number, moved: number, rocYear: number) =>
  `沿用 ${practices} 項具體作法，其中 ${moved} 項的完成期限改到 ${rocYear} 年；持續辦理與每月、每季等週期不變。「檢討」欄是各項作法今年的結果，供檢討會議修正計畫。`;
export const rollDeadlineUnknown = (written: string, now: string) =>
  written === now ? `完成期限「${written}」無法辨識，未改動；請改寫為新年度的期限。` : `完成期限「${written}」無法辨識，其中的年份已改為「${now}」；請確認。`;
export const rollDeadlineDateKept = (date: string) => `完成期限「${date}」早於計畫年度，或明年沒有這一天，未改動；請改寫為新年度的期限。`;
export const rollUnitSpreadsheet = (spreadsheet: string) =>
  `此單位的填報試算表（${spreadsheet}）沿用今年的：其中今年的填報列在新年度會被檢核為年度不符，請改用新的分頁或試算表。`;
export const rollForwardDone = '已建立明年度活頁簿';
export const rollForwardBadRequest = '請求內容須為 {"run":"rollForward","requestedAt":"…","out":"<新試算表的網址或 ID>"}。';
export const rollForwardNotSpreadsheet = (out: string) => `「${out}」不是 Google 試算表的網址或 ID：請貼上新建立的空白試算表的網址。`;
export const logRollForwardFailed = '建立明年度活頁簿失敗';
// The units that never reported stand beside the status their colleagues' reports make, so 已完成 is never said of a practice half reported.
const unitsNotReported = (units: readonly string[]) =>
  `${units.slice(0, 3).join('、')}${units.length > 3 ? ` 等 ${units.length} 個單位` : ''}未填報`;
export const rollReview = (status: string, period: string, reasons: readonly string[], unreported: readonly string[] = []) => {
  const notes = [...(unreported.length > 0 ? [unitsNotReported(unreported)] : []), ...(period ? [`最近填報：${period}`] : [])];
  return `${status}${notes.length > 0 ? `（${notes.join('；')}）` : ''}${reasons.length > 0 ? `；落後原因：${reasons.join('；')}` : ''}`;
};

// ---- outputs (output-tabs.ts) ----
export const periodsMissing = (count: number) => `${count}期未填報`;
export const pastDeadline = (due: string) => `已逾完成期限（${due}）`;
export const cellTruncated = '…（內容超過儲存格上限，全文請見各單位填報）';
export const passed = '通過';
/** 通過 with notes in parentheses, one after another: `通過（已由第29列取代；…）`. */
export const passedWith = (notes: readonly string[]) => (notes.length === 0 ? passed : `通過（${notes.join('；')}）`);
export const duplicateNote = (ref: string) => `與${ref}重複，僅計一次`;
export const supersededNote = (ref: string) => `已由${ref}取代`;
// A choice whose 項次 no longer fits its text, counted by its text (shared/practice-answer.ts).
export const practiceByTextNote = (answer: string, id: string) => `具體作法「${answer}」的項次與計畫不符，依作法文字計入 ${id}；計畫的項次已變動，請改用新的選項`;
// A prefilled row the unit has not filled in yet (shared/awaiting-rows.ts); 管考總表 shows 待填報 too.
export const awaitingReport = '待填報';
export const awaitingReportCarried = '待填報（狀態沿用上期，請確認）';
export const awaitingReportedElsewhere = (ref: string) => `本期已由${ref}填報，本列免填`;
// Which run wrote an output tab: one cell after the header's columns (run-stamp.ts).
export const runStampLabel = '彙整時間';
export const runStamp = (time: string) => `${runStampLabel}：${time}`;
export const runStampNone = '（未標示彙整時間）';
export const outputsFromOtherRun = (stamp: string, newest: string, newestStamp: string) =>
  `上次彙整沒有全部寫完：此分頁是${stamp === runStampNone ? '較早、未標示時間' : `「${stamp}」`}的彙整結果，「${newest}」卻是「${newestStamp}」的，` +
  '期間各彙整分頁新舊混雜（可能是彙整中途被中斷）。本次彙整已重新產生所有彙整分頁；若曾列印或轉寄其間的結果，請以本次為準。';

// ---- submissions (validation.ts) ----
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
export const periodOutsideYear = (text: string, rocYear: number) => `填報期間「${text}」不在計畫年度（${rocYear} 年）內。`;
export const periodNotBegunWhenSent = (text: string, sentAt: string) => `填報期間「${text}」在填報時（${sentAt}）尚未開始，不能預先填報。`;
export const statusUnknown = (text: string, statuses: readonly string[]) => `辦理狀態「${text}」無法辨識，請填：${statuses.join('、')}。`;
export const dateAfterSubmission = (text: string) => `辦理日期「${text}」晚於填報時間。`;
export const dateAfterPlanYear = (text: string, rocYear: number) => `辦理日期「${text}」晚於計畫年度（${rocYear} 年）結束。`;
export const narrativeRequired = (status: string) => `辦理狀態為「${status}」時須填寫執行成效（僅「未開始」可留空）。`;
export const narrativeTooLong = (length: number, max: number) => `執行成效有 ${length.toLocaleString('en-US')} 字，超過儲存格上限 ${max.toLocaleString('en-US')} 字，請精簡或改以佐證資料連結提供。`;
export const linksInvalid = (links: readonly string[]) => `佐證資料須為 http(s) 連結，無法辨識：${links.map((l) => `「${l}」`).join('、')}。`;
export const lateFieldRequired = (column: string) => `辦理狀態為「落後」時須填寫${column}。`;
export const rowIncomplete = '本列資料不完整，無法檢核。';
// A tab lacking a required column, listed once in 檢核錯誤 (run-consolidation.ts).
export const columnMissingForRows = (column: string, rows: number) => `此分頁缺少「${column}」欄，其中 ${rows} 列都無法檢核；請在第1列加上「${column}」欄。`;

// ---- workbooks and backends (functions/) ----

// ---- command line (functions/cli.ts) ----
export const cliUsage = [
  '用法：',
  '  guankao consolidate    <活頁簿> [--out <活頁簿>]     檢核填報並彙整為 執行成效、管考總表、單位摘要、檢核錯誤',
  '  guankao year-end       <活頁簿> [--out <資料夾>]     產生年度執行成效一覽表與各單位成效',
  '  guankao prepare-period <活頁簿> [--period <期間>]   在各單位的填報分頁新增本期（或指定期間）待填的列，已預填具體作法與期間',
  '  guankao import-plan    <計畫文件> [--out <活頁簿>]   由計畫本文產生活頁簿（設定、計畫、單位、匯入說明）',
  '  guankao roll-forward   <活頁簿> --out <活頁簿>       由今年的活頁簿產生明年的（年度加一、完成期限移一年、附今年檢討）',
  '<活頁簿> 可以是 Google 試算表 ID 或網址、.xlsx 或 .ods 檔，或 CSV 檔資料夾。',
  '<計畫文件> 是計畫本文：.docx、.odt、.doc、.rtf、.pdf 或文字檔（.txt、.md）。import-plan 未指定 --out 時，寫在文件旁的「<文件名>-管考.xlsx」。',
].join('\n');
export const cliBadArguments = (detail: string) => `指令有誤：${detail}`;
export const cliUnknownCommand = (command: string) => `不認得的指令「${command}」（可用：consolidate、year-end、prepare-period、import-plan、roll-forward）`;
export const cliDocumentMissing = '請指定計畫文件（例：guankao import-plan 計畫.txt）';
export const cliOutRequired = (command: string) => `${command} 需要 --out 指定新活頁簿的位置（例：--out 116年度.xlsx）；不會寫入原本的活頁簿。`;
export const cliWorkbookMissing = '請指定活頁簿（試算表 ID、.xlsx／.ods 檔或 CSV 資料夾）';
export const cliExtraArguments = (extra: readonly string[]) => `多出的參數：${extra.join(' ')}`;
export const cliUnknownOption = (option: string) => `不認得的選項「${option}」（可用：--out <位置>、--period <期間>、--help）`;
export const cliOptionValueMissing = (option: '--out' | '--period') => `選項「${option}」後面需要一個值，例如 ${option === '--out' ? '--out out/彙整' : '--period 115年4月'}`;
export const cliOptionNotFor = (option: string, command: string) => `指令 ${command} 不使用選項「${option}」`;
export const cliReading = (location: string) => `讀取 ${location}…`;
export const cliWriting = '寫入結果…';
export const cliTitle = (planTitle: string, rocYear: number) => planTitle || `${rocYear} 年度計畫`;
export const cliCounts = (c: { units: number; practices: number; rows: number; valid: number; invalid: number; awaiting?: number; problems: number }) =>
  `  單位 ${c.units} 個、具體作法 ${c.practices} 項；填報 ${c.rows} 列（通過 ${c.valid}、有誤 ${c.invalid}${c.awaiting ? `、待填報 ${c.awaiting}` : ''}）；檢核錯誤 ${c.problems} 則`;
export const cliWroteConsolidation = (where: string, tabs: readonly string[]) => `  已寫入 ${where}：${tabs.join('、')} 分頁，以及各填報分頁的檢核結果欄`;
export const cliWroteYearEnd = (files: readonly string[]) => `  已產生 ${files.length} 個檔案：\n${files.map((f) => `    ${f}`).join('\n')}`;
export const cliImported = (practices: number, units: number, notes: number) => `  找到具體作法 ${practices} 項、單位 ${units} 個；匯入說明 ${notes} 則`;
/** After a PDF import: how sure its tables are (drawn borders, guessed from text positions, or a list without tables) and what to check against the plan. */
export const cliImportedFromPdf = (tables: 'drawn' | 'guessed' | 'none') =>
  ({
    drawn: [
      '  這是 PDF：表格依畫出的框線重建（「匯入說明」逐表寫了怎麼讀的），通常與原檔相同。',
      '  請對照原計畫核對「計畫」分頁的項數，並抽查幾項的具體作法、執行單位與完成期限。',
    ],
    guessed: [
      '  這是 PDF，而且有表格沒有框線：欄與列只能依文字位置推測，常會漏掉作法、把一項切成幾項，或把實施要項、執行單位、完成期限對錯列。',
      '  請對照原計畫核對「計畫」分頁：項數是否相同、每項具體作法的文字是否完整，實施要項、執行單位、完成期限是否在對的那一項；',
      '  能取得 .docx 或 .odt 的話，改用它匯入。',
    ],
    none: ['  這是 PDF：條列依文字的位置分段。請對照原計畫核對「計畫」分頁的項數與每項具體作法的文字。'],
  })[tables].join('\n');
export const cliRolledForward = (from: number, to: number, practices: number, units: number, notes: number) =>
  `  ${from} 年度 → ${to} 年度：沿用具體作法 ${practices} 項、單位 ${units} 個；匯入說明 ${notes} 則`;
export const cliWroteImport = (where: string) => `  已寫入 ${where}：設定、計畫、單位、匯入說明 分頁`;
export const cliSeeImportNotes = (tab: string) => `  請先查看「${tab}」分頁：每則列出匯入時的判斷與它在文件中的位置，確認或改正後再開始填報。`;
// year-end's 年度成效 tab (shared/year-end-drafts.ts): what it holds now, and what to check.
export const cliDraftTab = (tab: string, practices: number, edited: number) =>
  `  「${tab}」分頁：${practices} 項作法的系統草稿已更新，其中 ${edited} 項採用研考人員的公告文字（在「公告文字」欄修改後，再執行一次即可更新文件）`;
export const cliDraftTabStale = (ids: readonly string[]) => `  請核對這 ${ids.length} 項的公告文字：寫好後填報資料有更新（${ids.join('、')}）`;
export const cliDraftTabNotWritten = (tab: string, reason: string) => `注意：「${tab}」分頁未寫入（${reason}）；文件仍採用分頁中已有的公告文字。`;
export const cliSeeProblems = (tab: string) => `  請查看「${tab}」分頁：每則問題列出來源分頁、列、欄位與說明。`;
// year-end writes no 檢核錯誤 tab: it points at the command that does.
export const cliYearEndProblems = (problems: number, tab: string) =>
  `  年度成效只計入檢核通過的填報；這 ${problems} 則檢核錯誤由 guankao consolidate 寫在活頁簿的「${tab}」分頁。`;
export const cliServiceBusy = (detail: string) => `${detail}\n這不是活頁簿的問題，不需要修改任何內容；稍後重新執行即可（重新執行不會重複寫入）。`;
// An .xlsx or .ods holding many rows (functions/command-line.ts): each run reads and writes it whole.
export const cliLargeSpreadsheetFile = (kind: 'xlsx' | 'ods', rows: number) =>
  `  注意：這本 .${kind} 有 ${rows.toLocaleString('en-US')} 列填報。.${kind} 每次彙整都要把整本讀進記憶體、再整本寫回（2 萬列約需數秒與 600 MB 記憶體），` +
  '列數再多會更慢，也可能記憶體不足；填報這麼多時，建議改用 Google 試算表或 CSV 資料夾（以 --out 指定資料夾即可轉成 CSV）。';
export const cliOutputsWereMixed = (tabs: readonly string[]) =>
  `  注意：上次彙整沒有全部寫完，${tabs.map((tab) => `「${tab}」`).join('、')}與其他彙整分頁不是同一次彙整的結果；本次已全部重新產生（詳見「檢核錯誤」）。`;
export const cliUnexpected = (detail: string) => `發生未預期的錯誤：${detail}\n請將此訊息轉給系統管理者（設定 GUANKAO_DEBUG=1 可顯示詳細資訊）。`;
export const cliPdfSkipped = (reason: string) => `注意：${reason}`;
export const unitWorkbookUnreadable = (detail: string) => `無法讀取此單位的填報試算表：${detail}`;
// prepare-period (functions/period/prepare-period.ts, apps-script/src/prepare-period.ts)
export const prepareNoOpenPeriod = (rocYear: number, example: string) =>
  `今天沒有開放填報的期間（${rocYear} 年度尚未開始，或最後一期的填報截止日已過）：請以 --period 指定期間，例如 --period ${example}。`;
export const prepareAdded = (period: string, rows: number) => (rows === 0 ? `${period}：各單位本期都已有填報列，未新增任何列。` : `${period}：已新增 ${rows} 列預填的填報列。`);
export const prepareTabLine = (tab: string, rows: number, practices: readonly string[]) => `${tab}：${rows} 列（${practices.join('、')}）`;
export const prepareOwnSpreadsheet = (unit: string, tab: string) => `${unit} 的填報試算表「${tab}」`;
export const prepareWithoutTab = (units: readonly string[]) =>
  `沒有填報分頁，未新增：${units.join('、')}（請在試算表執行「管考 › 建立單位填報分頁」，或在該單位的填報試算表加上「填報」分頁）`;
export const prepareNotRead = (units: readonly string[]) => `無法讀取自己的填報試算表，未新增：${units.join('、')}（原因見「檢核錯誤」或「單位」分頁的填報試算表欄）`;
export const prepareNotHere = (units: readonly string[]) =>
  `使用自己的填報試算表，本試算表無法開啟，未新增：${units.join('、')}（請以命令列 guankao prepare-period 為這些單位新增）`;
export const prepareHowToFill = '每列只需填寫辦理狀態與執行成效；「檢核結果」為「待填報」的列在填寫前不算填報、也不算錯誤。';

// ---- functions (ingest, consolidate, config) ----
export const configInvalid = (variable: string, detail: string) => `環境變數 ${variable} 設定有誤：${detail}`;
export const configSecretsMissing =
  '未設定環境變數 GUANKAO_HMAC_SECRETS：請設定簽章用的共用密鑰（每組至少 32 個字元，例如以 `openssl rand -base64 32` 產生；更換密鑰期間可用逗號分隔兩組）。';
export const configSecretTooShort = (position: number, min: number) =>
  `第 ${position} 組密鑰只有不到 ${min} 個字元，太短；請改用至少 ${min} 個字元的隨機字串（例如 \`openssl rand -base64 32\`）。`;
export const configSecretsTooMany = (count: number) => `設了 ${count} 組密鑰；同時有效的密鑰最多兩組（更換期間新舊各一）。`;
export const configNotUrl = (value: string) => `「${value}」不是網址（例：http://127.0.0.1:9090/）。`;
export const configNotPort = (value: string) => `「${value}」不是連接埠號碼（1 到 65535 的整數）。`;
export const configDevSecretNeedsLocal =
  '開發用密鑰只能搭配本機活頁簿使用：GUANKAO_WORKBOOK 指向 Google 試算表時，請設定 GUANKAO_HMAC_SECRETS。';
export const devSecretFileTooShort = (file: string, min: number) =>
  `開發用密鑰檔「${file}」的內容不到 ${min} 個字元：請刪除這個檔案，npm start 會重新產生一組；或設定 GUANKAO_HMAC_SECRETS。`;
export const signatureHeadersMissing = '缺少簽章：請附上 X-Guankao-Timestamp（Unix 秒數）與 X-Guankao-Signature（v1=<十六進位>）標頭。';
export const signatureTimestampMalformed = 'X-Guankao-Timestamp 須為 Unix 秒數（只含數字）。';
export const signatureTimestampOutOfWindow = (seconds: number, tolerance: number) =>
  `簽章時間與伺服器時間相差 ${seconds} 秒，超過容許的 ${tolerance} 秒：請確認呼叫端時鐘，以目前時間重新簽章後送出。`;
export const signatureMalformed = 'X-Guankao-Signature 格式有誤：應為 v1=<64 個十六進位字元>，多組時以逗號分隔。';
export const signatureMismatch =
  '簽章不符：請確認使用目前有效的共用密鑰，並以「<timestamp>.<body>」的原始位元組計算 HMAC-SHA256。';
export const problemTitles = {
  tooLarge: '請求內容過大',
  unsupportedType: '不支援的內容類型',
  badRequest: '請求格式有誤',
  unauthorized: '簽章驗證失敗',
  methodNotAllowed: '不支援的請求方法',
  notFound: '找不到這個網址',
  crossOrigin: '不接受瀏覽器的跨來源請求',
  unavailable: '暫時無法處理',
  busy: 'Google 服務暫時忙碌',
  unexpected: '伺服器發生未預期的錯誤',
} as const;
export const bodyTooLarge = (limit: number) => `請求內容超過上限 ${limit.toLocaleString('en-US')} 位元組（1 MiB）。`;
export const unsupportedContentType = (type: string) => `Content-Type 須為 application/json（收到：${type || '未提供'}）。`;
export const bodyNotJson = '請求內容不是有效的 JSON。';
export const bodyNotUtf8 = '請求內容不是有效的 UTF-8 文字。';
export const bodyShape = (details: readonly string[]) =>
  `請求內容格式有誤：${details.join('；')}。應為 {"responseId", "submittedAt", "email", "answers"}。`;
export const bodyUnknownKeys = (keys: readonly string[]) => `不認得的欄位${keys.map((k) => `「${k}」`).join('、')}`;
export const bodyFieldMissing = (path: string) => `缺少欄位「${path}」`;
export const bodyFieldWrong = (path: string) => `欄位「${path}」的型別或內容有誤`;
export const bodyTimestampWrong = '「submittedAt」須為含時區的 ISO 8601 時間（例：2026-03-05T09:15:00+08:00）';
export const bodySubmittedAfterSigning = (submittedAt: string, signedAt: string, tolerance: number) =>
  `「submittedAt」（${submittedAt}）晚於簽章時間（${signedAt}）超過 ${tolerance} 秒：submittedAt 是表單回應的時間戳記，不會晚於送出的時間。請確認表單回應分頁的時間戳記與呼叫端的時鐘。`;
export const bodyTooManyAnswers = (count: number, max: number) =>
  `一份填報最多 ${max} 個問題的答案，這次有 ${count.toLocaleString('en-US')} 個：請確認送出的是單一份表單回應。`;
export const postOnly = '只接受 POST 請求。';
export const workbookUnavailable = (detail: string) =>
  `已收到填報，但目前無法讀取活頁簿以檢核：${detail.replace(/。$/u, '')}。填報已記錄在表單回應中，系統稍後會自動彙整。`;
export const ingestServiceBusy =
  '已收到填報，但 Google 試算表暫時忙碌（讀寫次數已達每分鐘上限或服務暫停），目前無法讀取活頁簿以檢核：填報已記錄在表單回應中，稍後會自動重送並彙整。';
export const ingestUnexpected = '伺服器發生未預期的錯誤，已記錄；填報已記錄在表單回應中，系統稍後會自動彙整。';
export const consolidateUnexpected = '彙整時發生未預期的錯誤，已記錄；下次排程彙整時會再試。';
export const statusPassed = '通過';
export const statusHasProblems = '有誤';
export const rebuildDone = '彙整完成';
export const yearEndDone = '年度成效已產生';
export const logIngestChecked = '收到填報並完成檢核';
export const logIngestReplay = '重送的填報：與先前相同，不重複處理';
export const logRequestRejected = '拒絕請求';
export const logRebuildInputChanged = '寫入後發現輸入已變更，重新彙整';
export const logRebuildFailed = '彙整失敗';
export const logRebuildRetry = (seconds: number) => `彙整失敗，${seconds} 秒後重試`;
export const logRebuildGaveUp = '彙整多次失敗，留待下次排程彙整';
export const logWorkbookUnusable = '活頁簿無法使用';
export const logRateWait = (seconds: number) => `寫入配額保護：暫停 ${seconds} 秒`;
export const logDevSecret = (secret: string, file: string) =>
  `未設定 GUANKAO_HMAC_SECRETS，使用本機開發用密鑰（僅限本機活頁簿，不可用於正式環境）：${secret}（存於 ${file}；npm run post-examples 會自動使用，Apps Script 的 HMAC_SECRET 請填此值）`;
export const localCrossOrigin = (origin: string) =>
  `本機服務不接受瀏覽器網頁送來的請求（Origin：${origin}）：任何開著的網頁都能連到本機，所以只接受 Apps Script、npm run post-examples 等程式送出的簽章請求。`;
export const logServerListening = (url: string) => `本機服務已啟動：${url}（POST /ingest、/consolidate、/yearEnd、/rollForward）`;
export const localRouteUnknown = (path: string) => `沒有「${path}」：本機服務提供 POST /ingest、/consolidate、/yearEnd、/rollForward。`;
export const exampleTitles = {
  passes: (unit: string, id: string, period: string) => `通過：${unit} 回報 ${id}（${period}）辦理中`,
  lateWithoutReasons: '有誤：落後卻未寫落後原因與改善措施',
  unknownUnitFuturePeriod: '有誤：不認得的單位、尚未開始的期間',
  replay: '重送第一筆（內容相同）：回覆相同，不再要求彙整',
  unsigned: '未簽章：拒絕（401）',
  consolidate: '彙整（POST /consolidate，已簽章）',
} as const;
export const postExamplesDone = (base: string) => `完成。彙整結果寫在 ${base} 服務的活頁簿（執行成效、管考總表、單位摘要、檢核錯誤）。`;
export const postExamplesNoServer = '連不上本機服務：請先在另一個終端機執行 npm start。';
export const postExamplesFailed = (detail: string) => `送出範例失敗：${detail}`;

// ---- local workbooks (functions/workbooks/csv/csv-folder-workbook.ts, local-workbook.ts) ----
export const csvFolderUnreadable = (folder: string, code: string) =>
  code === 'ENOENT'
    ? `找不到活頁簿資料夾「${folder}」：請確認路徑（CSV 活頁簿是一個資料夾，每個分頁一個「<分頁>.csv」檔）。`
    : `無法讀取活頁簿資料夾「${folder}」（${code}）：請確認路徑與讀取權限。`;
export const csvMalformed = (tab: string, line: number, encoding: string) =>
  `分頁「${tab}」的 CSV 檔格式有誤${line > 0 ? `（約第 ${line} 行）` : ''}${encodingNote(encoding)}：常見原因是引號未成對，請以試算表軟體開啟後重新存成 CSV。`;
// Where csv-quote-line.ts found the quote csv-parse could not pair: it opened a cell and never closed, or stands inside a cell.
export const csvQuoteUnclosed = (tab: string, line: number, encoding: string) =>
  `分頁「${tab}」的 CSV 檔第 ${line} 行有一個引號（"）沒有成對${encodingNote(encoding)}：從那裡起的內容都被當成同一格。` +
  `請以文字編輯器或試算表軟體修正第 ${line} 行（補上結尾的引號，或刪去多餘的引號）後重新存檔；本次沒有寫入任何結果。`;
export const csvQuoteInsideCell = (tab: string, line: number, encoding: string) =>
  `分頁「${tab}」的 CSV 檔第 ${line} 行有一個引號（"）出現在儲存格中間${encodingNote(encoding)}：CSV 中含引號的儲存格須整格以引號括住、內部的引號寫成兩個（""）。` +
  `請以試算表軟體開啟後重新存成 CSV，或修正第 ${line} 行；本次沒有寫入任何結果。`;
export const csvEncodingUnreadable = (tab: string, found: string) =>
  `分頁「${tab}」的檔案是 ${found}，無法當作 CSV 讀取：請以試算表軟體開啟後另存為「CSV UTF-8（逗號分隔）」。`;
// A tab whose bytes are not all of one encoding (csv-stray-line.ts): `utf8` when most of it is UTF-8 and the line is not.
export const csvEncodingMixed = (tab: string, line: number, utf8: boolean) =>
  (utf8
    ? `分頁「${tab}」的 CSV 檔是 UTF-8，但第 ${line} 行混有不是 UTF-8 的文字（多半是從 Big5 檔案複製過來的）`
    : `分頁「${tab}」的 CSV 檔是 Big5（CP950），但第 ${line} 行有 Big5 讀不出的位元組（造字，或混入了其他編碼的文字）`) +
  `：這樣的檔案讀出來會有亂碼，寫回去就無法復原，所以本次沒有讀取也沒有寫入任何結果。請以文字編輯器開啟，重新輸入第 ${line} 行的中文，另存為「UTF-8」編碼後再執行。`;
// The encodings a CSV tab is read in (csv-encoding.ts), as the messages name them; UTF-8 goes unsaid.
export const csvEncodings = {
  utf8: 'UTF-8',
  cp950: 'Big5（CP950）',
  utf16le: 'UTF-16 LE（Excel「Unicode 文字」）',
  utf16be: 'UTF-16 BE',
  utf32: 'UTF-32 文字檔',
  utf16NoBom: '沒有 BOM 的 UTF-16 文字檔',
  zip: '壓縮檔（例如 .xlsx 或 .ods 活頁簿改了副檔名）',
  binary: '二進位檔（含有 NUL 位元組，不是文字檔）',
} as const;
const encodingNote = (encoding: string) => (encoding === csvEncodings.utf8 ? '' : `（檔案編碼：${encoding}）`);
export const newWorkbookExists = (path: string) => `「${path}」已經存在：不會覆寫既有的活頁簿。請以 --out 指定新的位置，或先移走它。`;
export const localWorkbookMissing = (path: string) =>
  `找不到活頁簿「${path}」：請指定 .xlsx 或 .ods 檔、CSV 檔所在的資料夾，或 Google 試算表的 ID／網址。`;
export const localWorkbookKindUnknown = (path: string) =>
  `不認得「${path}」的格式：活頁簿須為 .xlsx 或 .ods 檔，或放 CSV 檔的資料夾（每個分頁一個「<分頁>.csv」）。`;

// ---- year-end documents (shared/year-end-table.ts, unit-summary.ts, overview.ts; functions/year-end/year-end-documents.ts) ----
export const yearEndTitle = (agency: string, rocYear: number) => `${agency}${rocYear}年度執行成效一覽表`;
export const unitSummaryTitle = (agency: string, rocYear: number, unit: string) => `${agency}${rocYear}年度執行成效－${unit}`;
export const overviewTitle = (agency: string, rocYear: number) => `${agency}${rocYear}年度管考總覽`;
export const documentInfo = (planName: string, madeOn: string) => [planName && `計畫名稱：${planName}`, `製表日期：${madeOn}`].filter(Boolean).join('　');
export const yearEndHeader = ['項次', '實施要項', '具體作法', '執行成效'] as const;
export const yearEndSheet = '執行成效一覽表';
/** After a merged cell's text shown again at the top of a page that continues it. */
export const continuedMark = '（續）';
// A practice's drafted 執行成效 for the year (shared/year-end-draft.ts): each unit's words, then one
// note in brackets with its 量化成果 and, for a practice not done, where it stands.
export const draftUnitPrefix = (unit: string) => `【${unit}】`;
export const draftUnitsNotReported = (units: readonly string[]) => `未填報：${units.join('、')}`;
export const draftNotes = (notes: readonly string[]) => `（${notes.join('；')}）`;
export const draftQuantity = (quantity: string) => `量化成果：${quantity}`;
export const draftYearTotal = (totals: string) => `全年合計：${totals}`;
/** Where a practice not done stands (落後 has draftLate); '' for one done or going on as planned. */
export const draftStatusNote = { 未開始: '尚未開始', 辦理中: '辦理中', 已完成: '', 持續辦理: '', 落後: '進度落後', 取消: '已取消' } as const;
/** Where a report without words stands. */
export const draftStatusAlone = { 未開始: '尚未開始', 辦理中: '辦理中', 已完成: '已完成', 持續辦理: '持續辦理', 落後: '進度落後', 取消: '已取消' } as const;
export const draftLate = (reason: string, improvement: string) => `進度落後，落後原因：${reason}，改善措施：${improvement}`;
// The 年度成效 tab the coordinator finishes (shared/year-end-drafts.ts): what its 狀態 says.
export const draftStateDraft = '採用系統草稿';
export const draftStateEdited = '採用公告文字';
export const draftStateStale = '請核對：公告文字寫好後填報資料有更新，請對照系統草稿';
export const draftStateOrphan = '計畫已無此項作法，不列入一覽表';
export const draftTabUnusable = (tab: string, column: string) =>
  `「${tab}」分頁找不到「${column}」欄，無法對應各項作法：一覽表採用系統草稿，此分頁未更新。請把「${column}」欄的標題放回前幾列，或刪除此分頁讓系統重新建立。`;
export const unitSheets = { practices: '作法成效', late: '落後項目', missing: '未填報期間', quantities: '量化成果' } as const;
export const unitPracticesHeader = ['項次', '具體作法', '完成期限', '辦理狀態', '最近填報', '辦理日期', '執行成效', '量化成果'] as const;
export const unitLateHeader = ['項次', '具體作法', '填報期間', '落後原因', '改善措施'] as const;
export const unitMissingHeader = ['項次', '具體作法', '完成期限', '未填報期間', '期數'] as const;
export const unitQuantitiesHeader = ['項次', '具體作法', '填報期數', '量化成果合計'] as const;
export const unitCounts = (owned: number, done: number, rate: string) => `負責作法 ${owned} 項，已完成 ${done} 項，完成率 ${rate}`;
export const unitSilentCount = (silent: number) => `；全年未填報 ${silent} 項（列於未填報期間）`;
export const notReported = '未填報';
export const noneRow = '（無）';
export const totalLabel = '合計';
export const overviewSheets = { units: '單位完成率', unitCharts: '單位完成率圖表', trend: '每期填報', overdue: '逾期作法' } as const;
export const overviewUnitsHeader = ['單位', '負責作法數', '已完成', '完成率', '應填報期數', '已填報期數', '填報率', '未填報期數'] as const;
export const overviewTrendHeader = ['填報期間', '填報件數', '填報單位數', '已完成件數'] as const;
export const overviewOverdueHeader = ['項次', '具體作法', '單位', '完成期限', '最近狀態', '未填報期數', '逾期說明'] as const;
export const chartCompletion = '各單位完成率與填報率';
export const chartCompletionPart = (part: number, parts: number) => `${chartCompletion}（${part}／${parts}）`;
export const chartTrend = '每期填報件數';
export const overviewName = '年度管考總覽';
export const sectionTitle = (title: string, section: string) => `${title}：${section}`;

// ---- .xlsx and .ods workbooks (functions/workbooks/xlsx/xlsx-workbook.ts, functions/workbooks/ods/) ----
export const spreadsheetFileUnreadable = (path: string, kind: 'xlsx' | 'ods') =>
  kind === 'xlsx'
    ? `無法讀取「${path}」：這不是有效的 .xlsx 活頁簿（檔案可能已損壞、有密碼保護，或是舊版 .xls）。請以 Excel 或 LibreOffice 開啟後另存為 .xlsx。`
    : `無法讀取「${path}」：這不是有效的 .ods 試算表（檔案可能已損壞、有密碼保護，或是其他 ODF 文件）。請以 LibreOffice 開啟後另存為 .ods。`;
export const spreadsheetFileUnwritable = (path: string, code: string) =>
  `無法寫入「${path}」（${code}）：請確認資料夾存在、有寫入權限，且檔案沒有在 Excel 或 LibreOffice 中開啟。`;
export const xlsxTabNameInvalid = (name: string) =>
  `分頁名稱「${name}」不能存成 .xlsx：Excel 的分頁名稱最多 31 個字，且不能含有 [ ] : * ? / \\ 等符號。請改名或改存為 .ods。`;
export const xlsxCellTruncated = '…（以下超過 Excel 儲存格 32,767 字上限，完整內容請見 .ods 或 CSV）';
export const printPageNumber = (page: string, count: string) => `第 ${page} 頁，共 ${count} 頁`;

// ---- plan documents read by import-plan (functions/plan-import/) ----
/** The kinds of plan document a user may give, as the messages name them. */
export type PlanDocumentKindName = 'docx' | 'odt' | 'doc' | 'rtf' | 'pdf';
const saveAsOpenFormat = '請以 Word 或 LibreOffice 開啟後另存為 .docx 或 .odt 再匯入';
export const planDocumentMissing = (path: string) => `找不到計畫文件「${path}」：請確認路徑與檔名（可匯入 .docx、.odt、.doc、.rtf、.pdf，或由文件複製出的 .txt／.md）。`;
export const planDocumentUnreadable = (path: string, code: string) => `無法讀取計畫文件「${path}」（${code}）：請確認檔案存在且有讀取權限。`;
export const planDocumentKindUnknown = (path: string) =>
  `不認得「${path}」的格式：計畫文件請用 .docx、.odt、.doc、.rtf 或 .pdf，或把計畫內容複製成 .txt／.md 文字檔後匯入。`;
export const planDocumentIsSpreadsheet = (path: string) =>
  `「${path}」是試算表，不是計畫文件：import-plan 讀取機關公布的計畫文件（.docx、.odt…）來產生活頁簿；已經是活頁簿的話，請直接執行 guankao consolidate。`;
export const planDocumentEncrypted = (path: string, kind: PlanDocumentKindName) =>
  `「${path}」有密碼保護（內容已加密），無法讀取：請以 ${kind === 'pdf' ? 'PDF 閱讀程式' : 'Word 或 LibreOffice'} 輸入密碼開啟，取消密碼後另存一份，再匯入那一份。`;
export const planDocumentCorrupt = (path: string, kind: PlanDocumentKindName) =>
  `「${path}」不是有效的 .${kind} 檔（檔案結構損壞，可能未下載完整）：${kind === 'pdf' ? '請重新下載，或改用機關原始的 .docx／.odt 計畫文件' : saveAsOpenFormat}。`;
export const planDocumentEmpty = (path: string) =>
  `「${path}」中沒有任何文字或表格：請確認選的是計畫本文（不是空白範本，或只有圖片的檔案）。`;
export const planDocumentNeedsOcr = (path: string, pages: number) =>
  `「${path}」共 ${pages} 頁都沒有文字（應是掃描成圖片的 PDF），需要文字辨識（OCR）才能讀出計畫內容：請改用機關原始的計畫文件（.docx、.odt 或 .doc），或先以 OCR 軟體轉成含文字的 PDF 再匯入。`;
export const planDocumentNeedsLibreOffice = (path: string, kind: PlanDocumentKindName, program: string) =>
  `讀取 .${kind} 檔需要 LibreOffice，但找不到（${program}）：請安裝 LibreOffice（Debian／Ubuntu：apt-get install libreoffice-writer；Windows、macOS 請由 LibreOffice 官方網站下載）後重新執行，或設定 GUANKAO_SOFFICE 指向 soffice 程式；也可以用 Word 將「${path}」另存為 .docx 或 .odt，再匯入那一份。`;
export const planDocumentConversionFailed = (path: string, kind: PlanDocumentKindName, detail: string) =>
  `LibreOffice 無法讀取「${path}」${detail ? `（${detail.split('\n').at(-1)}）` : ''}：.${kind} 檔可能已損壞或有密碼保護。${saveAsOpenFormat}。`;
export const planDocumentConversionTimedOut = (path: string, seconds: number) =>
  `LibreOffice 轉換「${path}」超過 ${seconds} 秒仍未完成，已中止：${saveAsOpenFormat}。`;

// ---- Google Sheets backend (functions/workbooks/sheets/) ----
export const sheetsForbidden = (spreadsheetId: string, serviceAccount: string | undefined) =>
  `沒有權限開啟 Google 試算表「${spreadsheetId}」：請在試算表右上角按「共用」，把${
    serviceAccount ? `服務帳戶 ${serviceAccount}` : '本服務執行時使用的服務帳戶（Cloud Run 服務的「服務帳戶」電子郵件）'
  }加為「編輯者」，再重新執行。`;
export const sheetsApiDisabled =
  '此 Google Cloud 專案尚未啟用 Google Sheets API：請在 Cloud Console 的「API 和服務」中啟用 Google Sheets API，幾分鐘後再執行。';
export const sheetsNotFound = (spreadsheetId: string) =>
  `找不到 Google 試算表「${spreadsheetId}」：請確認試算表 ID（網址中 /d/ 與 /edit 之間的那一段）沒有打錯，且試算表未被刪除。`;
export const sheetsNotSpreadsheet = (spreadsheetId: string) =>
  `「${spreadsheetId}」不是 Google 試算表（可能是上傳到雲端硬碟的 Excel 檔）：請以「檔案 › 儲存為 Google 試算表」轉換，再使用新試算表的 ID。`;
export const sheetsNoCredentials =
  '找不到 Google 憑證：在本機請先執行 gcloud auth application-default login；在 Cloud Run 上會自動使用服務的服務帳戶。';
export const sheetsRejectedCredentials = 'Google 不接受目前的憑證：請重新執行 gcloud auth application-default login，或確認 Cloud Run 服務的服務帳戶仍然有效。';
export const sheetsUnreachable = (root: string, code: string) =>
  `連不上 Google 試算表 API（${root}，${code}）：請確認網路連線，以及 GUANKAO_SHEETS_API_URL 的設定。`;
export const sheetsQuotaExhausted =
  'Google 試算表的每分鐘讀寫次數已達上限，重試後仍未成功：請過一分鐘後再執行（排程會自動再試）。';
export const sheetsUnavailable = (detail: string) => `Google 試算表服務暫時無法使用（${detail}），重試後仍未成功：請稍後再執行。`;
export const sheetsConnectionDropped = '連線中斷';
export const sheetsTooManyCells =
  '試算表已達 Google 試算表的儲存格數上限（1,000 萬格），無法寫入彙整結果：請刪除不用的分頁或多餘的空白列、欄後再執行。';
export const sheetsRejected = (detail: string) => `Google 試算表拒絕了這次寫入（${detail}）：請將此訊息轉給系統管理者。`;
/** The hidden tab an output is built in when it is too large for one request, before it replaces the output. */
export const sheetsStagingTab = (tab: string) => `【彙整中】${tab}`;
export const spreadsheetTabsNotEmpty = (spreadsheetId: string, tabs: readonly string[]) =>
  `試算表 ${spreadsheetId} 的 ${tabs.map((tab) => `「${tab}」`).join('、')} 分頁已有內容：不會寫在既有的計畫上。請建立一個新的空白試算表（並共用給服務帳戶），或以 --out 指定 .xlsx、.ods 檔或資料夾。`;
export const sofficeMissing = (program: string) =>
  `找不到 LibreOffice（${program}），無法產生 PDF；.ods 與 .xlsx 已寫好。請安裝 LibreOffice（Debian／Ubuntu：apt-get install libreoffice-calc libreoffice-writer fonts-noto-cjk）後重新執行。`;
export const sofficeTimedOut = (seconds: number) => `LibreOffice 轉成 PDF 超過 ${seconds} 秒未完成，已中止；.ods 與 .xlsx 已寫好，請稍後重新執行。`;
export const pdfNotProduced = (source: string, detail: string) => `LibreOffice 未能將「${source}」轉成 PDF${detail ? `（${detail.split('\n').at(-1)}）` : ''}；.ods 與 .xlsx 已寫好。`;

// ---- Apps Script: the Form and Sheet side (apps-script/src/) ----
export const gasMenu = {
  title: '管考',
  consolidate: '立即彙整',
  yearEnd: '產生年度成效',
  syncForm: '依計畫更新表單',
  unitTabs: '建立單位填報分頁',
  prepareRows: '準備本期填報列',
  checkSetup: '檢查設定',
  installTriggers: '安裝觸發程序',
  previewReminders: '催報預覽（不寄出）',
  requeueFailed: '重新傳送失敗項目',
  rollForward: '建立明年度活頁簿',
} as const;
export const gasQueueStates = { pending: '待送', delivered: '已送達', failed: '失敗' } as const;
export const gasSendResultsSetting = '寄送檢核結果';
export const gasPropertyMissing = (name: string) =>
  `尚未設定指令碼屬性 ${name}：請在 Apps Script 編輯器的「專案設定 › 指令碼屬性」新增 ${name}（說明見 apps-script/README.md）。`;
export const gasFunctionUrlInvalid = (url: string) =>
  `指令碼屬性 FUNCTION_URL「${url}」不是網址：請填入 ingest 服務的網址（https://… 開頭）。`;
export const gasSecretTooShort = (length: number) =>
  `指令碼屬性 HMAC_SECRET 太短：每組密鑰至少 ${length} 個字元，且須與 Cloud Function 的 GUANKAO_HMAC_SECRETS 相同。`;
export const gasUnreachable = (detail: string) => `連不上檢核服務（${detail}），稍後會自動重送。`;
export const gasServerBusy = (status: number, detail: string | undefined) =>
  `檢核服務暫時無法處理（HTTP ${status}${detail ? `：${detail}` : ''}），稍後會自動重送。`;
export const gasNotGuankao = '回應的不是 guankao 檢核服務：請確認指令碼屬性 FUNCTION_URL 是 ingest 服務的網址。';
export const gasRefused = (status: number) => `檢核服務拒絕了這筆資料（HTTP ${status}）。`;
export const gasDeliveryFailed = (status: number, reason: string) =>
  `無法送出檢核（HTTP ${status}）：${reason}\n請研考人員執行「管考 › 檢查設定」，修正後執行「管考 › 重新傳送失敗項目」。`;
export const gasResultMailSubject = (practice: string, period: string) =>
  `【管考】填報檢核有誤：${[practice, period].filter(Boolean).join('，') || '請修正您的填報'}`;
export const gasResultMailBody = (problems: readonly { readonly 欄位: string; readonly 說明: string }[]) =>
  [
    '您好：',
    '',
    '您剛送出的填報經系統檢核，有以下問題：',
    ...problems.map((problem) => `・${problem.欄位}：${problem.說明}`),
    '',
    '請使用表單確認信中的「編輯回應」連結修正，或重新填報一次（以最後一次正確的填報為準）。',
    '本信由管考系統自動寄出，請勿直接回覆。',
  ].join('\n');
export const gasRemoteLater = (reason: string) => `${reason.replace(/，稍後會自動重送。$/u, '')}。請稍後再試一次。`;
export const gasRemoteRefused = (status: number, reason: string) => `檢核服務拒絕了這次要求（HTTP ${status}）：${reason}`;
export const gasRemoteDone = (
  yearEnd: boolean,
  status: string,
  counts: { readonly [key in 'rows' | 'valid' | 'counted' | 'invalid' | 'problems']?: number | undefined },
) =>
  [
    yearEnd ? `${status}：「年度執行成效一覽表」及各單位成效分頁已更新。` : `${status}。`,
    counts.rows === undefined
      ? ''
      : `共 ${counts.rows} 列填報，通過 ${counts.valid ?? 0} 列，有誤 ${counts.invalid ?? 0} 列；計入 ${counts.counted ?? 0} 筆；檢核錯誤 ${counts.problems ?? 0} 項。`,
  ]
    .filter(Boolean)
    .join('\n');
export const gasRollForwardPrompt =
  '請先建立一個空白的 Google 試算表，並共用給檢核服務的服務帳戶（編輯者），再把它的網址貼在下面。\n系統會把明年度的「設定」「計畫」（附今年的檢討）與「單位」寫進去；本試算表不會改動。';
export const gasRollForwardNoAnswer = '沒有貼上試算表網址，未建立明年度活頁簿。';
export const gasRollForwardDone = (answer: { readonly status: string; readonly rocYear: number; readonly practices: number; readonly units: number; readonly notes: number }) =>
  `${answer.status}（${answer.rocYear} 年度）：具體作法 ${answer.practices} 項、單位 ${answer.units} 個。\n請開啟新的試算表，先查看「匯入說明」分頁的 ${answer.notes} 則說明與「計畫」分頁的「檢討」欄，再安裝「管考」選單。`;
export const gasFormTitle = (planTitle: string) => `${planTitle || '提升服務品質執行計畫'} 填報`;
export const gasFormDescription =
  '請先選擇填報單位，再選擇本單位負責的具體作法，並填寫本期辦理情形。由催報信的連結開啟時，單位、具體作法與填報期間已經填好，只需填寫辦理狀態與執行成效。送出後，系統會在試算表的「檢核結果」欄寫入檢核結果。';
export const gasPracticeQuestion = (unit: string) => `具體作法（${unit}）`;
export const gasContentSection = '填報內容';
export const gasLateSection = '落後說明';
export const gasPracticeHelp = '只列出本單位負責的具體作法。';
export const gasDirectPracticeHelp = '由催報信的連結開啟時已選好，可直接按「繼續」。自行填報請留空，下一頁只列出本單位負責的作法。';
export const gasStatusHelp = '選「落後」時，下一頁會請您說明落後原因與改善措施。';
export const gasResultHelp = '辦理狀態為「未開始」以外時必填。';
export const gasEvidenceHelp = '網址（http:// 或 https:// 開頭），多個網址請分行填寫。';
export const gasLateHelp = '辦理狀態為「落後」時，落後原因與改善措施都必填。';
export const gasUnitTabName = (unit: string) => `填報-${unit}`;
export const gasDropdownHelp = (column: string) => `請從清單選擇${column}（依「計畫」「設定」分頁產生）。`;
const gasTriggerNames: Readonly<Record<string, string>> = {
  onFormSubmit: '表單送出時檢核（onFormSubmit）',
  retryQueue: '每 5 分鐘重送待送項目（retryQueue）',
  sendReminders: '每月催報（sendReminders）',
  prepareRows: '每月準備本期填報列（prepareRows）',
};
const gasTriggerName = (handler: string) => gasTriggerNames[handler] ?? handler;
const gasTriggerNext: Readonly<Record<string, string>> = {
  onFormSubmit: '這筆回應尚未送出檢核；每 5 分鐘的重送會補送超過 3 分鐘仍沒有檢核結果的回應。',
  retryQueue: '待送的回應仍留在「待送」分頁，下一次重送（5 分鐘後）會再送出。',
  sendReminders: '已寄出的單位都已記錄，不會重複寄送；排除原因後，請在 Apps Script 編輯器執行 sendReminders 寄給其餘單位。',
  prepareRows: '已新增的列都留著；排除原因後，請執行「管考 › 準備本期填報列」補上其餘的列（不會重複新增）。',
};
/** Logged, never thrown, when a trigger meets the unexpected: what did not happen and what will. */
export const gasTriggerFailed = (handler: string) => `觸發程序「${gasTriggerName(handler)}」執行時發生未預期的錯誤。${gasTriggerNext[handler] ?? ''}`;
export const gasTriggerCreated = (handler: string) => `已安裝觸發程序：${gasTriggerName(handler)}`;
export const gasTriggerPresent = (handler: string) => `觸發程序已安裝：${gasTriggerName(handler)}`;
export const gasTriggerDeduplicated = (handler: string, removed: number) =>
  `已刪除重複的觸發程序 ${removed} 個：${gasTriggerName(handler)}（重複安裝會讓每筆回應送出兩次）`;
export const gasCheckTabPresent = (tab: string) => `「${tab}」分頁存在`;
export const gasCheckTabMissing = (tab: string) => `缺少「${tab}」分頁：請新增此分頁（各分頁的欄位見 guankao 使用說明〈活頁簿格式〉）。`;
export const gasCheckPlanRead = (rocYear: number, practices: number, units: number) =>
  `計畫：${rocYear} 年度，${practices} 項具體作法，${units} 個單位`;
export const gasCheckPlanProblem = (source: string, row: number | null, column: string, message: string) =>
  `「${source}」${row === null ? '' : `第 ${row} 列`}「${column}」：${message}`;
export const gasCheckMoreProblems = (count: number) => `…另有 ${count} 項問題，請執行「立即彙整」後查看「檢核錯誤」分頁。`;
export const gasCheckImportNotes = (count: number, shown: number) =>
  `「匯入說明」有 ${count} 則匯入計畫時的判斷待確認${count > shown ? `（以下列出前 ${shown} 則）` : ''}：確認或改正「設定」「計畫」「單位」後，可刪除該列。`;
export const gasCheckImportNote = (note: { tab: string; row: number | null; id: string; where: string; message: string }) =>
  `匯入說明：${note.tab}${note.row === null ? '' : ` 第 ${note.row} 列`}${note.id ? `（項次 ${note.id}）` : ''}${note.where ? `，文件${note.where}` : ''}：${note.message}`;
export const gasCheckUnitWithoutEmail = (unit: string) => `單位「${unit}」沒有填報人電子郵件：催報信無法寄給此單位，請在「單位」分頁填寫。`;
export const gasCheckNoForm = '此試算表尚未連結 Google 表單：請執行「管考 › 依計畫更新表單」建立表單。';
export const gasCheckColumnMissing = (tab: string, column: string) =>
  `「${tab}」分頁沒有「${column}」欄：請執行「管考 › 依計畫更新表單」，或在表單中加入此題。`;
export const gasCheckConnection = (url: string, secrets: number) =>
  `檢核服務：${url}（${secrets === 1 ? '1 組密鑰' : `${secrets} 組密鑰，輪替中`}）`;
export const gasCheckAccount = (email: string) => `執行帳號：${email}（由此帳號安裝的觸發程序以此帳號的權限與寄信額度執行）`;
export const gasCheckTriggerMissing = (handler: string) =>
  `尚未安裝觸發程序：${gasTriggerName(handler)}。請執行「管考 › 安裝觸發程序」。`;
export const gasCheckTriggerTwice = (handler: string, count: number) =>
  `觸發程序重複安裝 ${count} 次：${gasTriggerName(handler)}。請執行「管考 › 安裝觸發程序」自動移除重複的。`;
export const gasCheckQueueFailed = (count: number) =>
  `有 ${count} 筆回應無法送出檢核（見各回應的「檢核結果」欄）：修正設定後請執行「管考 › 重新傳送失敗項目」。`;
export const gasCheckQueueWaiting = (count: number) => `有 ${count} 筆回應等待重送（檢核服務暫時連不上時會自動重送）。`;
export const gasCheckReport = (report: { readonly ok: boolean; readonly lines: readonly string[] }) =>
  [report.ok ? '設定完整，可以開始使用。' : '以下項目需要處理：', '', ...report.lines].join('\n');
export const gasReminderSubject = (period: string) => `【管考催報】${period}尚未填報的具體作法`;
export const gasReminderBody = (agency: string, unit: string, period: string, due: string, practices: readonly { readonly practice: string; readonly link: string | null }[]) =>
  [
    `${unit} 您好：`,
    '',
    `${agency ? `${agency}` : ''}提升服務品質執行計畫 ${period}的填報已於 ${due} 截止，貴單位下列具體作法尚未填報：`,
    ...practices.map(({ practice, link }) => (link ? `・${practice}\n  填報連結（單位、作法與期間已填好，只需填寫辦理狀態與執行成效）：${link}` : `・${practice}`)),
    '',
    '請儘速透過填報表單（上列連結）或本單位的填報分頁補填。若已填報，可能是填報內容有誤未能計入，請查看試算表中該列的「檢核結果」。',
    '本信由管考系統自動寄出，請勿直接回覆。',
  ].join('\n');
export const gasReminderNoPeriod = '目前沒有已過填報截止日的期間，不需催報。';
export const gasReminderAlreadySent = (period: string) => `${period}的催報信已寄出過，不再重複寄送。`;
export const gasReminderMailStopped = (units: readonly string[]) =>
  `寄信未完成（可能已達每日寄信額度），尚未寄給：${units.join('、')}。請明天在 Apps Script 編輯器執行 sendReminders，只會寄給尚未寄出的單位。`;
/** Where a unit's 催報 was decided (apps-script/src/reminders.ts ReminderSource). */
export const gasReminderSources = {
  responses: '本試算表的填報資料',
  tracking: '「管考總表」（此單位使用自己的填報試算表）',
} as const;
const gasReminderGap = (gap: 'absent' | 'stale' | 'no-period' | 'no-row', period: string, due: string) =>
  ({
    absent: '這些單位使用自己的填報試算表，要依「管考總表」判斷，但本試算表沒有「管考總表」分頁',
    stale: `這些單位使用自己的填報試算表，要依「管考總表」判斷，但「管考總表」是在${period}的填報截止日（${due}）以前彙整的，還看不出誰逾期未填`,
    'no-period': `這些單位使用自己的填報試算表，要依「管考總表」判斷，但「管考總表」沒有「${period}」欄（可能是其他年度或填報週期的彙整結果）`,
    'no-row': '「管考總表」沒有這些具體作法的列（計畫可能在上次彙整後修改過）',
  })[gap];
export const gasReminderReport = (
  dryRun: boolean,
  period: string,
  due: string,
  reminders: readonly { readonly unit: string; readonly to: readonly string[]; readonly practices: readonly string[]; readonly source: keyof typeof gasReminderSources }[],
  withoutEmail: readonly string[],
  undecided: readonly { readonly unit: string; readonly gap: 'absent' | 'stale' | 'no-period' | 'no-row'; readonly practices: readonly string[] }[],
) => {
  const gaps = [...new Set(undecided.map((entry) => entry.gap))];
  return [
    dryRun ? `預覽：以下為${period}的催報信，尚未寄出。` : `已寄出${period}的催報信 ${reminders.length} 封。`,
    reminders.length > 0 ? '' : withoutEmail.length + undecided.length === 0 ? '所有單位都已填報，不需催報。' : '沒有可以寄出的催報信。',
    ...reminders.map(
      (reminder) =>
        `\n【${reminder.unit}】寄給 ${reminder.to.join('、')}（依據：${gasReminderSources[reminder.source]}）\n${reminder.practices.map((practice) => `・${practice}`).join('\n')}`,
    ),
    withoutEmail.length > 0 ? `\n未填報但沒有填報人電子郵件（未寄出）：${withoutEmail.join('、')}` : '',
    ...gaps.map((gap) => {
      const entries = undecided.filter((entry) => entry.gap === gap);
      const advice = `${gasReminderGap(gap, period, due)}。請先執行「管考 › 立即彙整」。`;
      if (gap !== 'no-row') return `\n無法判斷是否已填報（未寄出）：${entries.map((entry) => entry.unit).join('、')}\n${advice}`;
      return `\n無法判斷下列具體作法是否已填報（未寄出）：${advice}${entries.map((entry) => `\n【${entry.unit}】\n${entry.practices.map((practice) => `・${practice}`).join('\n')}`).join('')}`;
    }),
  ]
    .filter(Boolean)
    .join('\n');
};
export const gasFormSynced = (
  result: { readonly ok: true; readonly value: { readonly formUrl: string; readonly created: boolean; readonly units: number; readonly practices: number } } | { readonly ok: false; readonly reason: string },
) =>
  result.ok
    ? `${result.value.created ? '已建立表單' : '已更新表單'}：${result.value.units} 個單位，共 ${result.value.practices} 個具體作法選項。\n表單網址：${result.value.formUrl}`
    : result.reason;
export const gasUnitTabsDone = (
  result: { readonly ok: true; readonly value: { readonly created: readonly string[]; readonly updated: readonly string[] } } | { readonly ok: false; readonly reason: string },
) =>
  result.ok
    ? [
        result.value.created.length > 0 ? `已建立：${result.value.created.join('、')}` : '',
        result.value.updated.length > 0 ? `已更新下拉選單：${result.value.updated.join('、')}` : '',
        result.value.created.length + result.value.updated.length === 0 ? '計畫中沒有任何單位負責的具體作法。' : '',
      ]
        .filter(Boolean)
        .join('\n')
    : result.reason;
export const gasRequeued = (count: number) => (count === 0 ? '沒有失敗的項目。' : `已將 ${count} 筆失敗的回應放回待送，接下來幾分鐘內會重新送出。`);
export const gasUnexpected = '執行時發生未預期的錯誤，已記錄在 Apps Script 的執行紀錄中：請稍後再試，或將執行紀錄轉給系統管理者。';

// ---- year-end PDFs through Writer (functions/year-end/pdf-export.ts, functions/year-end/odt-document.ts) ----
/** A published PDF (made by LibreOffice Writer for its table structure) was not produced: most often Writer is not installed beside Calc. */
export const writerPdfNotProduced = (name: string, detail: string) =>
  `LibreOffice 未能產生「${name}.pdf」${detail ? `（${detail.split('\n').at(-1)}）` : ''}；.ods 與 .xlsx 已寫好。這份 PDF 由 LibreOffice Writer 製作（表格標題可供螢幕報讀），請確認已安裝 Writer（Debian／Ubuntu：apt-get install libreoffice-writer）後重新執行。`;

// ---- year-end in Google Drive (functions/year-end/drive-*.ts, year-end-google.ts) ----
export const configNotDriveFolder = (value: string) =>
  `「${value}」不是 Google 雲端硬碟資料夾：請填資料夾 ID，或資料夾網址（例：https://drive.google.com/drive/folders/1AbC…）。`;
/** The year's summary spreadsheet in the Drive folder; its exports carry the same name. */
export const yearEndSpreadsheetTitle = (agency: string, rocYear: number) => `${agency} ${rocYear}年度執行成效一覽表`;
export const yearEndNeedsFolder =
  '這是 Google 試算表：年度成效會放到 Google 雲端硬碟的資料夾。請設定環境變數 GUANKAO_DRIVE_FOLDER（資料夾 ID 或網址，資料夾須共用給服務帳戶），或以 --out <資料夾> 寫成本機檔案。';
const serviceAccountText = (serviceAccount: string | undefined) =>
  serviceAccount ? `服務帳戶 ${serviceAccount}` : '本服務執行時使用的服務帳戶（Cloud Run 服務的「服務帳戶」電子郵件）';
export const driveFolderNotFound = (folderId: string, serviceAccount: string | undefined) =>
  `找不到 Google 雲端硬碟資料夾「${folderId}」，或它沒有共用給${serviceAccountText(serviceAccount)}：請在雲端硬碟對該資料夾按「共用」，把${serviceAccountText(serviceAccount)}加為「編輯者」（共用雲端硬碟請加為「內容管理員」），並確認 GUANKAO_DRIVE_FOLDER 是該資料夾的 ID，再重新執行。`;
export const driveNotFolder = (folderId: string) => `GUANKAO_DRIVE_FOLDER 的「${folderId}」是檔案而不是資料夾：請改填要放年度成效的資料夾 ID。`;
export const driveFolderReadOnly = (folderId: string, serviceAccount: string | undefined) =>
  `Google 雲端硬碟資料夾「${folderId}」只共用給${serviceAccountText(serviceAccount)}檢視，無法放入檔案：請把它的權限改為「編輯者」（共用雲端硬碟請改為「內容管理員」），再重新執行。`;
export const driveNoStorage =
  '服務帳戶沒有自己的雲端硬碟儲存空間，無法在一般資料夾建立檔案：請把年度成效的資料夾放在「共用雲端硬碟」中，並把服務帳戶加為該共用雲端硬碟的「內容管理員」，再重新執行。';
export const driveForbidden = (fileId: string, serviceAccount: string | undefined) =>
  `沒有權限更新 Google 雲端硬碟中的檔案「${fileId}」：請把${serviceAccountText(serviceAccount)}加為該檔案（或其資料夾）的「編輯者」，再重新執行。`;
export const driveApiDisabled =
  '此 Google Cloud 專案尚未啟用 Google Drive API：請在 Cloud Console 的「API 和服務」中啟用 Google Drive API，幾分鐘後再執行。';
export const driveQuotaExhausted = 'Google 雲端硬碟的請求次數已達上限，重試後仍未成功：請過幾分鐘後再執行。';
export const driveUnavailable = (detail: string) => `Google 雲端硬碟服務暫時無法使用（${detail}），重試後仍未成功：請稍後再執行。`;
export const driveUnreachable = (root: string, code: string) =>
  `連不上 Google Drive API（${root}，${code}）：請確認網路連線，以及 GUANKAO_DRIVE_API_URL 的設定。`;
export const driveExportTooLarge = (name: string) => `「${name}」太大，Google 雲端硬碟無法匯出（上限 10 MB）：請改以 guankao year-end --out 在本機產生檔案。`;
export const driveRejected = (detail: string) => `Google 雲端硬碟拒絕了這次要求：${detail}`;
/** The tab a rewrite of the summary spreadsheet holds for a moment (a spreadsheet must keep one visible tab). */
export const yearEndRewritingTab = '【更新中】';
/** One published file in the command line's summary: its name, Drive id, and whether it was made or replaced. */
export const driveFileLine = (name: string, id: string, created: boolean) => `${name}（Google 雲端硬碟 ${id}，${created ? '新建' : '已更新'}）`;

// ---- adapters' own messages: output locations, refused in-place writes (functions/workbooks/, functions/year-end/) ----
// Why a folder or file cannot be made where the run was told to write, by the OS error code.
const LOCATION_PROBLEMS: Readonly<Record<string, string>> = {
  EEXIST: '那裡已有同名的檔案，不是資料夾',
  ENOTDIR: '路徑中有一段是檔案而不是資料夾',
  EISDIR: '那裡是資料夾，不是檔案',
  EACCES: '沒有寫入那裡的權限',
  EPERM: '沒有寫入那裡的權限',
  EROFS: '那裡在唯讀的磁碟上',
  ENOSPC: '磁碟空間已滿',
  EDQUOT: '已超過磁碟配額',
  ENAMETOOLONG: '路徑太長',
  ENOENT: '那個位置不能建立資料夾或檔案（例如 /proc 之類的系統資料夾）',
};
// The reason in words; the OS's code only for a reason we have no words for, for whoever helps the user.
const locationProblem = (code: string) => LOCATION_PROBLEMS[code] ?? `系統回報的錯誤代碼：${code}`;
/** True when `code` is an OS error the user can fix by choosing another place (or freeing space). */
export const isLocationProblem = (code: string) => code in LOCATION_PROBLEMS;
export const outputFolderUnusable = (path: string, code: string) =>
  `無法在「${path}」建立輸出資料夾：${locationProblem(code)}。請以 --out 指定另一個位置，或處理後重新執行。`;
// `consolidate --out` into a CSV folder holding tab files the copy would not replace (functions/workbooks/csv/csv-copy-target.ts).
export const outputFolderHoldsOtherTabs = (folder: string, files: readonly string[]) =>
  `「${folder}」裡已有這次不會寫入的分頁檔：${files.slice(0, 5).join('、')}${files.length > 5 ? ` 等 ${files.length} 個` : ''}` +
  '（多半是另一個活頁簿的複本，或先前有、現在已改名或刪除的分頁）。資料夾裡的每個 CSV 檔都算是活頁簿的一個分頁，留著它們，複本就會混進不屬於這個活頁簿的資料，' +
  '所以本次沒有寫入任何檔案：請以 --out 指定空的（或還不存在的）資料夾，或先移走這些檔案後重新執行。';
export const outputLinkDangling = (folder: string, link: string, target: string) =>
  `無法在「${folder}」建立輸出資料夾：${link === folder ? '那裡' : `其中的「${link}」`}是指向「${target || '（無法讀取）'}」的連結（捷徑），但連結的目的地不存在。請以 --out 指定另一個位置，或先建立連結的目的地後重新執行。`;
// A user's file changing under every round of a write (functions/workbooks/guarded-replace.ts).
export const fileKeptChanging = (path: string, rounds: number) =>
  `「${path}」在寫入期間一直被修改（連續 ${rounds} 次），本次沒有寫入這個檔案；檔案內容沒有遺失，請稍後再執行一次。`;
export const outputFileUnusable = (path: string, code: string) =>
  `無法寫入「${path}」：${locationProblem(code)}。請以 --out 指定另一個位置，或處理後重新執行。`;
/** What an exceljs round trip would lose from an .xlsx (functions/workbooks/xlsx/xlsx-workbook.ts). */
export type XlsxPart = 'charts' | 'pivotTables' | 'drawings';
const XLSX_PART_NAMES: Readonly<Record<XlsxPart, string>> = { charts: '圖表', pivotTables: '樞紐分析表', drawings: '圖片或繪圖物件' };
const xlsxPartList = (parts: readonly XlsxPart[]) => parts.map((part) => XLSX_PART_NAMES[part]).join('、');
export const xlsxPartsRefused = (path: string, parts: readonly XlsxPart[]) =>
  `「${path}」含有${xlsxPartList(parts)}，直接寫回這個檔案會讓它們遺失，所以沒有寫入。請以 --out 另存一份彙整結果（例：--out 彙整結果.xlsx，新檔不含${xlsxPartList(parts)}；原檔不會更動），或改用 .ods、CSV 資料夾或 Google 試算表。`;
export const xlsxCopyPartsDropped = (path: string, parts: readonly XlsxPart[]) =>
  `注意：「${path}」是副本，原檔中的${xlsxPartList(parts)}沒有保留在副本中（原檔不受影響）。`;
export const odsLayoutRefused = (path: string) =>
  `「${path}」的版面（例如儲存格中又有表格）無法只改「檢核結果」欄；若直接寫回，使用者分頁的公式與格式會遺失，所以沒有寫入。請以 --out 另存一份彙整結果，或把該表格移出儲存格後重新執行。`;
export const odsCopyFromValues = (path: string) =>
  `注意：「${path}」的版面無法逐欄編輯，副本依儲存格的值重新產生：使用者分頁的公式與格式沒有保留在副本中（原檔不受影響）。`;
