// What the Google Sheets and Google Drive adapters say (functions/workbooks/sheets/, functions/year-end/drive-*.ts, year-end-google.ts).
// Who to share with: the service account when the run knows it, else where to find it.

const serviceAccountText = (serviceAccount: string | undefined) =>
  serviceAccount ? `服務帳戶 ${serviceAccount}` : '本服務執行時使用的服務帳戶（Cloud Run 服務的「服務帳戶」電子郵件）';
// Said of every Google API alike (functions/google/google-failure.ts).
export const googleNoCredentials =
  '找不到 Google 憑證：在本機請先執行 gcloud auth application-default login；在 Cloud Run 上會自動使用服務的服務帳戶。';
export const googleRejectedCredentials =
  'Google 不接受目前的憑證：請重新執行 gcloud auth application-default login，或確認 Cloud Run 服務的服務帳戶仍然有效。';
export const googleConnectionDropped = '連線中斷';
export const sheetsForbidden = (spreadsheetId: string, serviceAccount: string | undefined) =>
  `沒有權限開啟 Google 試算表「${spreadsheetId}」：請在試算表右上角按「共用」，把${serviceAccountText(serviceAccount)}加為「編輯者」，再重新執行。`;
export const sheetsApiDisabled =
  '此 Google Cloud 專案尚未啟用 Google Sheets API：請在 Cloud Console 的「API 和服務」中啟用 Google Sheets API，幾分鐘後再執行。';
export const sheetsNotFound = (spreadsheetId: string) =>
  `找不到 Google 試算表「${spreadsheetId}」：請確認試算表 ID（網址中 /d/ 與 /edit 之間的那一段）沒有打錯，且試算表未被刪除。`;
export const sheetsNotSpreadsheet = (spreadsheetId: string) =>
  `「${spreadsheetId}」不是 Google 試算表（可能是上傳到雲端硬碟的 Excel 檔）：請以「檔案 › 儲存為 Google 試算表」轉換，再使用新試算表的 ID。`;
export const sheetsUnreachable = (root: string, code: string) =>
  `連不上 Google 試算表 API（${root}，${code}）：請確認網路連線，以及 GUANKAO_SHEETS_API_URL 的設定。`;
export const sheetsQuotaExhausted = 'Google 試算表的每分鐘讀寫次數已達上限，重試後仍未成功：請過一分鐘後再執行（排程會自動再試）。';
export const sheetsUnavailable = (detail: string) => `Google 試算表服務暫時無法使用（${detail}），重試後仍未成功：請稍後再執行。`;
export const sheetsTooManyCells =
  '試算表已達 Google 試算表的儲存格數上限（1,000 萬格），無法寫入彙整結果：請刪除不用的分頁或多餘的空白列、欄後再執行。';
export const sheetsRejected = 'Google 試算表拒絕了這次寫入：請將此訊息轉給系統管理者。';
/** The hidden tab an output is built in when it is too large for one request, before it replaces the output. */
export const sheetsStagingTab = (tab: string) => `【彙整中】${tab}`;
export const spreadsheetTabsNotEmpty = (spreadsheetId: string, tabs: readonly string[]) =>
  `試算表 ${spreadsheetId} 的 ${tabs.map((tab) => `「${tab}」`).join('、')} 分頁已有內容：不會寫在既有的計畫上。請建立一個新的空白試算表（並共用給服務帳戶），或以 --out 指定 .xlsx、.ods 檔或資料夾。`;
/** The year's summary spreadsheet in the Drive folder; its exports carry the same name. */
export const yearEndSpreadsheetTitle = (agency: string, rocYear: number) => `${agency} ${rocYear}年度執行成效一覽表`;
export const driveFolderNotFound = (folderId: string, serviceAccount: string | undefined) =>
  `找不到 Google 雲端硬碟資料夾「${folderId}」，或它沒有共用給${serviceAccountText(serviceAccount)}：請在雲端硬碟對該資料夾按「共用」，把${serviceAccountText(serviceAccount)}加為「編輯者」（共用雲端硬碟請加為「內容管理員」），並確認 GUANKAO_DRIVE_FOLDER 是該資料夾的 ID，再重新執行。`;
export const driveNotFolder = (folderId: string) =>
  `GUANKAO_DRIVE_FOLDER 的「${folderId}」是檔案而不是資料夾：請改填要放年度成效的資料夾 ID。`;
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
export const driveExportTooLarge = (name: string) =>
  `「${name}」太大，Google 雲端硬碟無法匯出（上限 10 MB）：請改以 guankao year-end --out 在本機產生檔案。`;
export const driveRejected = 'Google 雲端硬碟拒絕了這次要求：請將此訊息轉給系統管理者。';
/** The tab a rewrite of the summary spreadsheet holds for a moment (a spreadsheet must keep one visible tab). */
export const yearEndRewritingTab = '【更新中】';
