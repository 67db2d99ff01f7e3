// What each column of a plan's table holds, from its header in the agency's own words. The words
// of SPEC.md's 計畫 columns (shared/columns.ts) come first; plans also write 具體做法, 主辦單位,
// 預定完成日期, 預期效益… A table whose header names no practice column is not a plan table.
import { mapHeaderAll, PLAN_COLUMNS } from '../columns.ts';
import { type GridRow, slotText } from './table-grid.ts';

/** What a column of a plan table holds. */
export type ColumnRole = 'id' | 'measure' | 'strategy' | 'practice' | 'units' | 'deadline' | 'target' | 'results';

const WORDS: Record<ColumnRole, readonly string[]> = {
  id: [...PLAN_COLUMNS.項次, '序號', '序'],
  measure: [...PLAN_COLUMNS.實施要項, '面向', '推動面向', '服務面向', '構面', '推動主軸'],
  strategy: [...PLAN_COLUMNS.執行策略, '推動策略', '實施策略', '策略', '推動重點'],
  practice: [
    ...PLAN_COLUMNS.具體作法,
    '具體做法',
    '做法',
    '實施方式',
    '執行內容',
    '辦理事項',
    '推動作法',
    '工作項目',
    '執行方式',
    '實施內容',
    '執行事項',
    '辦理內容',
    '具體措施內容',
  ],
  units: [
    ...PLAN_COLUMNS.執行單位,
    '主辦單位',
    '協辦單位',
    '負責單位',
    '承辦單位',
    '權責課室',
    '辦理課室',
    '執行科室',
    '主辦課室',
    '負責課室',
    '主協辦單位',
    '主(協)辦單位',
    '單位',
  ],
  deadline: [
    ...PLAN_COLUMNS.完成期限,
    '預定完成日期',
    '預定完成期限',
    '完成時間',
    '完成日期',
    '辦理時間',
    '預定進度',
    '執行期程',
    '時程',
    '期限',
    '預定期程',
    '實施期程',
    '辦理期限',
    '預計完成時間',
  ],
  target: [...PLAN_COLUMNS.預期目標, '預期效益', '衡量指標', '績效目標', '預期成果', '關鍵績效指標', '目標'],
  results: ['執行成效', '辦理情形', '執行情形', '執行成果', '辦理成果'],
};

/** The columns of a plan table: where its header is and what each column holds. */
export interface TableColumns {
  /** Index (in the grid) of the header row. */
  readonly headerRow: number;
  /** Each column's role, or null for a column we do not read. */
  readonly roles: readonly (ColumnRole | null)[];
  /** Each column's header as written. */
  readonly names: readonly string[];
  /** A results form (執行成效 and no 執行單位 / 完成期限): what the agency fills in at year end, not the plan. */
  readonly resultsForm: boolean;
}

// A header lies within the first rows, below title rows.
const HEADER_SEARCH_ROWS = 6;

/** Reads a table's header into column roles, or null when no row names a practice column. */
export function tableColumns(grid: readonly GridRow[]): TableColumns | null {
  for (let index = 0; index < Math.min(grid.length, HEADER_SEARCH_ROWS); index++) {
    const row = grid[index];
    if (!row) continue;
    const names = row.slots.map(slotText);
    const found = mapHeaderAll(names, WORDS);
    const roles: (ColumnRole | null)[] = names.map(() => null);
    for (const [role, positions] of Object.entries(found) as [ColumnRole, number[]][]) {
      for (const position of positions) roles[position] = role;
    }
    settlePracticeColumn(roles);
    if (!roles.includes('practice') || roles.filter((role) => role !== null).length < 2) continue;
    const resultsForm = roles.includes('results') && !roles.includes('units') && !roles.includes('deadline');
    return { headerRow: index, roles, names, resultsForm };
  }
  return null;
}

// One column holds the practices: the rightmost of those named for them (計畫項目 | 工作內容: the
// first names the item, the second is the practice, so it becomes the 執行策略). Without one, the
// rightmost strategy column holds the practices under its headings (執行重點 with numbered sub-items).
function settlePracticeColumn(roles: (ColumnRole | null)[]): void {
  const practice = roles.lastIndexOf('practice');
  if (practice >= 0) {
    roles.forEach((role, position) => {
      if (role === 'practice' && position !== practice) roles[position] = roles.includes('strategy') ? null : 'strategy';
    });
    return;
  }
  const strategy = roles.lastIndexOf('strategy');
  if (strategy >= 0) roles[strategy] = 'practice';
}
