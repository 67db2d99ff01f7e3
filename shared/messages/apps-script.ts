// What the Apps Script side says: menus, dialogs, the Form, 「檢查設定」, triggers, mails (apps-script/src/).

export const prepareNotHere = (units: readonly string[]) =>
  `使用自己的填報試算表，本試算表無法開啟，未新增：${units.join('、')}（請以命令列 guankao prepare-period 為這些單位新增）`;
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
export const gasRollForwardDone = (answer: {
  readonly status: string;
  readonly rocYear: number;
  readonly practices: number;
  readonly units: number;
  readonly notes: number;
}) =>
  `${answer.status}（${answer.rocYear} 年度）：具體作法 ${answer.practices} 項、單位 ${answer.units} 個。\n請開啟新的試算表，先查看「匯入說明」分頁的 ${answer.notes} 則說明與「計畫」分頁的「檢討」欄，再安裝「管考」選單。`;
export const gasFormTitle = (planTitle: string) => `${planTitle || '提升服務品質執行計畫'} 填報`;
export const gasFormDescription =
  '請先選擇填報單位，再選擇本單位負責的具體作法，並填寫本期辦理情形。由催報信的連結開啟時，單位、具體作法與填報期間已經填好，只需填寫辦理狀態與執行成效。送出後，系統會在試算表的「檢核結果」欄寫入檢核結果。';
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
export const gasTriggerFailed = (handler: string) =>
  `觸發程序「${gasTriggerName(handler)}」執行時發生未預期的錯誤。${gasTriggerNext[handler] ?? ''}`;
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
export const gasCheckTriggerMissing = (handler: string) => `尚未安裝觸發程序：${gasTriggerName(handler)}。請執行「管考 › 安裝觸發程序」。`;
export const gasCheckTriggerTwice = (handler: string, count: number) =>
  `觸發程序重複安裝 ${count} 次：${gasTriggerName(handler)}。請執行「管考 › 安裝觸發程序」自動移除重複的。`;
export const gasCheckQueueFailed = (count: number) =>
  `有 ${count} 筆回應無法送出檢核（見各回應的「檢核結果」欄）：修正設定後請執行「管考 › 重新傳送失敗項目」。`;
export const gasCheckQueueWaiting = (count: number) => `有 ${count} 筆回應等待重送（檢核服務暫時連不上時會自動重送）。`;
export const gasCheckReport = (report: { readonly ok: boolean; readonly lines: readonly string[] }) =>
  [report.ok ? '設定完整，可以開始使用。' : '以下項目需要處理：', '', ...report.lines].join('\n');
export const gasReminderSubject = (period: string) => `【管考催報】${period}尚未填報的具體作法`;
export const gasReminderBody = (
  agency: string,
  unit: string,
  period: string,
  due: string,
  practices: readonly { readonly practice: string; readonly link: string | null }[],
) =>
  [
    `${unit} 您好：`,
    '',
    `${agency ? `${agency}` : ''}提升服務品質執行計畫 ${period}的填報已於 ${due} 截止，貴單位下列具體作法尚未填報：`,
    ...practices.map(({ practice, link }) =>
      link ? `・${practice}\n  填報連結（單位、作法與期間已填好，只需填寫辦理狀態與執行成效）：${link}` : `・${practice}`,
    ),
    '',
    '請儘速透過填報表單（上列連結）或本單位的填報分頁補填。若已填報，可能是填報內容有誤未能計入，請查看試算表中該列的「檢核結果」。',
    '本信由管考系統自動寄出，請勿直接回覆。',
  ].join('\n');
export const gasReminderNoPeriod = '目前沒有已過填報截止日的期間，不需催報。';
export const gasReminderAlreadySent = (period: string) => `${period}的催報信已寄出過，不再重複寄送。`;
export const gasReminderMailStopped = (units: readonly string[]) =>
  `寄信未完成（可能已達每日寄信額度），尚未寄給：${units.join('、')}。請明天在 Apps Script 編輯器執行 sendReminders，只會寄給尚未寄出的單位。`;
/** Where a unit's 催報 was decided (apps-script/src/reminders.ts ReminderSource). */
const gasReminderSources = {
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
  reminders: readonly {
    readonly unit: string;
    readonly to: readonly string[];
    readonly practices: readonly string[];
    readonly source: keyof typeof gasReminderSources;
  }[],
  withoutEmail: readonly string[],
  undecided: readonly {
    readonly unit: string;
    readonly gap: 'absent' | 'stale' | 'no-period' | 'no-row';
    readonly practices: readonly string[];
  }[],
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
  result:
    | {
        readonly ok: true;
        readonly value: { readonly formUrl: string; readonly created: boolean; readonly units: number; readonly practices: number };
      }
    | { readonly ok: false; readonly reason: string },
) =>
  result.ok
    ? `${result.value.created ? '已建立表單' : '已更新表單'}：${result.value.units} 個單位，共 ${result.value.practices} 個具體作法選項。\n表單網址：${result.value.formUrl}`
    : result.reason;
export const gasUnitTabsDone = (
  result:
    | { readonly ok: true; readonly value: { readonly created: readonly string[]; readonly updated: readonly string[] } }
    | { readonly ok: false; readonly reason: string },
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
export const gasRequeued = (count: number) =>
  count === 0 ? '沒有失敗的項目。' : `已將 ${count} 筆失敗的回應放回待送，接下來幾分鐘內會重新送出。`;
export const gasUnexpected = '執行時發生未預期的錯誤，已記錄在 Apps Script 的執行紀錄中：請稍後再試，或將執行紀錄轉給系統管理者。';
