import { COUNT_NUMERALS, readChineseCount } from './chinese-numerals.ts';

// Plans number their outline in the agencies' own ways: 一、 （二） 3. (4) 壹、 第五項. When 項次 is
// blank the generated id follows those numbers, so `2-1-3` reads the same as the printed plan.

// A label: optional 第, an opening bracket, the number, a closing bracket or 、 . ． ) 項 款, then text.
const LABEL = new RegExp(
  String.raw`^\s*第?\s*[(（［[]?\s*([0-9]{1,3}|[${COUNT_NUMERALS}]{1,4})\s*(?:[)）］\]]|[、.．,，:：]|項|款|(?=\s))`,
  'u',
);

/** The number an outline label starts with (`（二）簡化流程` → 2, `3.` → 3), or null when it has none. */
export function outlineNumber(label: string): number | null {
  const match = LABEL.exec(label.normalize('NFKC'));
  const written = match?.[1];
  if (!written) return null;
  if (/^[0-9]+$/u.test(written)) return Number(written) || null;
  return readChineseCount(written, { zerosAroundTen: true });
}
