import { describe, expect, it } from 'vitest';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { runConsolidation } from '../../shared/run-consolidation.ts';
import { STATUSES } from '../../shared/status.ts';
import type { OutputTab, Snapshot } from '../../shared/workbook.ts';
import { aWorkbook, goodForm, NOW } from '../builders.ts';

function outputs(snapshot: Snapshot): readonly OutputTab[] {
  const result = runConsolidation({ snapshot, now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.value.changes.outputs;
}

/** The tab's rows as records by header. */
function records(tab: OutputTab | undefined): Record<string, unknown>[] {
  const [header = [], ...rows] = tab?.rows ?? [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? null])));
}

describe('the output tabs', () => {
  const tabs = outputs(
    aWorkbook([
      goodForm(),
      goodForm({ 具體作法: '1-1', 辦理狀態: '已完成' }),
      goodForm({ 填報單位: '社會課', 辦理狀態: '落後', 落後原因: '人力不足', 改善措施: '增派人力' }),
    ]),
  );

  it('are laid out with one width per column of the header', () => {
    for (const name of Object.values(OUTPUT_TABS)) {
      const tab = tabs.find((candidate) => candidate.name === name);
      expect(tab?.layout?.widths.length, name).toBe(tab?.rows[0]?.length);
    }
  });

  it("count 單位摘要's practices in a column for every status but 取消, which lowers the practices expected instead", () => {
    const units = tabs.find((tab) => tab.name === OUTPUT_TABS.units);
    const header = units?.rows[0] ?? [];
    expect(STATUSES.filter((status) => !header.includes(status))).toEqual(['取消']);
    expect(records(units).find((row) => row.單位 === '民政課')).toMatchObject({
      負責作法數: 3,
      已填報: 2,
      已完成: 1,
      辦理中: 1,
      落後: 0,
      未填報: 1,
      完成率: '33.3%',
    });
  });

  it('cancel a practice out of 完成率: 已完成 ÷ (負責作法數 − 取消)', () => {
    const withCancel = outputs(
      aWorkbook([goodForm({ 具體作法: '1-1', 辦理狀態: '已完成' }), goodForm({ 辦理狀態: '取消', 執行成效: '計畫變更' })]),
    );
    const units = withCancel.find((tab) => tab.name === OUTPUT_TABS.units);
    expect(records(units).find((row) => row.單位 === '民政課')).toMatchObject({ 已完成: 1, 已填報: 2, 完成率: '50.0%' });
  });
});
