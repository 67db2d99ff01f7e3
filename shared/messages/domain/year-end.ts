// Wording of the year-end documents (shared/year-end-table.ts, year-end-draft.ts, year-end-drafts.ts, unit-summary.ts, overview.ts).

export const yearEndTitle = (agency: string, rocYear: number) => `${agency}${rocYear}年度執行成效一覽表`;
export const unitSummaryTitle = (agency: string, rocYear: number, unit: string) => `${agency}${rocYear}年度執行成效－${unit}`;
export const overviewTitle = (agency: string, rocYear: number) => `${agency}${rocYear}年度管考總覽`;
export const documentInfo = (planName: string, madeOn: string) =>
  [planName && `計畫名稱：${planName}`, `製表日期：${madeOn}`].filter(Boolean).join('　');
export const yearEndHeader = ['項次', '實施要項', '具體作法', '執行成效'] as const;
export const yearEndSheet = '執行成效一覽表';
// A practice's drafted 執行成效 for the year (shared/year-end-draft.ts): each unit's words, then one
// note in brackets with its 量化成果 and, for a practice not done, where it stands.
export const draftUnitPrefix = (unit: string) => `【${unit}】`;
export const draftUnitsNotReported = (units: readonly string[]) => `未填報：${units.join('、')}`;
export const draftNotes = (notes: readonly string[]) => `（${notes.join('；')}）`;
export const draftQuantity = (quantity: string) => `量化成果：${quantity}`;
export const draftYearTotal = (totals: string) => `全年合計：${totals}`;
// The year's 量化成果 (shared/quantity-totals.ts): the totals per measure word, then, quoted, the
// 量化成果 with no number in them, so the total does not claim them.
export const quantityAverage = (value: number) => `平均 ${value}%`;
export const quantityTotals = (counted: readonly string[], uncounted: readonly string[]) => {
  const quoted = uncounted.map((text) => `「${text}」`).join('、');
  if (counted.length === 0) return quoted;
  return uncounted.length > 0 ? `${counted.join('、')}，另${quoted}` : counted.join('、');
};
/** Where a practice not done stands (落後 has draftLate); '' for one done or going on as planned. */
export const draftStatusNote = {
  未開始: '尚未開始',
  辦理中: '辦理中',
  已完成: '',
  持續辦理: '',
  落後: '進度落後',
  取消: '已取消',
} as const;
/** Where a report without words stands. */
export const draftStatusAlone = {
  未開始: '尚未開始',
  辦理中: '辦理中',
  已完成: '已完成',
  持續辦理: '持續辦理',
  落後: '進度落後',
  取消: '已取消',
} as const;
export const draftLate = (reason: string, improvement: string) => `進度落後，落後原因：${reason}，改善措施：${improvement}`;
// The 年度成效 tab the coordinator finishes (shared/year-end-drafts.ts): what its 狀態 says.
export const draftStateDraft = '採用系統草稿';
export const draftStateEdited = '採用公告文字';
export const draftStateStale = '請核對：公告文字寫好後填報資料有更新，請對照系統草稿';
export const draftStateOrphan = '計畫已無此項作法，不列入一覽表';
export const draftTabUnusable = (tab: string, column: string) =>
  `「${tab}」分頁找不到「${column}」欄，無法對應各項作法：一覽表採用系統草稿，此分頁未更新。請把「${column}」欄的標題放回前幾列，或刪除此分頁讓系統重新建立。`;
export const unitSheets = { practices: '作法成效', late: '落後項目', missing: '未填報期間', quantities: '量化成果' } as const;
// The headers of the year-end tables, column by column (unit-summary.ts, overview.ts).
export const unitPracticesHeader = {
  id: '項次',
  practice: '具體作法',
  deadline: '完成期限',
  status: '辦理狀態',
  reported: '最近填報',
  date: '辦理日期',
  narrative: '執行成效',
  quantity: '量化成果',
} as const;
export const unitLateHeader = {
  id: '項次',
  practice: '具體作法',
  period: '填報期間',
  lateReason: '落後原因',
  improvement: '改善措施',
} as const;
export const unitMissingHeader = { id: '項次', practice: '具體作法', deadline: '完成期限', periods: '未填報期間', count: '期數' } as const;
export const unitQuantitiesHeader = { id: '項次', practice: '具體作法', reports: '填報期數', total: '量化成果合計' } as const;
export const unitCounts = (owned: number, done: number, rate: string) => `負責作法 ${owned} 項，已完成 ${done} 項，完成率 ${rate}`;
export const unitSilentCount = (silent: number) => `；全年未填報 ${silent} 項（列於未填報期間）`;
export const notReported = '未填報';
export const noneRow = '（無）';
export const totalLabel = '合計';
export const overviewSheets = { units: '單位完成率', unitCharts: '單位完成率圖表', trend: '每期填報', overdue: '逾期作法' } as const;
export const overviewUnitsHeader = {
  unit: '單位',
  owned: '負責作法數',
  done: '已完成',
  completion: '完成率',
  expectedPeriods: '應填報期數',
  reportedPeriods: '已填報期數',
  reportingRate: '填報率',
  missingPeriods: '未填報期數',
} as const;
export const overviewTrendHeader = { period: '填報期間', reports: '填報件數', units: '填報單位數', done: '已完成件數' } as const;
export const overviewOverdueHeader = {
  id: '項次',
  practice: '具體作法',
  unit: '單位',
  deadline: '完成期限',
  status: '最近狀態',
  missing: '未填報期數',
  note: '逾期說明',
} as const;
export const chartCompletion = '各單位完成率與填報率';
export const chartCompletionPart = (part: number, parts: number) => `${chartCompletion}（${part}／${parts}）`;
export const chartTrend = '每期填報件數';
export const overviewName = '年度管考總覽';
export const sectionTitle = (title: string, section: string) => `${title}：${section}`;
