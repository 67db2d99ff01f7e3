import { columnsTab, type OutputColumn } from './output-columns.ts';
import { OUTPUT_TABS, type OutputInput } from './output-tabs.ts';
import { reportedLabel } from './reported-label.ts';
import { completion, NOT_REPORTED, type Status } from './status.ts';
import type { OutputTab } from './workbook.ts';

/** 單位摘要's row: a unit, how many practices it owns, the latest-period status of each it reported, and 最近填報. */
interface UnitsRow {
  readonly unit: string;
  readonly owned: number;
  readonly latest: readonly Status[];
  readonly reported: string;
}

// 單位摘要 counts each status in a column of its own, in this order and this wide; 取消 has none
// (null): it lowers the practices expected in 完成率 instead.
const UNIT_STATUS_WIDTHS: Readonly<Record<Status, number | null>> = {
  已完成: 70,
  辦理中: 70,
  持續辦理: 80,
  落後: 60,
  未開始: 70,
  取消: null,
};

const UNITS_COLUMNS: readonly OutputColumn<UnitsRow>[] = [
  { header: '單位', width: 100, value: (row) => row.unit },
  { header: '負責作法數', width: 90, value: (row) => row.owned },
  { header: '已填報', width: 70, value: (row) => row.latest.length },
  ...Object.entries(UNIT_STATUS_WIDTHS).flatMap(([status, width]) =>
    width === null
      ? []
      : [{ header: status, width, value: (row: UnitsRow) => row.latest.filter((reported) => reported === status).length }],
  ),
  { header: NOT_REPORTED, width: 70, value: (row) => row.owned - row.latest.length },
  { header: '完成率', width: 80, value: (row) => percentOrDash(completion(row.latest, row.owned).rate) },
  { header: '最近填報', width: 180, value: (row) => row.reported },
];

/** 單位摘要: one row per unit, its practices counted by latest status. */
export function unitsTab({ plan, index }: OutputInput): OutputTab {
  const rows = plan.units.units.map((unit): UnitsRow => {
    const owned = plan.practices.filter((practice) => practice.units.includes(unit.name));
    const latest = owned.flatMap((practice) => index.latestPeriodReport(unit.name, practice.id)?.status ?? []);
    const newest = index.mostRecentReport(owned.flatMap((practice) => index.reports(unit.name, practice.id)));
    return { unit: unit.name, owned: owned.length, latest, reported: reportedLabel(newest, plan.settings.timeZone) };
  });
  return columnsTab(OUTPUT_TABS.units, UNITS_COLUMNS, rows);
}

// 完成率 as 66.7%, — when no practice is expected.
function percentOrDash(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}
