// How often units report and by when, where the plan says so: 「每季填報」, 「每月5日前提報」,
// 「每季結束後10日內」, 「於每年7月10日前及翌年1月10日前填報」, 「於每月主管會報中，由各課、室提出本計畫
// 執行情形」. Only sentences about reporting progress count: 每月 in a practice (每月服務會報交流) is
// what the practice does, not the plan's 填報週期. 填報截止日 is a day of the month after a period
// ends, so a deadline is read into it only when it is one: a day after each period (次月10日前,
// 結束後10日內), or dates that fall on the same day of the month after each period of the cycle.
// Any other wording of a deadline (每月主管會報前, 每月底前) is returned as written, to be noted.
import { CALENDAR_NUMERALS, readNumeral } from '../chinese-numerals.ts';

/** The reporting cycles a plan may state, as 設定 › 填報週期 writes them. */
export type CycleWord = '月' | '季' | '半年' | '年';

/** What the plan says about reporting, with the sentence it says it in. */
export interface ReportingRule {
  readonly cycle: { readonly word: CycleWord; readonly sentence: string } | null;
  readonly dueDay: { readonly day: number; readonly sentence: string } | null;
  /** A deadline for reports that is not a day of the month after each period (每月主管會報前), as written. */
  readonly dueUnread: { readonly wording: string; readonly sentence: string } | null;
}

const REPORT_WORDS = '填報|提報|陳報|彙報|報送|送交|會報|管考|列管|檢討|執行情形|執行進度|辦理情形|進度';
const CYCLE = new RegExp(
  String.raw`(?:每|按|逐)(月|季|半年|年)[^。；]*?(?:${REPORT_WORDS})|(?:${REPORT_WORDS})[^。；]*?(?:每|按|逐)(月|季|半年)`,
  'u',
);
const REPORTING = new RegExp(REPORT_WORDS, 'u');
const DAY_NUMERAL = `[0-9]{1,2}|[${CALENDAR_NUMERALS}]{1,3}`;
const NUMBER = String.raw`\s*(${DAY_NUMERAL})\s*`;
// A day of the month after the period: 每月10日前, 次月5日前, 每季結束後次月10日前, 每季結束後10日內.
const DAY_AFTER_PERIOD = [
  new RegExp(
    String.raw`(?:每月|次月|翌月|下月|每(?:季|半年|年)(?:結束|終了)?後?(?:之)?(?:次月|翌月)?)${NUMBER}[日號](?:前|以前|止|為止)`,
    'u',
  ),
  new RegExp(String.raw`(?:結束|終了|屆滿|期滿)(?:之)?後${NUMBER}[日天](?:內|以內|前)`, 'u'),
];
// Dates of the year before 前 (7月10日前, 翌年1月10日前), one or several (4月10日、7月10日…前).
const A_DATE = String.raw`(?:翌年|次年|隔年)?\s*[0-9]{1,2}\s*月\s*(?:${DAY_NUMERAL})\s*[日號]`;
const DATES_BEFORE = new RegExp(String.raw`${A_DATE}(?:\s*(?:、|，|,|及|和|與|以及)\s*${A_DATE})*\s*(?:前|以前|止|為止)`, 'gu');
const ONE_DATE = new RegExp(String.raw`([0-9]{1,2})\s*月${NUMBER}[日號]`, 'gu');
// Any other wording of when reports are due.
const DEADLINE_WORDS = /(?:每|次|翌|下)(?:月|季|半年|年)[^，,。；]{0,12}?(?:前|以前|為止|內)/u;

// The months in which a cycle's reports fall due: the month after each period ends.
const DUE_MONTHS: Readonly<Record<CycleWord, readonly number[]>> = {
  月: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  季: [1, 4, 7, 10],
  半年: [1, 7],
  年: [1],
};

/**
 * Reads the reporting cycle and due day from the plan's text (its 管考 section first).
 * @example readReportingRule(['一、各單位應於每季結束後10日內，將執行情形填報至研考單位。']) // → { cycle: { word: '季', … }, dueDay: { day: 10, … }, dueUnread: null }
 */
export function readReportingRule(paragraphs: readonly string[]): ReportingRule {
  const sentences = paragraphs
    .flatMap((paragraph) => paragraph.split(/(?<=[。；])/u))
    .map((sentence) => ({ written: sentence.trim(), text: sentence.normalize('NFKC').trim() }));
  let cycle: ReportingRule['cycle'] = null;
  for (const { written, text } of sentences) {
    const found = CYCLE.exec(text);
    const word = found?.[1] ?? found?.[2];
    if (!cycle && isCycleWord(word)) cycle = { word, sentence: written };
  }
  for (const { written, text } of sentences) {
    const day = dayAfterPeriod(text);
    if (day !== null) return { cycle, dueDay: { day, sentence: written }, dueUnread: null };
  }
  for (const { written, text } of sentences) {
    if (!REPORTING.test(text)) continue;
    const runs = [...text.matchAll(DATES_BEFORE)].map((run) => run[0].trim());
    const dates = runs.flatMap((run) => [...run.matchAll(ONE_DATE)].map((match) => ({ month: Number(match[1]), day: dayValue(match[2]) })));
    if (dates.length === 0) continue;
    const reading = readDates(dates, cycle, written);
    if (reading) return { cycle: reading.cycle, dueDay: { day: reading.day, sentence: written }, dueUnread: null };
    return { cycle, dueDay: null, dueUnread: { wording: runs.join('、'), sentence: written } };
  }
  for (const { written, text } of sentences) {
    const wording = REPORTING.test(text) ? DEADLINE_WORDS.exec(text)?.[0] : undefined;
    if (wording) return { cycle, dueDay: null, dueUnread: { wording, sentence: written } };
  }
  return { cycle, dueDay: null, dueUnread: null };
}

function isCycleWord(word: string | undefined): word is CycleWord {
  return word === '月' || word === '季' || word === '半年' || word === '年';
}

function dayAfterPeriod(text: string): number | null {
  for (const pattern of DAY_AFTER_PERIOD) {
    const day = dayValue(pattern.exec(text)?.[1]);
    if (day !== null) return day;
  }
  return null;
}

function dayValue(written: string | undefined): number | null {
  const value = written === undefined ? null : readNumeral(written)?.value;
  return value !== undefined && value !== null && value >= 1 && value <= 31 ? value : null;
}

// The same day in the month after each period of the cycle (7月10日前及翌年1月10日前: 半年, the 10th).
// Without a stated cycle, or with 每年 said of the dates themselves (每年7月10日前…), the months name it.
function readDates(
  dates: readonly { month: number; day: number | null }[],
  cycle: ReportingRule['cycle'],
  sentence: string,
): { day: number; cycle: ReportingRule['cycle'] } | null {
  const day = dates[0]?.day ?? null;
  if (day === null || dates.some((date) => date.day !== day)) return null;
  const months = new Set(dates.map((date) => date.month));
  if (cycle && [...months].every((month) => DUE_MONTHS[cycle.word].includes(month))) return { day, cycle };
  if (cycle && cycle.sentence !== sentence) return null;
  const named = (Object.keys(DUE_MONTHS) as CycleWord[]).find(
    (word) => DUE_MONTHS[word].length === months.size && DUE_MONTHS[word].every((month) => months.has(month)),
  );
  return named ? { day, cycle: { word: named, sentence } } : null;
}
