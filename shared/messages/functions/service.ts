// What the service says: configuration, signed requests, HTTP problems, logs, the local server and
// its examples (functions/config.ts, http/, ingest/, rebuild/, roll-forward/, local-server.ts, post-examples.ts).

export const rollForwardDone = '已建立明年度活頁簿';
export const rollForwardBadRequest = '請求內容須為 {"run":"rollForward","requestedAt":"…","out":"<新試算表的網址或 ID>"}。';
export const rollForwardNotSpreadsheet = (out: string) => `「${out}」不是 Google 試算表的網址或 ID：請貼上新建立的空白試算表的網址。`;
export const logRollForwardFailed = '建立明年度活頁簿失敗';
export const unitWorkbookUnreadable = (detail: string) => `無法讀取此單位的填報試算表：${detail}`;
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
export const signatureMismatch = '簽章不符：請確認使用目前有效的共用密鑰，並以「<timestamp>.<body>」的原始位元組計算 HMAC-SHA256。';
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
export const configNotDriveFolder = (value: string) =>
  `「${value}」不是 Google 雲端硬碟資料夾：請填資料夾 ID，或資料夾網址（例：https://drive.google.com/drive/folders/1AbC…）。`;
