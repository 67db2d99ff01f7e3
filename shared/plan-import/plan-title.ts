// 機關名稱, 計畫名稱 and 計畫年度 from a plan's title, the lines before its first section:
// 「臺北市榮民服務處 114 年提升政府服務效能實施計畫」 on one line, or the agency on a line of its
// own above 「115 年度提升服務品質執行計畫」.
import { YEAR_NUMERALS } from '../chinese-numerals.ts';
import { findRocYear } from '../roc-year.ts';
import { unwrapChinese } from './wrapped-text.ts';

/** What a title says. */
export interface PlanTitle {
  readonly agency: string;
  readonly planName: string;
  readonly rocYear: number | null;
  /** The title as written (one or two lines). */
  readonly text: string;
}

// Where a title names the plan after the agency, when it writes no year.
const PLAN_WORDS = /提升|為民服務|服務品質|服務效能|執行計畫|實施計畫/u;
// The year a title starts the plan's name with: 115 年度, 民國一一五年, 2026年.
const TITLE_YEAR = new RegExp(String.raw`(?:(?:中華)?民國|西元)?\s*(?:[0-9０-９]{2,4}|[${YEAR_NUMERALS}]{2,5})\s*年度?`, 'u');
const AGENCY_END = /(?:公所|事務所|分處|分局|服務處|處|局|署|院|委員會|會|府|中心|館|隊|所|站|校)$/u;

/**
 * Reads the title from the paragraphs before the first section (at most a few): the line naming a
 * 計畫, and the agency before its year or on the line above.
 * @example readPlanTitle(['臺北市萬華區公所', '115 年度提升服務品質執行計畫']) // → { agency: '臺北市萬華區公所', planName: '115年度提升服務品質執行計畫', rocYear: 115, … }
 */
export function readPlanTitle(lines: readonly string[]): PlanTitle | null {
  const index = lines.findIndex((line) => /計畫/u.test(line));
  const line = lines[index];
  if (index < 0 || line === undefined) return null;
  const title = compact(line);
  const year = TITLE_YEAR.exec(title);
  const cut = year ? year.index : (PLAN_WORDS.exec(title)?.index ?? 0);
  let agency = title.slice(0, cut).trim();
  const planName = title.slice(cut).trim();
  let text = line.trim();
  const above = index > 0 ? compact(lines[index - 1] ?? '') : '';
  if (!agency && above && above.length <= 30 && AGENCY_END.test(above)) {
    agency = above;
    text = `${above} ${text}`;
  }
  return { agency, planName, rocYear: findRocYear(title), text };
}

// 「114 年提升」 → 「114年提升」: the spaces a converter puts around numbers in a title.
function compact(text: string): string {
  return unwrapChinese(text.trim()).replace(
    /(?<=[0-9０-９])\s+(?=年)|(?<=年度?)\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=[0-9０-９])/gu,
    '',
  );
}
