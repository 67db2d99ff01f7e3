// A PDF or a converter breaks lines where the page ends, not where the sentence does. These say
// whether a text looks cut off and how to put two pieces of one sentence back together.

const HAN_OR_MARK = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20「」『』（）【】、，。；：？！…—]/u;
const FINISHED = /(?:[。！？；!?;：:]|[。！？]」|\.\s*)$/u;

/** Whether a text ends where a sentence or a heading may end (。 ； ： ！ ？). */
export function endsFinished(text: string): boolean {
  return FINISHED.test(text.trimEnd());
}

/** Two pieces of one sentence joined: without a space between Chinese text, with one otherwise. */
export function joinWrapped(before: string, after: string): string {
  const left = before.trimEnd();
  const right = after.trimStart();
  if (!left) return right;
  if (!right) return left;
  const last = left.at(-1) ?? '';
  const first = right[0] ?? '';
  return HAN_OR_MARK.test(last) || HAN_OR_MARK.test(first) ? `${left}${right}` : `${left} ${right}`;
}

const GAP_BETWEEN_HAN = /(?<=[\p{Script=Han}，、。；：「」（）])[ \u3000](?=[\p{Script=Han}「（])/gu;

/**
 * A cell's text with the single spaces a line wrap left between Chinese characters removed
 * (「揮毫迎春趣人口政策 宣導活動」); spaces next to Latin letters or digits stay (「第 7 條」「FB 社群」).
 */
export function unwrapChinese(text: string): string {
  return text.replace(GAP_BETWEEN_HAN, '');
}
