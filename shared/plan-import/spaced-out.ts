// Titles in Word documents are often spaced out to fill a line (「計 畫 目 標」, 「探　查　民　意」), and
// text extracted from them keeps the spaces. Single Chinese characters separated by spaces are one
// word; spaces between Latin words, numbers, or longer Chinese words (units listed in a cell:
// 「各課室 秘書室」) are kept.

const HAN = String.raw`\p{Script=Han}`;
const GAP = String.raw`[ \u3000]+`;
// Three or more single characters in a row, each standing alone (no other character glued to it).
const RUN = new RegExp(String.raw`(?<!${HAN})${HAN}(?:${GAP}${HAN}(?!${HAN})){2,}`, 'gu');
const WHOLE_PAIR = new RegExp(String.raw`^\s*${HAN}${GAP}${HAN}\s*$`, 'u');

/**
 * The text with spaced-out Chinese characters joined: three or more single characters each
 * separated by spaces, or a text that is only two such characters (「目 標」).
 * @example joinSpacedOut('探 查 民 意 與 AI 應用') // → '探查民意與 AI 應用'
 */
export function joinSpacedOut(text: string): string {
  if (WHOLE_PAIR.test(text)) return text.replace(/[ \u3000]+/gu, '');
  return text.replace(RUN, (run) => run.replace(/[ \u3000]+/gu, ''));
}
