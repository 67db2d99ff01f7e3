import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../functions/logger.ts';
import { inputFingerprint } from '../../../functions/rebuild/input-fingerprint.ts';
import { rebuildUntilStable } from '../../../functions/rebuild/stable-rebuild.ts';
import { openCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { WorkbookError, WriteRefused } from '../../../functions/workbooks/workbook-error.ts';
import type { RunResult } from '../../../shared/run-consolidation.ts';
import type { Changes, Snapshot, Workbook } from '../../../shared/workbook.ts';
import { prepareYearEnd } from '../../../shared/year-end.ts';
import { aTab, aWorkbook, goodForm, NOW } from '../../builders.ts';
import { csvWorkbookFolder } from '../csv-workbook-folder.ts';
import { memoryWorkbook } from '../memory-workbook.ts';

const narrativesIn = (workbook: Pick<ReturnType<typeof memoryWorkbook>, 'tab'>) => JSON.stringify(workbook.tab('執行成效')?.rows ?? []);

/** A view of `inner` whose first write waits until `gate` opens: a slow instance that read early. */
function slowFirstWrite(inner: Workbook, gate: Promise<void>, onBlocked: () => void): Workbook {
  let first = true;
  return {
    location: inner.location,
    read: () => inner.read(),
    write: async (changes: Changes) => {
      if (first) {
        first = false;
        onBlocked();
        await gate;
      }
      await inner.write(changes);
    },
  };
}

function deps(workbook: Workbook, logs: LogEntry[] = [], maxRounds?: number) {
  return {
    workbook,
    open: () => {
      throw new Error('no unit spreadsheets here');
    },
    now: () => NOW,
    log: (entry: LogEntry) => logs.push(entry),
    fields: { workbook: 'memory' },
    guard: null,
    writeCost: 0,
    ...(maxRounds !== undefined ? { maxRounds } : {}),
  };
}

/**
 * `inner` as a backend that tells by itself whether its input changed since it was read (as a CSV
 * folder does from its files' versions): rows appended through the returned view count as changes,
 * its own writes do not.
 */
function selfChecking(inner: ReturnType<typeof memoryWorkbook>) {
  let edits = 0;
  let seen = -1;
  return {
    location: inner.location,
    read: async () => {
      seen = edits;
      return inner.read();
    },
    write: (changes: Changes) => inner.write(changes),
    unchangedSinceRead: async () => seen === edits,
    appendRow: (tab: string, row: Parameters<typeof inner.appendRow>[1]) => {
      edits++;
      inner.appendRow(tab, row);
    },
    tab: inner.tab,
    reads: inner.reads,
  };
}

async function raceTwoInstances(
  maxRounds?: number,
  backend: (workbook: ReturnType<typeof memoryWorkbook>) => ReturnType<typeof selfChecking> | ReturnType<typeof memoryWorkbook> = (
    workbook,
  ) => workbook,
) {
  const shared = backend(memoryWorkbook(aWorkbook([goodForm({ 執行成效: '第一筆' })])));
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let blocked!: () => void;
  const reachedWrite = new Promise<void>((resolve) => (blocked = resolve));
  const logs: LogEntry[] = [];
  // Instance A reads one submission, then stalls before writing.
  const a = rebuildUntilStable(deps(slowFirstWrite(shared, gate, blocked), logs, maxRounds));
  await reachedWrite;
  // A second submission lands; instance B reads both and writes.
  shared.appendRow('表單回應 1', goodForm({ 時間戳記: '2026/4/3 上午 10:00:00', 填報單位: '社會課', 執行成效: '第二筆' }));
  const b = await rebuildUntilStable(deps(shared));
  expect(narrativesIn(shared)).toContain('第二筆');
  // A wakes up and writes what it computed from the older read.
  open();
  const outcome = await a;
  return { shared, outcome, b, logs };
}

describe('a rebuild that re-reads after writing', () => {
  it('writes again when the input changed after its read, so a stale writer never has the last word', async () => {
    const { shared, outcome, logs } = await raceTwoInstances();
    expect(narrativesIn(shared)).toContain('第二筆');
    expect(narrativesIn(shared)).toContain('第一筆');
    expect(outcome).toMatchObject({ kind: 'done', rounds: 2, stable: true });
    expect(logs.some((entry) => entry.event === 'rebuild.input-changed')).toBe(true);
  });

  it('without the re-read, the slow instance would leave stale outputs behind', async () => {
    const { shared, outcome } = await raceTwoInstances(1);
    expect(outcome).toMatchObject({ kind: 'done', rounds: 1, stable: false });
    expect(narrativesIn(shared)).not.toContain('第二筆');
  });

  it('writes again when a backend that checks itself says the input changed after its read', async () => {
    const { shared, outcome } = await raceTwoInstances(undefined, selfChecking);
    expect(narrativesIn(shared)).toContain('第二筆');
    expect(outcome).toMatchObject({ kind: 'done', rounds: 2, stable: true });
  });

  it('is done after one read when a backend that checks itself says nothing changed', async () => {
    const workbook = selfChecking(memoryWorkbook(aWorkbook([goodForm()])));
    const outcome = await rebuildUntilStable(deps(workbook));
    expect(outcome).toMatchObject({ kind: 'done', rounds: 1, stable: true });
    expect(narrativesIn(workbook)).toContain('完成');
    expect(workbook.reads()).toBe(1);
  });

  it('stops after one round when nothing changed, and is idempotent', async () => {
    const workbook = memoryWorkbook(aWorkbook([goodForm()]));
    const first = await rebuildUntilStable(deps(workbook));
    const after = JSON.stringify(workbook.tabs());
    const second = await rebuildUntilStable(deps(workbook));
    expect(first).toMatchObject({ kind: 'done', rounds: 1, stable: true });
    expect(second).toMatchObject({ kind: 'done', rounds: 1, stable: true });
    expect(JSON.stringify(workbook.tabs())).toBe(after);
  });

  it.each([
    ['in memory (read again and compared)', () => memoryWorkbook(aWorkbook([goodForm()]))],
    ['a CSV folder (its files’ versions)', () => openCsvFolder(csvWorkbookFolder(aWorkbook([goodForm()])))],
  ])(
    'takes one round for a year-end on a workbook %s: the 年度成效 it makes, then refreshes, is no change of its input',
    async (_name, open) => {
      const workbook = open();
      const yearEnd = { extraChanges: (result: RunResult, snapshot: Snapshot) => prepareYearEnd(result, snapshot, { tabs: true }).changes };
      expect(await rebuildUntilStable({ ...deps(workbook), ...yearEnd })).toMatchObject({ kind: 'done', rounds: 1, stable: true });
      expect((await workbook.read()).tabs.find((tab) => tab.name === '年度成效')?.rows).toHaveLength(5);
      expect(await rebuildUntilStable({ ...deps(workbook), ...yearEnd })).toMatchObject({ kind: 'done', rounds: 1, stable: true });
    },
  );

  it('reports an unusable workbook without writing anything', async () => {
    const workbook = memoryWorkbook({ tabs: [aTab('表單回應 1', [['時間戳記']])] });
    const outcome = await rebuildUntilStable(deps(workbook));
    expect(outcome.kind).toBe('unusable');
    if (outcome.kind === 'unusable') expect(outcome.reason).toContain('計畫');
    expect(workbook.writes()).toBe(0);
  });
});

describe('the input fingerprint', () => {
  const base: Snapshot = aWorkbook([goodForm()]);
  const withTabs = (tabs: Snapshot['tabs']): Snapshot => ({ tabs });

  it('ignores the output tabs, the year-end tabs and the 檢核結果 column, which the rebuild writes', () => {
    const form = base.tabs.find((tab) => tab.name === '表單回應 1');
    if (!form) throw new Error('no form tab');
    const checked = { name: form.name, rows: form.rows.map((row, index) => [...row, index === 0 ? '檢核結果' : '通過']) };
    const written = withTabs([
      ...base.tabs.filter((tab) => tab !== form),
      checked,
      aTab('執行成效', [['項次'], ['1-1']]),
      aTab('年度執行成效一覽表', [['項次']]),
      aTab('單位成效-民政課', [['項次']]),
    ]);
    expect(inputFingerprint(written)).toBe(inputFingerprint(withTabs([...base.tabs.filter((tab) => tab !== form), form])));
  });

  it('ignores trailing blank cells and rows', () => {
    const padded = withTabs(base.tabs.map((tab) => ({ name: tab.name, rows: [...tab.rows.map((row) => [...row, null, '']), [null, '']] })));
    expect(inputFingerprint(padded)).toBe(inputFingerprint(base));
  });

  it('changes when a user cell changes or a row is added', () => {
    const edited = withTabs(
      base.tabs.map((tab) =>
        tab.name === '計畫' ? { name: tab.name, rows: [...tab.rows.slice(0, -1), ['3-1', '三', '', '新作法', '秘書室', '', '']] } : tab,
      ),
    );
    expect(inputFingerprint(edited)).not.toBe(inputFingerprint(base));
    const added = aWorkbook([goodForm(), goodForm({ 執行成效: '另一筆' })]);
    expect(inputFingerprint(added)).not.toBe(inputFingerprint(base));
  });
});

describe('a write refused to keep what a user made in the file', () => {
  const refusing = (error: Error): Workbook => {
    const inner = memoryWorkbook(aWorkbook([goodForm()]));
    return { location: inner.location, read: () => inner.read(), write: () => Promise.reject(error) };
  };

  it('ends the rebuild as unusable with the zh-TW reason, logged, rather than failing it for a retry', async () => {
    const logs: LogEntry[] = [];
    const outcome = await rebuildUntilStable(deps(refusing(new WriteRefused('「x.xlsx」含有圖表…請以 --out 另存')), logs));
    expect(outcome).toMatchObject({ kind: 'unusable', reason: '「x.xlsx」含有圖表…請以 --out 另存' });
    expect(logs.some((entry) => entry.event === 'rebuild.write-refused' && entry.severity === 'ERROR')).toBe(true);
  });

  it('still fails on any other write error, so the scheduler retries it', async () => {
    await expect(rebuildUntilStable(deps(refusing(new WorkbookError('Sheets 暫時無法使用'))))).rejects.toThrow('Sheets 暫時無法使用');
  });
});

// A write to a unit's own spreadsheet that changes nothing is not sent (on Google it
// would book 12 of the 55 writes a minute the rate guard allows).
describe("a unit's own spreadsheet", () => {
  it('is written when its 檢核結果 change, and left alone (no write) when they already say the same', async () => {
    const units = aTab('單位', [
      ['單位', '別名', '填報人電子郵件', '填報試算表'],
      ['秘書室', '', '', ''],
      ['民政課', '', '', 'memory:civil'],
      ['社會課', '', '', ''],
    ]);
    const main = memoryWorkbook({ tabs: aWorkbook([]).tabs.map((tab) => (tab.name === '單位' ? units : tab)) });
    const civil = memoryWorkbook(
      {
        tabs: [
          aTab('填報', [
            ['具體作法', '填報期間', '辦理狀態', '執行成效'],
            ['2-1', '115年3月', '辦理中', '完成問卷設計'],
          ]),
        ],
      },
      'memory:civil',
    );
    const run = () => rebuildUntilStable({ ...deps(main), open: (location: string) => (location === 'memory:civil' ? civil : main) });

    expect(await run()).toMatchObject({ kind: 'done' });
    expect(civil.writes()).toBe(1);
    expect(civil.tab('填報')?.rows[1]?.[4]).toBe('通過');

    expect(await run()).toMatchObject({ kind: 'done' });
    expect(civil.writes()).toBe(1);

    civil.appendRow('填報', ['2-1', '115年4月', '辦理中']);
    expect(await run()).toMatchObject({ kind: 'done' });
    expect(civil.writes()).toBe(2);
    expect(String(civil.tab('填報')?.rows[2]?.[4])).toContain('執行成效');
  });
});
