// What a 執行單位 cell names. Units end with an organisational word (民政課, 秘書室, 輔導組, 企劃服務科,
// 調解委員會, 資訊中心, 三民分處…); people (區長, 主任秘書, 承辦人) and every-unit words (各課室, 全所:
// shared/units.ts) are not units. Used both to read responsibility cells and, when joining a table
// broken at a page end, to tell a cell of units from a sentence cut in two.

import { foldText } from '../text.ts';
import { parseUnitCell } from '../units.ts';

const LONG_ENDINGS = '中心|分處|分局|分所|分隊|大隊|委員會';
const ENDINGS = `${LONG_ENDINGS}|課|室|組|科|會|股|隊|站|館|處|所|局|署`;
const UNIT_END = new RegExp(`(?:${ENDINGS})$`, 'u');
const LONG_END = new RegExp(`(?:${LONG_ENDINGS})$`, 'u');
const ENDING_ONLY = new RegExp(`^(?:${ENDINGS})$`, 'u');
const PERSON_END = /(?:長|主任|秘書|同仁|人員|承辦人|幹事|委員|志工|首長)$/u;

/** Whether a word is a person or role (區長, 主任秘書, 各課室主管), named in a cell but not a unit. */
export function isPersonWord(word: string): boolean {
  return PERSON_END.test(foldText(word).trim()) || /主管$/u.test(word.trim());
}

/** Whether a word reads as a unit's name: up to 12 characters ending in an organisational word (社會 is not 社 + 會), not a person. */
export function isUnitWord(word: string): boolean {
  const text = foldText(word).trim();
  const shortest = LONG_END.test(text) ? 2 : 3;
  return text.length >= shortest && text.length <= 12 && UNIT_END.test(text) && !isPersonWord(text) && !/\s/u.test(text);
}

/** Whether `name` is `stem` followed by an organisational word only (人事 → 人事室). */
export function isStemOf(stem: string, name: string): boolean {
  const a = foldText(stem).trim();
  const b = foldText(name).trim();
  return a.length >= 2 && b.length > a.length && b.startsWith(a) && ENDING_ONLY.test(b.slice(a.length));
}

/** Whether a whole text is a list of units (or every-unit words), as a responsibility cell holds. */
export function isUnitList(text: string): boolean {
  if (!text.trim() || text.length > 80) return false;
  const mention = parseUnitCell(text);
  const named = mention.names.length > 0;
  return (named || /各|全/u.test(text)) && mention.names.every(isUnitWord);
}
