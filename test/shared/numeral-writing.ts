// Encoders written independently of the parsers: how a person writes a number in Chinese numerals.

export const SMALL = '〇一二三四五六七八九';
export const FORMAL = '零壹貳參肆伍陸柒捌玖';
export const FULL_WIDTH = '０１２３４５６７８９';

/** A number written digit by digit with the given characters for 0 to 9 (113 → 一一三). */
export const digitByDigit = (n: number, digits: string) => [...String(n)].map((d) => digits[Number(d)]).join('');

/** 1 to 999 written as a number: 一百一十三, 一百零五, 二十, 十三; with the formal digits 壹佰壹拾參. */
export function asNumeral(n: number, formal: boolean): string {
  const [digits, ten, hundred] = formal ? [FORMAL, '拾', '佰'] : [SMALL, '十', '百'];
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let text = h > 0 ? `${digits[h]}${hundred}` : '';
  if (t > 0) text += h === 0 && t === 1 ? ten : `${digits[t]}${ten}`;
  else if (h > 0 && u > 0) text += digits[0];
  if (u > 0) text += digits[u];
  return text;
}
