// Plans number their outline in the agencies' own ways: 一、 （二） 3. (4) 壹、 第五項. When 項次 is
// blank the generated id follows those numbers, so `2-1-3` reads the same as the printed plan.

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 貳: 2, 兩: 2, 三: 3, 參: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const TENS = new Set(['十', '拾']);

// A label: optional 第, an opening bracket, the number, a closing bracket or 、 . ． ) 項 款, then text.
const LABEL = /^\s*第?\s*[(（［[]?\s*([0-9]{1,3}|[〇零一壹二貳兩三參叁四肆五伍六陸七柒八捌九玖十拾]{1,4})\s*(?:[)）］\]]|[、.．,，:：]|項|款|(?=\s))/u;

/** The number an outline label starts with (`（二）簡化流程` → 2, `3.` → 3), or null when it has none. */
export function outlineNumber(label: string): number | null {
  const match = LABEL.exec(label.normalize('NFKC'));
  const written = match?.[1];
  if (!written) return null;
  if (/^[0-9]+$/u.test(written)) return Number(written) || null;
  return chineseNumber(written);
}

// 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; null for anything else.
function chineseNumber(text: string): number | null {
  const chars = [...text];
  const ten = chars.findIndex((c) => TENS.has(c));
  if (ten === -1) return chars.length === 1 ? (DIGITS[chars[0] as string] ?? null) || null : null;
  if (chars.length > 3 || ten === 2 || chars.filter((c) => TENS.has(c)).length > 1) return null;
  const tensDigit = ten === 0 ? 1 : (DIGITS[chars[0] as string] ?? null);
  const unitDigit = ten === chars.length - 1 ? 0 : (DIGITS[chars[ten + 1] as string] ?? null);
  if (tensDigit === null || unitDigit === null || (ten === 0 && chars.length > 2)) return null;
  return tensDigit * 10 + unitDigit || null;
}
