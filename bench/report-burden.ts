// `npm run bench:burden`: what reporting costs a unit, counted on what guankao generates — the Form
// as 依計畫更新表單 builds it (shared/report-form.ts, walked page by page as Google Forms leads a
// respondent) and the rows prepare-period adds — for each example workbook:
//   1. one practice: the questions a unit is shown and the answers it must give, on each channel
//      (the Form from scratch, the Form from a 催報 link, a prefilled row of its 填報 tab), each way
//      checked to make a row the consolidation counts (檢核結果 通過);
//   2. one unit's whole period: the rows prepare-period gives each unit and the answers they need.
// Figures, not a pass/fail test; the example's clock is the last period's 填報截止日, when every
// unit owes that period.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvFolder } from '../functions/workbooks/csv/csv-folder-workbook.ts';
import { applyChanges } from '../shared/apply-changes.ts';
import { toRocYear } from '../shared/dates.ts';
import { SUBMISSION_COLUMNS } from '../shared/input-columns.ts';
import * as domainMsg from '../shared/messages/domain/index.ts';
import { type Period, periodLabel, periodsOfYear, reportDueDate } from '../shared/period.ts';
import { appendOf, type PrefilledRow, preparePeriodRows } from '../shared/period-rows.ts';
import type { Plan, Practice } from '../shared/plan.ts';
import { practiceChoice, reportingUnits } from '../shared/practice-choice.ts';
import { DIRECT_PRACTICE_TITLE, reportForm, walkForm } from '../shared/report-form.ts';
import { runConsolidation } from '../shared/run-consolidation.ts';
import { UNIT_TAB_COLUMNS } from '../shared/submission-tabs.ts';
import { unitTabName } from '../shared/unit-tab-names.ts';
import type { Cell, Snapshot, Tab } from '../shared/workbook.ts';

const EXAMPLES = ['wanhua-115', 'taipei-vac-114', 'niaosong-113'];
const examples = join(fileURLToPath(new URL('..', import.meta.url)), 'examples');
const title = (column: keyof typeof SUBMISSION_COLUMNS) => SUBMISSION_COLUMNS[column][0];

/** One way of reporting one practice. */
interface Burden {
  readonly channel: string;
  /** Questions (or columns) the unit sees. */
  readonly shown: number;
  /** Of those, filled in already by the link or the prefilled row. */
  readonly prefilled: number;
  /** Answers the unit must give for a row that counts. */
  readonly answers: number;
}

// Each status the unit may report, with the answers SPEC.md requires beside it.
const REPORTS = [
  { status: '辦理中', extra: { 執行成效: '本月辦理情形' } },
  { status: '落後', extra: { 執行成效: '本月辦理情形', 落後原因: '人力不足', 改善措施: '增派人力' } },
] as const;

async function main(): Promise<void> {
  for (const name of EXAMPLES) {
    const read = await readCsvFolder(join(examples, name));
    const first = runConsolidation({ snapshot: read, now: Date.now() });
    if (!first.ok) throw new Error(first.reason);
    const { settings } = first.value.plan;
    const period = periodsOfYear(settings.year, settings.cycle).at(-1) as Period;
    const due = reportDueDate(period, settings.dueDay);
    const now = Date.parse(`${due.year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}T09:00:00+08:00`);
    const snapshot = withUnitTabs(read, first.value.plan);
    const run = runConsolidation({ snapshot, now });
    if (!run.ok) throw new Error(run.reason);
    const { plan } = run.value;
    const rows = preparePeriodRows({ run: run.value, snapshot, period });
    print(`${name}（${settings.agency} ${toRocYear(settings.year)} 年度；時鐘：${periodLabel(period)}的填報截止日）`);

    const sample = rows.tabs[0];
    const practice = sample && plan.practices.find((candidate) => candidate.id === sample.practices[0]);
    if (!sample || !practice) throw new Error(`${name}: no unit owes anything`);
    print(`  一項作法（${sample.unit}，${practice.id}，${periodLabel(period)}）`);
    print(`    ${pad('管道', 34)}${pad('看到的題目', 10)}${pad('已預填', 8)}必須填答`);
    for (const { status, extra } of REPORTS) {
      for (const burden of [
        formFromScratch(snapshot, now, plan, sample.unit, practice, period, status, extra),
        formFromLink(snapshot, now, plan, sample.unit, practice, period, status, extra),
        prefilledRow(snapshot, now, sample.tab, sample.rows[0] as PrefilledRow, sample.header, status, extra),
      ]) {
        print(
          `    ${pad(`${burden.channel}（${status}）`, 34)}${pad(String(burden.shown), 10)}${pad(String(burden.prefilled), 8)}${burden.answers}`,
        );
      }
    }
    const carried = rows.tabs.flatMap((tab) => tab.rows.filter((row) => row.辦理狀態 !== undefined).map((row) => ({ tab, row })))[0];
    if (carried) {
      const burden = prefilledRow(snapshot, now, carried.tab.tab, carried.row, carried.tab.header, carried.row.辦理狀態 ?? '', {
        執行成效: '本月辦理情形',
      });
      print(
        `    ${pad(`${burden.channel}（沿用上期${carried.row.辦理狀態}）`, 34)}${pad(String(burden.shown), 10)}${pad(String(burden.prefilled), 8)}${burden.answers}`,
      );
    }

    print(`  一個單位的一整期（${periodLabel(period)}，prepare-period 預填後）`);
    print(
      `    ${pad('單位', 12)}${pad('列數', 6)}${pad('沿用狀態', 10)}${pad('填報分頁必填', 14)}${pad('催報連結必填', 14)}表單從頭必填（皆以辦理中計）`,
    );
    const scratchAnswers = 5;
    const linkAnswers = 2;
    for (const tab of rows.tabs) {
      const carried = tab.rows.filter((row) => row.辦理狀態 !== undefined).length;
      const tabAnswers = tab.rows.length * 2 - carried;
      print(
        `    ${pad(tab.unit, 12)}${pad(String(tab.rows.length), 6)}${pad(String(carried), 10)}${pad(String(tabAnswers), 14)}${pad(String(tab.rows.length * linkAnswers), 14)}${tab.rows.length * scratchAnswers}`,
      );
    }
    const largest = [...rows.tabs].sort((a, b) => b.rows.length - a.rows.length)[0];
    if (largest) {
      print(
        `    最多的單位：${largest.unit}，${largest.rows.length} 列都在同一個分頁，一次填完；表單從頭填要送出 ${largest.rows.length} 次`,
      );
    }
    print('');
  }
}

// Every unit gets the 填報 tab 建立單位填報分頁 would make, so each unit's period can be counted.
function withUnitTabs(snapshot: Snapshot, plan: Plan): Snapshot {
  const names = new Set(snapshot.tabs.map((tab) => tab.name));
  const added: Tab[] = reportingUnits(plan)
    .map((unit) => unitTabName(unit))
    .filter((tab) => !names.has(tab))
    .map((tab) => ({ name: tab, rows: [[...UNIT_TAB_COLUMNS]] }));
  return { tabs: [...snapshot.tabs, ...added], ...(snapshot.timeZone ? { timeZone: snapshot.timeZone } : {}) };
}

function formFromScratch(
  snapshot: Snapshot,
  now: number,
  plan: Plan,
  unit: string,
  practice: Practice,
  period: Period,
  status: string,
  extra: Readonly<Record<string, string>>,
): Burden {
  const typed = {
    [title('填報單位')]: unit,
    [domainMsg.formPracticeQuestion(unit)]: practiceChoice(practice),
    [title('填報期間')]: periodLabel(period),
    [title('辦理狀態')]: status,
    ...extra,
  };
  return formBurden('表單從頭填寫', snapshot, now, plan, {}, typed);
}

function formFromLink(
  snapshot: Snapshot,
  now: number,
  plan: Plan,
  unit: string,
  practice: Practice,
  period: Period,
  status: string,
  extra: Readonly<Record<string, string>>,
): Burden {
  const prefilled = {
    [title('填報單位')]: unit,
    [DIRECT_PRACTICE_TITLE]: practiceChoice(practice),
    [title('填報期間')]: periodLabel(period),
  };
  return formBurden('催報信連結', snapshot, now, plan, prefilled, { [title('辦理狀態')]: status, ...extra });
}

// Walks the Form with the answers, and checks the response it makes is counted.
function formBurden(
  channel: string,
  snapshot: Snapshot,
  now: number,
  plan: Plan,
  prefilled: Readonly<Record<string, string>>,
  typed: Readonly<Record<string, string>>,
): Burden {
  const form = reportForm(plan);
  const walk = walkForm(form, new Map(Object.entries({ ...prefilled, ...typed })));
  if (walk.missing.length > 0) throw new Error(`${channel}: the form asks for ${walk.missing.join(', ')}`);
  const titles = ['時間戳記', ...form.pages.flatMap((page) => page.questions.map((question) => question.title))];
  const row: Cell[] = titles.map((column) => (column === '時間戳記' ? timestampOf(now) : (walk.answers.get(column) ?? null)));
  assertCounted(channel, snapshot, now, { name: '表單回應 9', rows: [titles, row] });
  return {
    channel,
    shown: walk.shown.length,
    prefilled: walk.shown.filter((question) => prefilled[question.title] !== undefined).length,
    answers: Object.keys(typed).length,
  };
}

// A prefilled row of a unit's tab, filled in: the status where none was carried (or another one), and the rest.
function prefilledRow(
  snapshot: Snapshot,
  now: number,
  tab: string,
  row: PrefilledRow,
  header: readonly Cell[],
  status: string,
  extra: Readonly<Record<string, string>>,
): Burden {
  const keepsStatus = row.辦理狀態 === status;
  const filled = { ...row, ...(keepsStatus ? {} : { 辦理狀態: status }), ...extra };
  const filledSnapshot = {
    tabs: applyChanges(snapshot, {
      outputs: [],
      verdicts: [],
      appends: [appendOf({ unit: '', ownSpreadsheet: false, tab, header, rows: [filled], practices: [] })],
    }),
  };
  assertCounted('填報分頁預填列', filledSnapshot, now, null, tab);
  const columns = UNIT_TAB_COLUMNS.filter((column) => column !== '檢核結果');
  const prefilled = columns.filter((column) => row[column] !== undefined).length;
  return { channel: '填報分頁預填列', shown: columns.length, prefilled, answers: (keepsStatus ? 0 : 1) + Object.keys(extra).length };
}

function assertCounted(channel: string, snapshot: Snapshot, now: number, extraTab: Tab | null, tab = extraTab?.name ?? ''): void {
  const run = runConsolidation({ snapshot: extraTab ? { tabs: [...snapshot.tabs, extraTab] } : snapshot, now });
  if (!run.ok) throw new Error(run.reason);
  const verdicts = run.value.changes.verdicts.find((column) => column.tab === tab)?.values ?? [];
  const last = verdicts.findLast((value) => value !== '');
  if (last !== domainMsg.passed) throw new Error(`${channel}: the report is not counted (${last})`);
}

function timestampOf(now: number): string {
  const date = new Date(now + 8 * 3_600_000);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()} 上午 8:00:00`;
}

const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(1, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
const print = (line: string) => process.stdout.write(`${line}\n`);

await main();
