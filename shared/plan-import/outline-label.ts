// Plans number their outline with several kinds of label, each a level of the 公文 hierarchy:
// 壹、 一、 (一) 1. (1) ①, and headings such as 具體措施一：. Which level a kind stands for differs from
// plan to plan (one plan's 一、 is another's 實施要項, a third's 具體作法), so a label is read as its
// kind and number only; the order in which kinds nest is learnt from the text (outline-tree.ts).
import { FORMAL_NUMERALS, SMALL_NUMERALS } from '../chinese-numerals.ts';
import { outlineNumber } from '../outline-number.ts';
import { foldText } from '../text.ts';

/** The kinds of outline label agencies write. */
export const LABEL_KINDS = ['named', 'capital', 'chinese', 'chineseParen', 'arabic', 'arabicParen', 'circled'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label at the start of a text: its kind, its number, the label as written and the text after it. */
export interface OutlineLabel {
  readonly kind: LabelKind;
  readonly number: number;
  readonly label: string;
  readonly rest: string;
}

const CAPITAL = FORMAL_NUMERALS;
// ㄧ (Bopomofo) is typed for 一 by Zhuyin users.
const CHINESE = `${SMALL_NUMERALS}ㄧ`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// Words of a measure's own heading: 具體措施一：, 實施要項二、.
const NAMED = '具體措施|實施要項|執行要項|工作要項|實施要領|推動策略|執行策略|服務面向|面向|要項|措施';
// After a bare number and a space, a word that makes it a quantity (82 年起, 3 場) rather than a label.
const QUANTITY = '年月日時分人場次件個位名項條元萬%';

/** How a label is looked for. */
export interface LabelReading {
  /**
   * Also read 第一、 and 1) as labels. A line of a PDF is a line start: a label there that is none
   * only splits a paragraph, while one missed glues two items into one, so such a line reads more.
   */
  readonly lineStart?: boolean;
}

// Each pattern is tried on the folded text (full-width digits and brackets made ASCII, one for one).
function patterns({ lineStart = false }: LabelReading): readonly (readonly [LabelKind, RegExp])[] {
  // 第 only before a label that ends as a list's does: 第一，民眾… is a sentence.
  const ordinal = (digits: string) => (lineStart ? String.raw`(?:第\s*(?=[${digits}]{1,3}\s*[、.]))?` : '');
  const arabicEnd = lineStart ? '[.、)]' : '[.、]';
  return [
    ['named', new RegExp(String.raw`^\s*(?:${NAMED})\s*([${CHINESE}0-9]{1,3})\s*[：:、.．\s]\s*`, 'u')],
    ['capital', new RegExp(String.raw`^\s*${ordinal(CAPITAL)}([${CAPITAL}]{1,3})\s*[、.．,，:：]\s*`, 'u')],
    // （壹） is rare, but where it is written it stands where （一） would.
    ['chineseParen', new RegExp(String.raw`^\s*\(\s*([${CHINESE}]{1,3}|[${CAPITAL}]{1,3})\s*\)\s*`, 'u')],
    ['chinese', new RegExp(String.raw`^\s*${ordinal(CHINESE)}([${CHINESE}]{1,3})\s*[、.．,，:：]\s*`, 'u')],
    ['arabicParen', /^\s*\(\s*([0-9]{1,2})\s*\)\s*/u],
    ['arabic', new RegExp(String.raw`^\s*([0-9]{1,2})(?:\s*${arabicEnd}(?![0-9])|\s+(?=[^0-9\s${QUANTITY}]))\s*`, 'u')],
    ['circled', new RegExp(String.raw`^\s*([${CIRCLED}])\s*`, 'u')],
  ];
}
const PATTERNS = patterns({});
const LINE_START_PATTERNS = patterns({ lineStart: true });

/**
 * The outline label a text starts with (`(二)簡化流程` → chineseParen 2), or null when it has none.
 * @example outlineLabel('1. 訂定標準作業流程') // → { kind: 'arabic', number: 1, label: '1. ', rest: '訂定標準作業流程' }
 */
export function outlineLabel(text: string, reading: LabelReading = {}): OutlineLabel | null {
  const folded = foldText(text);
  for (const [kind, pattern] of reading.lineStart ? LINE_START_PATTERNS : PATTERNS) {
    // NFKC makes ② a 2: circled numbers are looked for in the text as written.
    const match = pattern.exec(kind === 'circled' ? text : folded);
    const written = match?.[1];
    if (!match || written === undefined) continue;
    const number =
      kind === 'circled' ? CIRCLED.indexOf(written) + 1 : kind === 'named' ? namedNumber(written) : outlineNumber(`${written}、`);
    if (!number) continue;
    // Folding keeps a label's length (its characters fold one for one), so the rest is cut from the text as written.
    return { kind, number, label: text.slice(0, match[0].length), rest: text.slice(match[0].length) };
  }
  return null;
}

function namedNumber(written: string): number | null {
  return /^[0-9]+$/u.test(written) ? Number(written) || null : outlineNumber(`${written}、`);
}

// Where a label may start inside a paragraph: after a space or the end of a sentence.
const INLINE_START = new RegExp(
  String.raw`(?<=[\s。；;！？!?])(?=\(\s*[0-9${CHINESE}]{1,3}\s*\)|[0-9]{1,2}\s*[.、](?![0-9])|[${CHINESE}]{1,3}[、]|[${CIRCLED}])`,
  'gu',
);

/**
 * A paragraph cut where it goes on with the next item of a numbered list written on one line:
 * `(1)訂定…。 (2)民眾申辦…` → two texts. A label counts only when it continues a list the paragraph
 * has begun (the next number of a kind already seen) or starts a new one at 1, so a number inside a
 * sentence (`第 7 條`, `2.0版`) never cuts it.
 */
export function splitInlineItems(paragraph: string): string[] {
  const folded = foldText(paragraph);
  const next = new Map<LabelKind, number>();
  const first = outlineLabel(paragraph);
  if (first) next.set(first.kind, first.number + 1);
  const cuts: number[] = [];
  for (const match of folded.matchAll(INLINE_START)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    const label = outlineLabel(folded.slice(at));
    if (!label) continue;
    const expected = next.get(label.kind);
    if (expected === undefined ? label.number !== 1 : label.number !== expected) continue;
    next.set(label.kind, label.number + 1);
    cuts.push(at);
  }
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts, paragraph.length]) {
    const piece = paragraph.slice(start, cut).trim();
    if (piece) pieces.push(piece);
    start = cut;
  }
  return pieces;
}

/** The number a heading or an 項次 cell starts with: its label's (`(二)…` → 2), or a bare numeral (`壹`, `12`). */
export function leadingNumber(text: string): number | null {
  const label = outlineLabel(text);
  if (label) return label.number;
  const bare = foldText(text).trim();
  if (/^[0-9]{1,3}$/u.test(bare)) return Number(bare) || null;
  return new RegExp(String.raw`^[${CAPITAL}${CHINESE}]{1,3}$`, 'u').test(bare) ? outlineNumber(`${bare}、`) : null;
}
