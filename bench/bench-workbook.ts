// The benchmark's workbook: 60 units, 400 practices and N form rows over a year, as a CSV folder,
// the same for every run (a seeded generator). Also the Form's side of a submission: the row
// Google appends to 表單回應 1 and the body Apps Script signs and posts to /ingest.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_HEADER } from '../test/builders.ts';

export const UNITS = 60;
export const PRACTICES = 400;
export const FORM_TAB = '表單回應 1';
const STATUSES = ['辦理中', '已完成', '持續辦理', '未開始', '落後'];
const DEADLINES = ['持續辦理', '114年6月30日', '預定於2~5月份辦理', '12月底前', '每月', '每季', '規劃中預計114年9月辦理'];

interface Practice {
  readonly id: string;
  readonly owners: readonly string[];
  readonly text: string;
}

const units = Array.from({ length: UNITS }, (_, i) => `第${i + 1}課`);
const practices: readonly Practice[] = Array.from({ length: PRACTICES }, (_, i) => ({
  id: `${Math.floor(i / 70) + 1}-${(i % 70) + 1}`,
  owners: [units[i % UNITS], ...(i % 3 === 0 ? [units[(i + 7) % UNITS]] : [])] as string[],
  text: `具體作法第${i + 1}項：強化服務流程並定期檢討改進`,
}));

// Deterministic pseudo-random numbers, so every run measures the same workbook.
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function csvLine(row: readonly (string | number)[]): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${row.map(quote).join(',')}\r\n`;
}

const csv = (rows: readonly (readonly (string | number)[])[]) => `\uFEFF${rows.map(csvLine).join('')}`;

/** Writes the workbook with `rows` form rows into `folder` (created if missing). */
export function generateWorkbook(folder: string, rows: number): void {
  mkdirSync(folder, { recursive: true });
  const random = generator(114);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  writeFileSync(
    join(folder, '設定.csv'),
    csv([
      ['項目', '內容'],
      ['機關名稱', '基準測試區公所'],
      ['計畫名稱', '114年度提升服務品質執行計畫'],
      ['計畫年度', '114'],
      ['填報週期', '月'],
      ['填報截止日', '5'],
      ['時區', 'Asia/Taipei'],
    ]),
  );
  writeFileSync(
    join(folder, '單位.csv'),
    csv([
      ['單位', '別名', '填報人電子郵件', '填報試算表'],
      ...units.map((unit, i) => [unit, `課${i + 1}`, `unit${i + 1}@bench.example.gov.tw`, '']),
    ]),
  );
  writeFileSync(
    join(folder, '計畫.csv'),
    csv([
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ...practices.map((p, i) => [
        p.id,
        i % 70 === 0 ? `實施要項${Math.floor(i / 70) + 1}` : '',
        p.text,
        p.owners.join('、'),
        pick(DEADLINES),
      ]),
    ]),
  );
  // Written in parts: a 200,000-row tab is about 56 MB of text.
  const path = join(folder, `${FORM_TAB}.csv`);
  writeFileSync(path, csv([FORM_HEADER]));
  const PART = 10_000;
  for (let start = 0; start < rows; start += PART) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + PART); i++) {
      const practice = pick(practices);
      const unit = pick(practice.owners);
      const month = 1 + Math.floor((i / rows) * 12);
      const status = pick(STATUSES);
      const day = 1 + Math.floor(random() * 5);
      const minute = Math.floor(random() * 60);
      const bad = random() < 0.02;
      text += csvLine([
        `2025/${month === 12 ? 12 : month + 1}/${day} 下午 ${1 + Math.floor(random() * 11)}:${String(minute).padStart(2, '0')}:00`,
        'unit@bench.example.gov.tw',
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
    appendFileSync(path, text);
  }
}

/** The n-th submission a unit sends: the /ingest body, and the row the Form appends to its tab. */
export function submission(n: number, sentAt: number): { body: string; row: string } {
  const practice = practices[n % PRACTICES] as Practice;
  const unit = practice.owners[0] as string;
  const answers = {
    填報單位: unit,
    具體作法: `${practice.id} ${practice.text}`,
    填報期間: '114年12月',
    辦理狀態: '辦理中',
    執行成效: `第${n + 1}份補充填報：辦理說明會2場次，參加民眾45人次。`,
  };
  const body = JSON.stringify({
    responseId: `bench-${n}`,
    submittedAt: new Date(sentAt).toISOString(),
    email: 'unit@bench.example.gov.tw',
    answers,
  });
  // As Google Forms writes 時間戳記 in a zh-TW spreadsheet, in Taipei time.
  const wall = new Date(sentAt + 8 * 3_600_000);
  const hour = wall.getUTCHours();
  const stamp = `${wall.getUTCFullYear()}/${wall.getUTCMonth() + 1}/${wall.getUTCDate()} ${hour < 12 ? '上午' : '下午'} ${hour % 12 === 0 ? 12 : hour % 12}:${String(wall.getUTCMinutes()).padStart(2, '0')}:${String(wall.getUTCSeconds()).padStart(2, '0')}`;
  const row = csvLine([
    stamp,
    'unit@bench.example.gov.tw',
    answers.填報單位,
    answers.具體作法,
    answers.填報期間,
    answers.辦理狀態,
    '',
    answers.執行成效,
    '',
    '',
    '',
    '',
  ]);
  return { body, row };
}
