// `npm run bench`: generates a large CSV workbook (60 units, 400 practices, 100,000 submission
// rows over a year), then measures, each in a fresh process so peak memory is its own:
//   floor        — read and parse the same files (the least any consolidation must do);
//   consolidate  — read, validate, consolidate and write the output tabs and 檢核結果.
// Prints rows/s, peak RSS and the ratio consolidate / floor. Figures, not a pass/fail test.
//
// The phases run as deployed code does: this file bundled by esbuild (no TypeScript stripping at
// load), on the heap settings a 256 MiB function runs with (HEAP_FLAGS; deploy/README.md).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UNITS = 60;
const PRACTICES = 400;
const ROWS = 100_000;
const ROUNDS = 3;
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const root = join(fileURLToPath(new URL('..', import.meta.url)), '.bench');
const source = join(root, 'workbook');
const bundled = join(root, 'bench.mjs');
/** V8 heap limits for a 256 MiB instance: old space well under the limit, small young generation. */
export const HEAP_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=16'];

interface Measure {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly rows: number;
}

const phase = process.argv[2];
if (phase === 'generate') {
  // `node bench/consolidate-bench.ts generate <folder>`: only write the workbook, to profile by hand.
  const folder = process.argv[3] ?? source;
  mkdirSync(folder, { recursive: true });
  generate(folder);
} else if (phase === 'floor' || phase === 'consolidate') {
  process.stdout.write(JSON.stringify(await measure(phase, process.argv[3] ?? source)));
} else {
  await main();
}

async function measure(kind: 'floor' | 'consolidate', folder: string): Promise<Measure> {
  const { openCsvFolder } = await import('../functions/workbooks/csv/csv-folder-workbook.ts');
  const { computeConsolidation, writeConsolidation } = await import('../functions/rebuild/consolidate-job.ts');
  const workbook = openCsvFolder(folder);
  const started = performance.now();
  let rows = 0;
  if (kind === 'floor') {
    const snapshot = await workbook.read();
    rows = snapshot.tabs.reduce((sum, tab) => sum + tab.rows.length, 0);
  } else {
    const computed = await computeConsolidation(workbook, { now: () => NOW, open: openCsvFolder });
    if (!computed.ok) throw new Error(computed.reason);
    await writeConsolidation(workbook, computed.value);
    rows = computed.value.result.counts.rows;
  }
  const ms = performance.now() - started;
  return { ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, rows };
}

function runPhase(kind: 'floor' | 'consolidate', folder: string): Measure {
  const output = execFileSync(process.execPath, [...HEAP_FLAGS, bundled, kind, folder], { encoding: 'utf8' });
  return JSON.parse(output) as Measure;
}

async function main(): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  generate(source);
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile: bundled,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const floors: Measure[] = [];
  const runs: Measure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Each consolidation writes into its workbook, so each round starts from a fresh copy.
    const copy = join(root, `round-${round}`);
    cpSync(source, copy, { recursive: true });
    floors.push(runPhase('floor', copy));
    runs.push(runPhase('consolidate', copy));
  }
  const best = (list: Measure[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
  const floor = best(floors);
  const run = best(runs);
  const peak = Math.max(...runs.map((m) => m.maxRssMiB));
  const lines = [
    `guankao benchmark — ${UNITS} units, ${PRACTICES} practices, ${ROWS.toLocaleString('en-US')} submission rows (best of ${ROUNDS}, Node ${process.version}, bundled, ${HEAP_FLAGS.join(' ')})`,
    `  floor (read + parse CSV):        ${floor.ms.toFixed(0)} ms   peak RSS ${floor.maxRssMiB.toFixed(0)} MiB`,
    `  consolidate (read → write):      ${run.ms.toFixed(0)} ms   peak RSS ${peak.toFixed(0)} MiB`,
    `  consolidate throughput:          ${Math.round(run.rows / (run.ms / 1000)).toLocaleString('en-US')} rows/s`,
    `  ratio consolidate / floor:       ${(run.ms / floor.ms).toFixed(2)}×   (target ≤ 3×)`,
    `  peak RSS vs 256 MiB function:    ${peak <= 256 ? 'within' : 'OVER'} (${peak.toFixed(0)} / 256 MiB)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  rmSync(root, { recursive: true, force: true });
}

// Deterministic pseudo-random numbers, so every run measures the same workbook.
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

function generate(folder: string): void {
  const random = generator(114);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const units = Array.from({ length: UNITS }, (_, i) => `第${i + 1}課`);
  writeFileSync(join(folder, '設定.csv'), csv([
    ['項目', '內容'], ['機關名稱', '基準測試區公所'], ['計畫名稱', '114年度提升服務品質執行計畫'],
    ['計畫年度', '114'], ['填報週期', '月'], ['填報截止日', '5'], ['時區', 'Asia/Taipei'],
  ]));
  writeFileSync(join(folder, '單位.csv'), csv([
    ['單位', '別名', '填報人電子郵件', '填報試算表'],
    ...units.map((unit, i) => [unit, `課${i + 1}`, `unit${i + 1}@bench.example.gov.tw`, '']),
  ]));
  const deadlines = ['持續辦理', '114年6月30日', '預定於2~5月份辦理', '12月底前', '每月', '每季', '規劃中預計114年9月辦理'];
  const practices = Array.from({ length: PRACTICES }, (_, i) => {
    const owners = [units[i % UNITS], ...(i % 3 === 0 ? [units[(i + 7) % UNITS]] : [])] as string[];
    return { id: `${Math.floor(i / 70) + 1}-${(i % 70) + 1}`, owners, text: `具體作法第${i + 1}項：強化服務流程並定期檢討改進` };
  });
  writeFileSync(join(folder, '計畫.csv'), csv([
    ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
    ...practices.map((p, i) => [p.id, i % 70 === 0 ? `實施要項${Math.floor(i / 70) + 1}` : '', p.text, p.owners.join('、'), pick(deadlines)]),
  ]));
  const statuses = ['辦理中', '已完成', '持續辦理', '未開始', '落後'];
  const rows: (string | number)[][] = [[
    '時間戳記', '電子郵件地址', '填報單位', '具體作法', '填報期間', '辦理狀態', '辦理日期', '執行成效', '量化成果', '佐證資料', '落後原因', '改善措施',
  ]];
  for (let i = 0; i < ROWS; i++) {
    const practice = pick(practices);
    const unit = pick(practice.owners);
    const month = 1 + Math.floor((i / ROWS) * 12);
    const status = pick(statuses);
    const day = 1 + Math.floor(random() * 5);
    const minute = Math.floor(random() * 60);
    const bad = random() < 0.02;
    rows.push([
      `2025/${month === 12 ? 12 : month + 1}/${day} 下午 ${1 + Math.floor(random() * 11)}:${String(minute).padStart(2, '0')}:00`,
      `unit@bench.example.gov.tw`,
      bad ? '不存在課' : unit,
      `${practice.id} ${practice.text}`,
      `114年${month}月`,
      status,
      `114/${String(month).padStart(2, '0')}/0${day}`,
      status === '未開始' ? '' : `本月辦理說明會${day}場次，參加民眾${minute * 3}人次，並檢討服務流程與改進措施。`,
      `${day}場次、${minute * 3}人次`,
      random() < 0.3 ? `https://bench.example.gov.tw/evidence/${i}` : '',
      status === '落後' ? '人力不足' : '',
      status === '落後' ? '調度人力並於下月補辦' : '',
    ]);
  }
  writeFileSync(join(folder, '表單回應 1.csv'), csv(rows));
}
