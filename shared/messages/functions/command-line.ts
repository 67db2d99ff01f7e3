// What the command line says (functions/command-line.ts, functions/commands/, functions/plan-import/import-plan-run.ts).

export const importDefaultWorkbookName = (document: string) => `${document}-管考.xlsx`;
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
export const cliUnknownCommand = (command: string) =>
  `不認得的指令「${command}」（可用：consolidate、year-end、prepare-period、import-plan、roll-forward）`;
export const cliDocumentMissing = '請指定計畫文件（例：guankao import-plan 計畫.txt）';
export const cliOutRequired = (command: string) =>
  `${command} 需要 --out 指定新活頁簿的位置（例：--out 116年度.xlsx）；不會寫入原本的活頁簿。`;
export const cliWorkbookMissing = '請指定活頁簿（試算表 ID、.xlsx／.ods 檔或 CSV 資料夾）';
export const cliExtraArguments = (extra: readonly string[]) => `多出的參數：${extra.join(' ')}`;
export const cliUnknownOption = (option: string) => `不認得的選項「${option}」（可用：--out <位置>、--period <期間>、--help）`;
export const cliOptionValueMissing = (option: '--out' | '--period') =>
  `選項「${option}」後面需要一個值，例如 ${option === '--out' ? '--out out/彙整' : '--period 115年4月'}`;
export const cliOptionNotFor = (option: string, command: string) => `指令 ${command} 不使用選項「${option}」`;
export const cliReading = (location: string) => `讀取 ${location}…`;
export const cliWriting = '寫入結果…';
export const cliTitle = (planTitle: string, rocYear: number) => planTitle || `${rocYear} 年度計畫`;
export const cliCounts = (c: {
  units: number;
  practices: number;
  rows: number;
  valid: number;
  invalid: number;
  awaiting?: number;
  problems: number;
}) =>
  `  單位 ${c.units} 個、具體作法 ${c.practices} 項；填報 ${c.rows} 列（通過 ${c.valid}、有誤 ${c.invalid}${c.awaiting ? `、待填報 ${c.awaiting}` : ''}）；檢核錯誤 ${c.problems} 則`;
export const cliWroteConsolidation = (where: string, tabs: readonly string[]) =>
  `  已寫入 ${where}：${tabs.join('、')} 分頁，以及各填報分頁的檢核結果欄`;
export const cliWroteYearEnd = (files: readonly string[]) =>
  `  已產生 ${files.length} 個檔案：\n${files.map((f) => `    ${f}`).join('\n')}`;
export const cliImported = (practices: number, units: number, notes: number) =>
  `  找到具體作法 ${practices} 項、單位 ${units} 個；匯入說明 ${notes} 則`;
/** After importing text whose table has spaces between its columns (pasted from a PDF): the columns are a guess. */
export const cliImportedFromSpacedText =
  '  這份文字的表格以空白分欄（從 PDF 複製貼上）：各欄依表頭與內容推測；請逐項核對具體作法、執行單位與完成期限，能的話改貼以 Tab 分欄的文字。';
/** After a list import where some items look like cells of a table pasted one to a line. */
export const cliImportedCellsAsPractices = (count: number) =>
  `  注意：條列中有 ${count} 項看來是表格的一格而不是具體作法（「匯入說明」逐項列出）；文字若是從 PDF 複製的表格，請改貼以 Tab 分欄的文字，或改用 .docx／.odt。`;
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
export const cliSeeImportNotes = (tab: string) =>
  `  請先查看「${tab}」分頁：每則列出匯入時的判斷與它在文件中的位置，確認或改正後再開始填報。`;
// year-end's 年度成效 tab (shared/year-end-drafts.ts): what it holds now, and what to check.
export const cliDraftTab = (tab: string, practices: number, edited: number) =>
  `  「${tab}」分頁：${practices} 項作法的系統草稿已更新，其中 ${edited} 項採用研考人員的公告文字（在「公告文字」欄修改後，再執行一次即可更新文件）`;
export const cliDraftTabStale = (ids: readonly string[]) =>
  `  請核對這 ${ids.length} 項的公告文字：寫好後填報資料有更新（${ids.join('、')}）`;
export const cliDraftTabNotWritten = (tab: string, reason: string) =>
  `注意：「${tab}」分頁未寫入（${reason}）；文件仍採用分頁中已有的公告文字。`;
export const cliSeeProblems = (tab: string) => `  請查看「${tab}」分頁：每則問題列出來源分頁、列、欄位與說明。`;
// year-end writes no 檢核錯誤 tab: it points at the command that does.
export const cliYearEndProblems = (problems: number, tab: string) =>
  `  年度成效只計入檢核通過的填報；這 ${problems} 則檢核錯誤由 guankao consolidate 寫在活頁簿的「${tab}」分頁。`;
export const cliServiceBusy = (detail: string) =>
  `${detail}\n這不是活頁簿的問題，不需要修改任何內容；稍後重新執行即可（重新執行不會重複寫入）。`;
// An .xlsx or .ods holding many rows (functions/commands/run-summary.ts): each run reads and writes it whole.
export const cliLargeSpreadsheetFile = (kind: 'xlsx' | 'ods', rows: number) =>
  `  注意：這本 .${kind} 有 ${rows.toLocaleString('en-US')} 列填報。.${kind} 每次彙整都要把整本讀進記憶體、再整本寫回（2 萬列約需數秒與 600 MB 記憶體），` +
  '列數再多會更慢，也可能記憶體不足；填報這麼多時，建議改用 Google 試算表或 CSV 資料夾（以 --out 指定資料夾即可轉成 CSV）。';
export const cliOutputsWereMixed = (tabs: readonly string[]) =>
  `  注意：上次彙整沒有全部寫完，${tabs.map((tab) => `「${tab}」`).join('、')}與其他彙整分頁不是同一次彙整的結果；本次已全部重新產生（詳見「檢核錯誤」）。`;
export const cliUnexpected = (detail: string) =>
  `發生未預期的錯誤：請將此訊息轉給系統管理者（設定 GUANKAO_DEBUG=1 可顯示詳細資訊）。\n${cliDetailForAdministrator(detail)}`;
/** What a library or Google said, in its own words (often English), quoted under our zh-TW sentence. */
export const cliDetailForAdministrator = (detail: string) => `  給系統管理者的原文：「${detail}」`;
export const cliPdfSkipped = (reason: string) => `注意：${reason}`;
export const prepareNotRead = (units: readonly string[]) =>
  `無法讀取自己的填報試算表，未新增：${units.join('、')}（原因見「檢核錯誤」或「單位」分頁的填報試算表欄）`;
export const yearEndNeedsFolder =
  '這是 Google 試算表：年度成效會放到 Google 雲端硬碟的資料夾。請設定環境變數 GUANKAO_DRIVE_FOLDER（資料夾 ID 或網址，資料夾須共用給服務帳戶），或以 --out <資料夾> 寫成本機檔案。';
/** One published file in the command line's summary: its name, Drive id, and whether it was made or replaced. */
export const driveFileLine = (name: string, id: string, created: boolean) =>
  `${name}（Google 雲端硬碟 ${id}，${created ? '新建' : '已更新'}）`;
