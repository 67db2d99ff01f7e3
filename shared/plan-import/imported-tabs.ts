// The imported plan as the input tabs of a new workbook: 設定, 計畫 and 單位 as SPEC.md defines them
// (so the workbook runs as it is), and 匯入說明 listing what a person should confirm.

import { PLAN_COLUMNS, type PlanColumn, UNIT_COLUMNS } from '../input-columns.ts';
import { PLAN_TAB } from '../plan.ts';
import { SETTINGS_TAB } from '../settings.ts';
import { cellText, matchKey } from '../text.ts';
import { UNITS_TAB } from '../units.ts';
import type { Cell, OutputTab, Tab } from '../workbook.ts';
import type { DraftPractice, ImportedPlan, ImportNote } from './imported-plan.ts';

/** The tab of import notes, read by the Sheet's 檢查設定 too. */
export const IMPORT_NOTES_TAB = '匯入說明';
/** Its columns. */
export const IMPORT_NOTES_HEADER = ['分頁', '列', '項次', '文件位置', '說明'] as const;

// SPEC.md's defaults, written out so a coordinator sees them and can change them.
const DEFAULT_CYCLE = '月';
const DEFAULT_DUE_DAY = 5;

/** The tabs a new workbook gets from an import, in the order a coordinator reads them (widths for the backends that keep them). */
export function importedTabs(plan: ImportedPlan): OutputTab[] {
  return [settingsTab(plan), planTab(plan), unitsTab(plan), notesTab(plan)];
}

function settingsTab({ settings }: ImportedPlan): Tab {
  return {
    name: SETTINGS_TAB,
    rows: [
      ['項目', '內容'],
      ['機關名稱', settings.agency],
      ['計畫名稱', settings.planName],
      ['計畫年度', settings.rocYear],
      ['填報週期', settings.cycle ?? DEFAULT_CYCLE],
      ['填報截止日', settings.dueDay ?? DEFAULT_DUE_DAY],
    ],
  };
}

const PLAN_WIDTHS: Readonly<Record<string, number>> = {
  項次: 70,
  實施要項: 200,
  執行策略: 200,
  具體作法: 360,
  執行單位: 140,
  協辦單位: 140,
  完成期限: 170,
  預期目標: 170,
};

// 實施要項 and 執行策略 are written where they change, as the plan prints them (a blank one continues the one above).
function planTab({ practices }: ImportedPlan): OutputTab {
  const withStrategy = practices.some((practice) => practice.strategy.trim());
  const withTarget = practices.some((practice) => practice.target.trim());
  // 協辦單位 is not a 計畫 column consolidate reads: kept beside 執行單位 for the coordinator to see.
  const withAssisting = practices.some((practice) => practice.assisting?.trim());
  // The 計畫 columns in SPEC order; 執行策略 and 預期目標 only when some practice has one.
  const shown: Readonly<Record<PlanColumn, boolean>> = {
    項次: true,
    實施要項: true,
    執行策略: withStrategy,
    具體作法: true,
    執行單位: true,
    完成期限: true,
    預期目標: withTarget,
  };
  const header: string[] = (Object.keys(PLAN_COLUMNS) as PlanColumn[])
    .filter((column) => shown[column])
    .flatMap((column) => (column === '執行單位' && withAssisting ? [column, '協辦單位'] : [column]));
  let measure = '';
  let strategy = '';
  const rows = practices.map((practice): Cell[] => {
    const newMeasure = practice.measure !== measure;
    const newStrategy = newMeasure || practice.strategy !== strategy;
    measure = practice.measure;
    strategy = practice.strategy;
    return [
      practice.id,
      newMeasure ? practice.measure : '',
      ...(withStrategy ? [newStrategy ? practice.strategy : ''] : []),
      practice.text,
      practice.units,
      ...(withAssisting ? [practice.assisting ?? ''] : []),
      practice.deadline,
      ...(withTarget ? [practice.target] : []),
    ];
  });
  const widths = header.map((column) => PLAN_WIDTHS[column] ?? 120);
  return { name: PLAN_TAB, rows: [header, ...rows], layout: { widths, statusColumns: [] } };
}

function unitsTab({ units }: ImportedPlan): Tab {
  return {
    name: UNITS_TAB,
    rows: [Object.keys(UNIT_COLUMNS), ...units.map((unit) => [unit.name, unit.aliases.join('、'), '', ''])],
  };
}

// Each note beside the 計畫 row and 項次 of its practice; a note naming another practice names it so too.
function notesTab({ notes, practices }: ImportedPlan): Tab {
  const placeOf = (practice: DraftPractice | undefined): Place | null => {
    // biome-ignore lint/complexity/useIndexOf: indexOf would ask for a practice already given an id; this looks the draft up by identity
    const index = practice ? practices.findIndex((settled) => settled === practice) : -1;
    const settled = practices[index];
    // Row 1 is the header.
    return settled ? { row: index + 2, id: settled.id } : null;
  };
  return importNotesTab(
    notes.map((note): NoteRow => {
      const place = placeOf(note.practice);
      return { tab: note.tab, row: place?.row ?? null, id: place?.id ?? '', where: note.where, message: noteText(note.message, placeOf) };
    }),
  );
}

interface Place {
  readonly row: number;
  readonly id: string;
}

function noteText(message: ImportNote['message'], placeOf: (practice: DraftPractice) => Place | null): string {
  if (typeof message === 'string') return message;
  const named = placeOf(message.names);
  if (!named) throw new Error('An import note names a practice the plan does not hold', { cause: { code: 'NOTE_PRACTICE_MISSING' } });
  return message.words(named.row, named.id);
}

/** One line of 匯入說明: the tab and row it concerns, the practice's 項次, where it came from, what to confirm. */
export interface NoteRow {
  readonly tab: string;
  readonly row: number | null;
  readonly id: string;
  readonly where: string;
  readonly message: string;
}

/** The notes a 匯入說明 tab still holds, read by its header (the rows a coordinator has not deleted). */
export function readImportNotes(tab: Tab | undefined): NoteRow[] {
  const [header = [], ...rows] = tab?.rows ?? [];
  const at = (name: (typeof IMPORT_NOTES_HEADER)[number]) => header.findIndex((cell) => matchKey(cellText(cell)) === matchKey(name));
  const columns = { tab: at('分頁'), row: at('列'), id: at('項次'), where: at('文件位置'), message: at('說明') };
  if (columns.message < 0) return [];
  const text = (row: readonly Cell[], column: number) => (column < 0 ? '' : cellText(row[column] ?? null).trim());
  return rows.flatMap((row) => {
    const message = text(row, columns.message);
    if (!message) return [];
    const number = Number(text(row, columns.row));
    return [
      {
        tab: text(row, columns.tab),
        row: Number.isInteger(number) && number > 0 ? number : null,
        id: text(row, columns.id),
        where: text(row, columns.where),
        message,
      },
    ];
  });
}

/** The 匯入說明 tab: the notes a person should confirm before the workbook is used. */
export function importNotesTab(notes: readonly NoteRow[]): OutputTab {
  const rows = notes.map((note): Cell[] => [note.tab, note.row, note.id, note.where, note.message]);
  return {
    name: IMPORT_NOTES_TAB,
    rows: [[...IMPORT_NOTES_HEADER], ...rows],
    layout: { widths: [60, 50, 80, 200, 520], statusColumns: [] },
  };
}
