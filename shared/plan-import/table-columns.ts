// What each column of a plan table holds, from its header in the agency's own words: the words
// of the 計畫 tab's columns (shared/input-columns.ts), so a table reads as it would pasted into 計畫, and
// 協辦單位, which names units that help but do not own (and so do not report on) a practice. A
// table whose header names no practice column is not a plan table.
import { mapHeaderAll, PLAN_COLUMNS } from '../input-columns.ts';
import { type GridRow, slotText } from './table-grid.ts';

/** What a column of a plan table holds. */
export type ColumnRole = 'id' | 'measure' | 'strategy' | 'practice' | 'units' | 'assisting' | 'deadline' | 'target' | 'results';

const WORDS: Record<ColumnRole, readonly string[]> = {
  id: PLAN_COLUMNS.項次,
  measure: PLAN_COLUMNS.實施要項,
  strategy: PLAN_COLUMNS.執行策略,
  practice: PLAN_COLUMNS.具體作法,
  units: PLAN_COLUMNS.執行單位,
  assisting: ['協辦單位', '協辦課室', '協辦'],
  deadline: PLAN_COLUMNS.完成期限,
  target: PLAN_COLUMNS.預期目標,
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
    settlePracticeColumn(roles, names);
    if (!roles.includes('practice') || roles.filter((role) => role !== null).length < 2) continue;
    const resultsForm = roles.includes('results') && !roles.includes('units') && !roles.includes('deadline');
    return { headerRow: index, roles, names, resultsForm };
  }
  return null;
}

/** The role a column name stands for (執行單位 → units), or null for a word that names no plan column. */
export function columnRole(word: string): ColumnRole | null {
  const found = mapHeaderAll([word], WORDS);
  return (Object.keys(found)[0] as ColumnRole | undefined) ?? null;
}

// The words name a level, the places decide it: agencies name the same level differently
// (工作項目 is the 實施要項 over 執行重點 | 執行措施 in one plan, the practice itself beside 主辦單位 in
// another). The practices are in the rightmost descriptive column before the unit and deadline
// columns (執行要項 | 執行重點 with numbered sub-items under the headings). Of the columns left of
// it, the words keep their 實施要項 and 執行策略 when they name both, or when there is one that they
// name (a second practice column is the 執行策略: 計畫項目 | 工作內容), columns under one merged header
// counting as one; else the nearest becomes the 執行策略 and any before it the 實施要項 (項目 |
// 工作項目 | 執行措施). A descriptive column right of the practices
// is not read, and said so.
function settlePracticeColumn(roles: (ColumnRole | null)[], names: readonly string[]): void {
  const descriptive = roles.flatMap((role, position) => (isDescriptive(role) ? [position] : []));
  if (descriptive.length === 0) return;
  const firstBeside = roles.findIndex((role) => role === 'units' || role === 'deadline');
  const before = descriptive.filter((position) => firstBeside < 0 || position < firstBeside);
  const practice = before.at(-1) ?? descriptive.at(-1) ?? 0;
  const left = descriptive.filter((position) => position < practice);
  for (const position of descriptive) if (position > practice) roles[position] = null;
  roles[practice] = 'practice';
  const named = (role: ColumnRole) => left.some((position) => roles[position] === role);
  if (named('measure') && named('strategy')) {
    for (const position of left) if (roles[position] === 'practice') roles[position] = null;
    return;
  }
  // Columns under one merged header (執行要項 over two columns) are depths of one level.
  const levels = [...new Set(left.map((position) => names[position] ?? ''))];
  if (levels.length === 1) {
    for (const position of left) if (roles[position] === 'practice') roles[position] = 'strategy';
    return;
  }
  const nearest = levels.at(-1);
  for (const position of left) roles[position] = names[position] === nearest ? 'strategy' : 'measure';
}

function isDescriptive(role: ColumnRole | null): boolean {
  return role === 'measure' || role === 'strategy' || role === 'practice';
}
