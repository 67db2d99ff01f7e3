import { headerIndex, keyedHeaderRow } from './keyed-columns.ts';
import * as msg from './messages/domain/index.ts';
import type { OutputInput } from './output-tabs.ts';
import { textsHash } from './row-identity.ts';
import { cellText, matchKey } from './text.ts';
import type { Cell, KeyedColumns, Tab } from './workbook.ts';
import { yearDraft } from './year-end-draft.ts';
import { practiceYearOutcome } from './year-outcome.ts';

// 年度成效: the tab where the coordinator finishes the year's texts before publishing. The system
// keeps four columns of it — 具體作法, 狀態, 系統草稿 and 草稿依據 — and never writes the coordinator's
// 公告文字 (nor any column the coordinator adds); the documents publish the 公告文字 where there is
// one, else the draft. 草稿依據 remembers, as fingerprints, the data the draft was made from and the
// data the 公告文字 was written against, so a later run can say that the year's reports changed
// after the coordinator's text was written (狀態 asks to check it) until the text is edited again.

/** The tab's name. */
export const DRAFT_TAB = '年度成效';

/** Its columns, in the order a new tab gets them. */
const DRAFT_COLUMNS = { id: '項次', practice: '具體作法', state: '狀態', draft: '系統草稿', text: '公告文字', basis: '草稿依據' } as const;
const HEADER = [
  DRAFT_COLUMNS.id,
  DRAFT_COLUMNS.practice,
  DRAFT_COLUMNS.state,
  DRAFT_COLUMNS.draft,
  DRAFT_COLUMNS.text,
  DRAFT_COLUMNS.basis,
];
const SYSTEM = [DRAFT_COLUMNS.practice, DRAFT_COLUMNS.state, DRAFT_COLUMNS.draft, DRAFT_COLUMNS.basis];

/** What the year-end run publishes, and what it writes back into 年度成效. */
export interface YearEndTexts {
  /** By practice id: the 執行成效 the documents publish. */
  readonly published: ReadonlyMap<string, string>;
  /** The system's columns of 年度成效; null when the tab has no 項次 column to find rows by. */
  readonly change: KeyedColumns | null;
  /** Ids of the practices publishing the coordinator's 公告文字. */
  readonly edited: readonly string[];
  /** Ids among them whose reports changed after the 公告文字 was written. */
  readonly stale: readonly string[];
  /** Why the tab could not be used, for the coordinator; null when it could. */
  readonly problem: string | null;
}

/** What 草稿依據 holds: the data behind the 系統草稿, and behind the 公告文字 (with the text it was recorded for). */
interface Basis {
  readonly draft: string | null;
  readonly text: { readonly basis: string; readonly hash: string } | null;
}

/**
 * The texts of the year (the coordinator's where given) and the 年度成效 columns to write, from
 * the tab as read (undefined: there is none yet, and it is made).
 * @example yearEndTexts(result.output, findTab(snapshot, DRAFT_TAB)).published.get('1-1') // → '辦理研習2場次…'
 */
export function yearEndTexts(input: OutputInput, tab: Tab | undefined): YearEndTexts {
  const rows = tab ? readRows(tab.rows) : new Map<string, DraftRow>();
  const usable = rows !== null;
  const published = new Map<string, string>();
  const keyed: { key: string; values: string[] }[] = [];
  const edited: string[] = [];
  const stale: string[] = [];
  const inPlan = new Set<string>();
  for (const practice of input.plan.practices) {
    inPlan.add(matchKey(practice.id));
    const draft = yearDraft(practiceYearOutcome(input, practice));
    const row = rows?.get(matchKey(practice.id));
    const text = row?.text ?? '';
    let state: string = msg.draftStateDraft;
    let basis: Basis = { draft: draft.basis, text: null };
    if (text.trim() === '') published.set(practice.id, draft.text);
    else {
      const hash = hashOf(text);
      const stored = parseBasis(row?.basis ?? '');
      // Text recorded before keeps the data it was written against; new or edited text was written
      // against the draft the tab showed then.
      const against = stored.text?.hash === hash ? stored.text.basis : (stored.draft ?? draft.basis);
      basis = { draft: draft.basis, text: { basis: against, hash } };
      published.set(practice.id, text.trim());
      edited.push(practice.id);
      if (against === draft.basis) state = msg.draftStateEdited;
      else {
        state = msg.draftStateStale;
        stale.push(practice.id);
      }
    }
    keyed.push({ key: practice.id, values: [practice.text, state, draft.text, formatBasis(basis)] });
  }
  // A row whose practice left the plan keeps what it holds; its 狀態 says it is not published.
  for (const [key, row] of rows ?? []) {
    if (!inPlan.has(key)) keyed.push({ key: row.id, values: [row.practice, msg.draftStateOrphan, row.draft, row.basis] });
  }
  const change: KeyedColumns = {
    tab: tab?.name ?? DRAFT_TAB,
    header: HEADER,
    key: DRAFT_COLUMNS.id,
    columns: SYSTEM,
    rows: keyed,
    layout: { widths: [70, 280, 150, 420, 420, 200], statusColumns: [] },
  };
  return {
    published,
    change: usable ? change : null,
    edited,
    stale,
    problem: usable ? null : msg.draftTabUnusable(tab?.name ?? DRAFT_TAB, DRAFT_COLUMNS.id),
  };
}

/**
 * What of a 年度成效 tab the year's documents depend on: the coordinator's non-blank texts by 項次
 * (a tab the system just made or filled is the same as none). A rebuild compares it before and after writing.
 */
export function coordinatorTexts(tab: Tab): string[] {
  const rows = readRows(tab.rows);
  if (rows === null) return ['\u0000unusable'];
  return [...rows.values()].filter((row) => row.text.trim() !== '').flatMap((row) => [matchKey(row.id), row.text]);
}

interface DraftRow {
  readonly id: string;
  readonly practice: string;
  readonly draft: string;
  readonly text: string;
  readonly basis: string;
}

// The tab's rows by 項次 (the first row of an id counts); null when no header names 項次.
function readRows(cells: readonly (readonly Cell[])[]): Map<string, DraftRow> | null {
  if (cells.every((row) => row.every((cell) => cellText(cell ?? null) === ''))) return new Map();
  const headerRow = keyedHeaderRow(cells, DRAFT_COLUMNS.id);
  if (headerRow < 0) return null;
  const header = cells[headerRow] ?? [];
  const column = (name: string) => headerIndex(header, name);
  const at = (row: readonly Cell[], name: string) => {
    const index = column(name);
    return index === undefined ? '' : cellText(row[index] ?? null);
  };
  const rows = new Map<string, DraftRow>();
  for (const row of cells.slice(headerRow + 1)) {
    const id = at(row, DRAFT_COLUMNS.id);
    const key = matchKey(id);
    if (!key || rows.has(key)) continue;
    rows.set(key, {
      id,
      practice: at(row, DRAFT_COLUMNS.practice),
      draft: at(row, DRAFT_COLUMNS.draft),
      text: at(row, DRAFT_COLUMNS.text),
      basis: at(row, DRAFT_COLUMNS.basis),
    });
  }
  return rows;
}

const hashOf = (text: string) => textsHash([text]).toString(36).padStart(11, '0');

// 草稿依據 as written: `d=<fingerprint>` for the draft, then ` p=<fingerprint> t=<hash>` when a
// 公告文字 is recorded. Anything else (typed over, cleared) reads as nothing recorded.
function formatBasis({ draft, text }: Basis): string {
  return [draft ? `d=${draft}` : '', text ? `p=${text.basis} t=${text.hash}` : ''].filter(Boolean).join(' ');
}

function parseBasis(cell: string): Basis {
  const field = (name: string) => new RegExp(`(?:^|\\s)${name}=([0-9a-z]+)(?=\\s|$)`, 'u').exec(cell.trim())?.[1] ?? null;
  const [draft, basis, hash] = [field('d'), field('p'), field('t')];
  return { draft, text: basis && hash ? { basis, hash } : null };
}
