// The numbers Word and LibreOffice generate for automatic lists, as they show them: agencies number
// their outline 一、(一) 1. (1) with list styles, so the label exists only in the numbering
// definitions. Word names a format by its numFmt (taiwaneseCounting, ideographTraditional …),
// ODF by a sample (`1`, `a`, 「一, 二, 三, ...」); both map onto the same few renderings.

/** How a list level writes its number; null is a bullet (no number to show). */
export type NumberRendering = ((n: number) => string) | null;

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const LEGAL_DIGITS = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'] as const;
const LEGAL_SIMPLIFIED_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const STEMS = [...'甲乙丙丁戊己庚辛壬癸'];
const BRANCHES = [...'子丑寅卯辰巳午未申酉戌亥'];

/** 一 … 十 … 十一 … 二十三 … 一百零五: how Word's taiwaneseCounting and LibreOffice's 「一, 二, 三」 write n. */
export function chineseCounting(n: number): string {
  return counted(n, CHINESE_DIGITS, ['十', '百', '千'], '零');
}

/** 壹 … 拾 … 拾壹 … 貳拾參: the financial numerals (ideographLegalTraditional, 「壹, 貳, 參」). */
export function legalCounting(n: number): string {
  return counted(n, LEGAL_DIGITS, ['拾', '佰', '仟'], '零');
}

// Place-value counting up to 9999 (lists never reach it; past it, digits). A leading 一 before 十 is
// dropped (十一, not 一十一), as both Word and LibreOffice write; inner zeros read 零 once.
function counted(n: number, digits: readonly string[], units: readonly [string, string, string], zero: string): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return digits[0] ?? '〇';
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unitOf = ['', ...units].reverse();
  let text = '';
  let pendingZero = false;
  for (const [i, digit] of places.entries()) {
    if (digit === 0) {
      pendingZero = text !== '';
      continue;
    }
    if (pendingZero) text += zero;
    pendingZero = false;
    const unit = unitOf[i] ?? '';
    const omitOne = text === '' && digit === 1 && i === 2;
    text += (omitOne ? '' : (digits[digit] ?? '')) + unit;
  }
  return text;
}

const digitwise = (digits: readonly string[]) => (n: number) => [...String(n)].map((d) => digits[Number(d)] ?? d).join('');
const cyclic = (symbols: readonly string[]) => (n: number) => (n >= 1 && n <= symbols.length ? (symbols[n - 1] ?? String(n)) : String(n));
const enclosed = (first: number, count: number) => (n: number) => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n));

function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  // Word and LibreOffice (letter-sync) repeat the letter past z: aa, bb, cc.
  const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? letter.toUpperCase() : letter;
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  const table: readonly (readonly [number, string])[] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let text = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return upper ? text.toUpperCase() : text;
}

const decimal = (n: number) => String(n);
const fullWidth = digitwise([...'０１２３４５６７８９']);

// Word's ST_NumberFormat names (ECMA-376 §17.18.59) that plans use; any other is shown as digits.
const WORD_FORMATS: Readonly<Record<string, NumberRendering>> = {
  decimal,
  decimalHalfWidth: decimal,
  ordinal: decimal,
  cardinalText: decimal,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  upperRoman: (n) => roman(n, true),
  lowerRoman: (n) => roman(n, false),
  upperLetter: (n) => letters(n, true),
  lowerLetter: (n) => letters(n, false),
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  ideographLegalTraditional: legalCounting,
  chineseLegalSimplified: (n) => counted(n, LEGAL_SIMPLIFIED_DIGITS, ['拾', '佰', '仟'], '零'),
  taiwaneseDigital: digitwise(CHINESE_DIGITS),
  ideographDigital: digitwise(CHINESE_DIGITS),
  ideographTraditional: cyclic(STEMS),
  ideographZodiac: cyclic(BRANCHES),
  decimalEnclosedCircle: enclosed(0x2460, 20),
  decimalEnclosedCircleChinese: enclosed(0x2460, 20),
  decimalEnclosedParen: enclosed(0x2474, 20),
  decimalEnclosedFullstop: enclosed(0x2488, 20),
  ideographEnclosedCircle: enclosed(0x3280, 10),
  ideographParenthesized: enclosed(0x3220, 10),
  none: () => '',
  bullet: null,
};

/** The rendering of a Word numFmt (digits for a format we do not know, as a reader would still see a number). */
export function wordNumberRendering(numFmt: string | undefined): NumberRendering {
  const rendering = WORD_FORMATS[numFmt ?? 'decimal'];
  return rendering === undefined ? decimal : rendering;
}

// ODF's style:num-format: the standard values, and the samples LibreOffice writes for other systems
// (its list of numbering types names each by its first numbers).
const ODF_FORMATS: Readonly<Record<string, (n: number) => string>> = {
  '': () => '',
  '1': decimal,
  a: (n) => letters(n, false),
  A: (n) => letters(n, true),
  i: (n) => roman(n, false),
  I: (n) => roman(n, true),
  '一, 二, 三, ...': chineseCounting,
  '壹, 貳, 參, ...': legalCounting,
  '壹, 贰, 叁, ...': (n) => counted(n, LEGAL_SIMPLIFIED_DIGITS, ['拾', '佰', '仟'], '零'),
  '甲, 乙, 丙, ...': cyclic(STEMS),
  '子, 丑, 寅, ...': cyclic(BRANCHES),
  '①, ②, ③, ...': enclosed(0x2460, 20),
  '１, ２, ３, ...': fullWidth,
  // LibreOffice 7 names its full-width digits so (Word's decimalFullWidth comes back as this).
  '1, 2, 3, ...': fullWidth,
  '〇, 一, 二, ...': digitwise(CHINESE_DIGITS),
};

/** The rendering of an ODF style:num-format (digits for one we do not know). */
export function odfNumberRendering(numFormat: string | undefined): (n: number) => string {
  return ODF_FORMATS[numFormat ?? '1'] ?? decimal;
}

/** A label template with each level's number put in: Word's 「%1、」「(%2)」, LibreOffice's 「%1%.%2%.」. */
export function fillLabel(template: string, placeholder: 'word' | 'odf', numberAt: (level: number) => string): string {
  return template.replace(placeholder === 'word' ? /%([1-9])/gu : /%(\d{1,2})%/gu, (_, level: string) => numberAt(Number(level) - 1));
}
