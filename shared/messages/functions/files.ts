// What the file adapters say: local workbooks (CSV folders, .xlsx, .ods), plan documents, PDFs made
// by LibreOffice, and output folders and files (functions/workbooks/, plan-import/, year-end/, odf/).
import type { PlanDocument } from '../../plan-import/document.ts';

// ---- local workbooks (functions/workbooks/csv/, local-workbook.ts) ----
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
// A tab whose bytes are not all of one encoding (functions/text-file/stray-line.ts): `utf8` when most of it is UTF-8 and the line is not.
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

// ---- year-end documents (functions/year-end/) ----
/** After a merged cell's text shown again at the top of a page that continues it. */
export const continuedMark = '（續）';

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
type FileKind = Exclude<PlanDocument['kind'], 'txt' | 'md'>;
const saveAsOpenFormat = '請以 Word 或 LibreOffice 開啟後另存為 .docx 或 .odt 再匯入';
export const planDocumentMissing = (path: string) =>
  `找不到計畫文件「${path}」：請確認路徑與檔名（可匯入 .docx、.odt、.doc、.rtf、.pdf，或由文件複製出的 .txt／.md）。`;
export const planDocumentUnreadable = (path: string, code: string) =>
  `無法讀取計畫文件「${path}」（${code}）：請確認檔案存在且有讀取權限。`;
export const planDocumentKindUnknown = (path: string) =>
  `不認得「${path}」的格式：計畫文件請用 .docx、.odt、.doc、.rtf 或 .pdf，或把計畫內容複製成 .txt／.md 文字檔後匯入。`;
export const planDocumentIsSpreadsheet = (path: string) =>
  `「${path}」是試算表，不是計畫文件：import-plan 讀取機關公布的計畫文件（.docx、.odt…）來產生活頁簿；已經是活頁簿的話，請直接執行 guankao consolidate。`;
export const planDocumentEncrypted = (path: string, kind: FileKind) =>
  `「${path}」有密碼保護（內容已加密），無法讀取：請以 ${kind === 'pdf' ? 'PDF 閱讀程式' : 'Word 或 LibreOffice'} 輸入密碼開啟，取消密碼後另存一份，再匯入那一份。`;
export const planDocumentCorrupt = (path: string, kind: FileKind) =>
  `「${path}」不是有效的 .${kind} 檔（檔案結構損壞，可能未下載完整）：${kind === 'pdf' ? '請重新下載，或改用機關原始的 .docx／.odt 計畫文件' : saveAsOpenFormat}。`;
export const planDocumentEmpty = (path: string) =>
  `「${path}」中沒有任何文字或表格：請確認選的是計畫本文（不是空白範本，或只有圖片的檔案）。`;
export const planDocumentNeedsOcr = (path: string, pages: number) =>
  `「${path}」共 ${pages} 頁都沒有文字（應是掃描成圖片的 PDF），需要文字辨識（OCR）才能讀出計畫內容：請改用機關原始的計畫文件（.docx、.odt 或 .doc），或先以 OCR 軟體轉成含文字的 PDF 再匯入。`;
export const planDocumentNeedsLibreOffice = (path: string, kind: FileKind, program: string) =>
  `讀取 .${kind} 檔需要 LibreOffice，但找不到（${program}）：請安裝 LibreOffice（Debian／Ubuntu：apt-get install libreoffice-writer；Windows、macOS 請由 LibreOffice 官方網站下載）後重新執行，或設定 GUANKAO_SOFFICE 指向 soffice 程式；也可以用 Word 將「${path}」另存為 .docx 或 .odt，再匯入那一份。`;
export const planDocumentConversionFailed = (path: string, kind: FileKind, detail: string) =>
  `LibreOffice 無法讀取「${path}」${detail ? `（${detail.split('\n').at(-1)}）` : ''}：.${kind} 檔可能已損壞或有密碼保護。${saveAsOpenFormat}。`;
export const planDocumentConversionTimedOut = (path: string, seconds: number) =>
  `LibreOffice 轉換「${path}」超過 ${seconds} 秒仍未完成，已中止：${saveAsOpenFormat}。`;

// ---- PDFs through LibreOffice (functions/year-end/pdf-export.ts) ----
export const sofficeMissing = (program: string) =>
  `找不到 LibreOffice（${program}），無法產生 PDF；.ods 與 .xlsx 已寫好。請安裝 LibreOffice（Debian／Ubuntu：apt-get install libreoffice-calc libreoffice-writer fonts-noto-cjk）後重新執行。`;
export const sofficeTimedOut = (seconds: number) =>
  `LibreOffice 轉成 PDF 超過 ${seconds} 秒未完成，已中止；.ods 與 .xlsx 已寫好，請稍後重新執行。`;
export const pdfNotProduced = (source: string, detail: string) =>
  `LibreOffice 未能將「${source}」轉成 PDF${detail ? `（${detail.split('\n').at(-1)}）` : ''}；.ods 與 .xlsx 已寫好。`;
/** A published PDF (made by LibreOffice Writer for its table structure) was not produced: most often Writer is not installed beside Calc. */
export const writerPdfNotProduced = (name: string, detail: string) =>
  `LibreOffice 未能產生「${name}.pdf」${detail ? `（${detail.split('\n').at(-1)}）` : ''}；.ods 與 .xlsx 已寫好。這份 PDF 由 LibreOffice Writer 製作（表格標題可供螢幕報讀），請確認已安裝 Writer（Debian／Ubuntu：apt-get install libreoffice-writer）後重新執行。`;

// ---- output locations, refused in-place writes (functions/workbooks/) ----
/** Why a folder or file cannot be made where the run was told to write (named by the OS error code in functions/workbooks/location-reason.ts). */
export const locationReasons = {
  fileInTheWay: '那裡已有同名的檔案，不是資料夾',
  fileInPath: '路徑中有一段是檔案而不是資料夾',
  folderInTheWay: '那裡是資料夾，不是檔案',
  noPermission: '沒有寫入那裡的權限',
  readOnlyDisk: '那裡在唯讀的磁碟上',
  diskFull: '磁碟空間已滿',
  quotaExceeded: '已超過磁碟配額',
  pathTooLong: '路徑太長',
  systemFolder: '那個位置不能建立資料夾或檔案（例如 /proc 之類的系統資料夾）',
} as const;
// The OS's code only for a reason we have no words for, for whoever helps the user.
export const locationReasonUncommon = (code: string) => `系統回報的錯誤代碼：${code}`;
export const outputFolderUnusable = (path: string, reason: string) =>
  `無法在「${path}」建立輸出資料夾：${reason}。請以 --out 指定另一個位置，或處理後重新執行。`;
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
export const outputFileUnusable = (path: string, reason: string) =>
  `無法寫入「${path}」：${reason}。請以 --out 指定另一個位置，或處理後重新執行。`;
// What an exceljs round trip would lose from an .xlsx, in words (the parts: functions/workbooks/xlsx/xlsx-parts.ts).
const XLSX_PART_NAMES = { charts: '圖表', pivotTables: '樞紐分析表', drawings: '圖片或繪圖物件' } as const;
type XlsxPart = keyof typeof XLSX_PART_NAMES;
const xlsxPartList = (parts: readonly XlsxPart[]) => parts.map((part) => XLSX_PART_NAMES[part]).join('、');
export const xlsxPartsRefused = (path: string, parts: readonly XlsxPart[]) =>
  `「${path}」含有${xlsxPartList(parts)}，直接寫回這個檔案會讓它們遺失，所以沒有寫入。請以 --out 另存一份彙整結果（例：--out 彙整結果.xlsx，新檔不含${xlsxPartList(parts)}；原檔不會更動），或改用 .ods、CSV 資料夾或 Google 試算表。`;
export const xlsxCopyPartsDropped = (path: string, parts: readonly XlsxPart[]) =>
  `注意：「${path}」是副本，原檔中的${xlsxPartList(parts)}沒有保留在副本中（原檔不受影響）。`;
export const odsLayoutRefused = (path: string) =>
  `「${path}」的版面（例如儲存格中又有表格）無法只改「檢核結果」欄；若直接寫回，使用者分頁的公式與格式會遺失，所以沒有寫入。請以 --out 另存一份彙整結果，或把該表格移出儲存格後重新執行。`;
export const odsCopyFromValues = (path: string) =>
  `注意：「${path}」的版面無法逐欄編輯，副本依儲存格的值重新產生：使用者分頁的公式與格式沒有保留在副本中（原檔不受影響）。`;
