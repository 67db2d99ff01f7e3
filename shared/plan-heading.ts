import type { Settings } from './settings.ts';
import { matchKey } from './text.ts';

/**
 * 機關名稱 and 計畫名稱 as one title that names the agency once: a 計畫名稱 that already holds the
 * 機關名稱 (「高雄市兵役處113年度提升服務執行計畫」) stands alone, else the agency comes first.
 * @example planTitle({ agency: '高雄市兵役處', planName: '113年度提升服務執行計畫' }) // → '高雄市兵役處 113年度提升服務執行計畫'
 */
export function planTitle({ agency, planName }: Pick<Settings, 'agency' | 'planName'>): string {
  const name = planName.trim();
  const who = agency.trim();
  if (!who) return name;
  if (!name) return who;
  // Compared as keys, so 「臺北市萬華區公所」 written with a full-width space or a different width still counts as named.
  return matchKey(name).includes(matchKey(who)) ? name : `${who} ${name}`;
}
