// The example workbooks of examples/, consolidated end to end through the command line at a fixed
// clock: the plan as transcribed, every bad row examples/README.md lists (and nothing else) in
// 檢核錯誤, the 檢核結果 notes it promises, and the four output tabs as golden files for review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvFolder } from '../../functions/workbooks/csv/csv-folder-workbook.ts';
import { OUTPUT_TABS } from '../../shared/output-tabs.ts';
import { cellText } from '../../shared/text.ts';
import type { Snapshot } from '../../shared/workbook.ts';
import { consolidateExample, EXAMPLES_DIR, type ExampleRun, readmeTable, recordsOf, tabOf } from './example-run.ts';

interface Expectation {
  /** The 計畫 header holding the practice text, in the agency's own words. */
  readonly practiceColumn: string;
  /** The 項次 the plan should have, from the 計畫 tab as read (not through the plan parser). */
  readonly ids: (plan: readonly Record<string, string>[]) => string[];
}

// Generated 項次 of a plan whose outline numbers are 1…n at each level: counts of practices per group.
const outline = (counts: readonly number[], id: (group: number, item: number) => string) =>
  counts.flatMap((count, g) => Array.from({ length: count }, (_, i) => id(g + 1, i + 1)));

const EXAMPLES: Record<string, Expectation> = {
  'taipei-vac-114': {
    practiceColumn: '具體作法',
    ids: () => outline([14, 7, 4, 3, 1, 2], (m, i) => `${m}-${i}`),
  },
  'wanhua-115': {
    practiceColumn: '方法（工作內容）',
    ids: (plan) => {
      const seen = new Set<string>();
      const written = plan.flatMap((row) => {
        const no = row.編號 ?? '';
        if (!no) return [];
        const id = seen.has(no) ? `${no}之2` : no;
        seen.add(no);
        return [id];
      });
      return [...outline([5, 4, 4, 2, 3, 4], (m, s) => `${m}-${s}-1`), ...written];
    },
  },
  'niaosong-113': {
    practiceColumn: '具體作法',
    ids: (plan) => plan.map((row) => row.項次 ?? ''),
  },
};

const badLines = readmeTable('Deliberately bad rows');
const passLines = readmeTable('Rows that must pass');
const planWarnings = readmeTable('Warnings from the plans themselves');
const isSubmissionTab = (name: string) => name.startsWith('表單回應') || name.startsWith('填報');
const problemKey = (source: string, row: string, column: string) => `${source} · 第${row}列 · ${column}`;

function folderBytes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((file) => [file, readFileSync(join(dir, file)).toString('base64')]),
  );
}

it('covers every example folder, and the README tables name only those', () => {
  const folders = readdirSync(EXAMPLES_DIR).filter((name) => statSync(join(EXAMPLES_DIR, name)).isDirectory());
  expect(folders.sort()).toEqual(Object.keys(EXAMPLES).sort());
  for (const line of [...badLines, ...passLines, ...planWarnings]) expect(Object.keys(EXAMPLES)).toContain(line.example);
});

describe.each(Object.entries(EXAMPLES))('%s', (name, expectation) => {
  const folder = join(EXAMPLES_DIR, name);
  let input: Snapshot;
  let before: Record<string, string>;
  let run: ExampleRun;
  beforeAll(async () => {
    before = folderBytes(folder);
    input = await readCsvFolder(folder);
    run = await consolidateExample(name);
  });

  it('consolidates with exit 0, prints a summary and leaves the example as committed', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`具體作法 ${expectation.ids(recordsOf(tabOf(input, '計畫'))).length} 項`);
    expect(folderBytes(folder)).toEqual(before);
  });

  it('lists every practice of the plan in 執行成效, in plan order, with its 項次', () => {
    const plan = recordsOf(tabOf(input, '計畫')).filter((row) => (row[expectation.practiceColumn] ?? '').trim() !== '');
    const results = recordsOf(tabOf(run.output, OUTPUT_TABS.results));
    expect(results.map((row) => row.具體作法)).toEqual(plan.map((row) => row[expectation.practiceColumn]));
    expect(results.map((row) => row.項次)).toEqual(expectation.ids(plan));
  });

  it('reports in 檢核錯誤 exactly the bad rows and plan warnings examples/README.md lists', () => {
    const problems = recordsOf(tabOf(run.output, OUTPUT_TABS.problems));
    const actual = problems.map((p) => problemKey(p.來源 ?? '', p.列 ?? '', p.欄位 ?? ''));
    const listed = [...badLines, ...planWarnings].filter((line) => line.example === name);
    const expected = listed.map((line) => problemKey(line.tab ?? '', line.列 ?? '', line.欄位 ?? ''));
    for (const key of expected) expect(actual).toContain(key);
    expect([...actual].sort()).toEqual([...expected].sort());
  });

  it('writes the promised 檢核結果: problems on bad rows, 通過 with its note on tricky ones, plain 通過 elsewhere', () => {
    const bad = badLines.filter((line) => line.example === name);
    const passing = passLines.filter((line) => line.example === name);
    const tabs = run.output.tabs.filter((tab) => isSubmissionTab(tab.name));
    expect(tabs.length).toBeGreaterThanOrEqual(2);
    for (const tab of tabs) {
      const header = tab.rows[0] ?? [];
      const column = header.indexOf('檢核結果');
      expect(column, `${tab.name} has a 檢核結果 column`).toBeGreaterThan(0);
      tab.rows.forEach((row, index) => {
        if (index === 0 || row.every((cell, i) => i === column || cellText(cell).trim() === '')) return;
        const rowNumber = String(index + 1);
        const verdict = cellText(row[column] ?? null);
        const where = `${tab.name} 第${rowNumber}列`;
        const problems = bad.filter((line) => line.tab === tab.name && line.列 === rowNumber);
        const promised = passing.find((line) => line.tab === tab.name && line.列 === rowNumber);
        if (problems.length > 0) {
          expect(verdict, where).not.toMatch(/^通過/u);
          for (const line of problems) {
            if (line.欄位 !== '列') expect(verdict, where).toContain(`${line.欄位}：`);
          }
        } else {
          expect(verdict, where).toBe(promised ? promised.檢核結果 : '通過');
        }
      });
    }
    for (const line of passing) expect(tabs.map((tab) => tab.name)).toContain(line.tab);
  });

  it('keeps the four output tabs as reviewed (golden files)', async () => {
    for (const tab of Object.values(OUTPUT_TABS)) {
      await expect(readFileSync(join(run.out, `${tab}.csv`), 'utf8')).toMatchFileSnapshot(`./__golden__/${name}/${tab}.csv`);
    }
  });
});

describe('what the examples exercise', () => {
  it('writes a formula-like 執行成效 into 執行成效.csv as text behind Excel’s apostrophe, and keeps the user’s tab as typed', async () => {
    const run = await consolidateExample('taipei-vac-114');
    const results = recordsOf(tabOf(run.output, OUTPUT_TABS.results));
    expect(results.find((row) => row.項次 === '1-12')?.執行成效).toBe('\'=IMPORTXML("http://x","//a")');
    expect(readFileSync(join(run.out, `${OUTPUT_TABS.results}.csv`), 'utf8')).toContain('"\'=IMPORTXML(""http://x"",""//a"")"');
    const typed = run.output.tabs.filter((tab) => !Object.values<string>(OUTPUT_TABS).includes(tab.name)).flatMap((tab) => tab.rows.flat());
    expect(typed).toContain('=IMPORTXML("http://x","//a")');
  });

  it('holds one submission tab in CP950 (Big5), not UTF-8, and reads it', async () => {
    const bytes = readFileSync(join(EXAMPLES_DIR, 'niaosong-113', '填報-社會課.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const tab = tabOf(await readCsvFolder(join(EXAMPLES_DIR, 'niaosong-113')), '填報-社會課');
    expect(tab.rows[0]).toEqual(['期間', '項次', '狀態', '成效', '量化指標', '佐證', '落後原因', '因應措施']);
  });

  it('prints the counts docs/命令列與設定.md shows as the summary of the 萬華 example', async () => {
    const run = await consolidateExample('wanhua-115');
    const counts = run.stdout.split('\n')[1] ?? '';
    expect(counts).toMatch(/^ {2}單位 10 個/u);
    expect(readFileSync(join(EXAMPLES_DIR, '..', 'docs', '命令列與設定.md'), 'utf8')).toContain(`\n    ${counts}\n`);
  });

  it('gives 管考總表 one column per quarter for the quarterly plan', async () => {
    const run = await consolidateExample('niaosong-113');
    expect(tabOf(run.output, OUTPUT_TABS.tracking).rows[0]).toEqual([
      '項次',
      '具體作法',
      '單位',
      '113年第1季',
      '113年第2季',
      '113年第3季',
      '113年第4季',
      '逾期',
      '彙整時間：115/11/23 10:00:00',
    ]);
  });
});
