import { boundedMemo, memoPerObject } from './bounded-memo.ts';
import type { Plan, Practice } from './plan.ts';
import { matchKey } from './text.ts';

// What a 具體作法 answer names. A Form choice is `項次 作法…` (practice-choice.ts), so it carries
// the practice twice: its 項次 and its text. They disagree when 計畫 changed after the choices were
// made — most often a row inserted into a plan whose 項次 are generated, which renumbers every
// practice below it. Counting the answer for whatever practice now has that 項次 would report on
// another practice without a word, so the text decides when it names one practice, and otherwise
// the row is an error naming both (README, Decisions › A choice whose text and 項次 disagree).

/** How a 具體作法 answer was read against the plan. */
export type PracticeAnswer =
  /** `byText`: the answer's 項次 names another practice (or none), and its text named this one. */
  | { readonly kind: 'found'; readonly practice: Practice; readonly byText?: true }
  | { readonly kind: 'unknown' }
  /** The 項次 names `numbered`, the text does not, and names no single other practice (`named`: those it fits, often none). */
  | { readonly kind: 'mismatch'; readonly numbered: Practice; readonly named: readonly Practice[] };

// A 項次 as plans write them (1, 2-1, 1-2-3, 6之2, 1.2): only then is the first word a 項次.
const ID_LIKE = /^\d+(?:[-.之]\d+)*$/u;
// A text shorter than this (as a match key) is too little to name a practice by its beginning.
const MIN_PREFIX = 4;
// How alike an edited text must stay (character pairs shared, Dice) to keep naming its 項次's practice.
const STILL_ALIKE = 0.5;

/**
 * Reads a 具體作法 answer: a 項次, the choice text `項次 作法…`, or a practice's text. A choice
 * counts for its 項次's practice when its text is that practice's (whole, cut short with …, or
 * edited a little); for the one other practice its text names when it names exactly one; else it is a mismatch.
 * @example readPracticeAnswer(plan, '1-3 電話禮貌測試') // → { kind: 'found', practice: <1-4>, byText: true } after a row was inserted above it
 */
export function readPracticeAnswer(plan: Plan, answer: string): PracticeAnswer {
  const direct = plan.practice(answer);
  if (direct) return { kind: 'found', practice: direct };
  const key = matchKey(answer);
  const texts = textKeysOf(plan);
  const byWholeText = plan.practices.find((_, index) => texts[index] === key);
  if (byWholeText) return { kind: 'found', practice: byWholeText };
  const trimmed = answer.trim();
  const firstToken = trimmed.split(/[\s\u3000]+/u)[0] ?? '';
  const token = firstToken.replace(/[、，,．.:：]+$/u, '');
  const rest = trimmed.slice(firstToken.length).trim();
  const numbered = plan.practice(firstToken) ?? plan.practice(token);
  if (rest !== '' && (numbered !== undefined || ID_LIKE.test(matchKey(token)))) {
    const shown = matchKey(withoutEllipsis(rest));
    // The common case, a choice of the plan as it is: its 項次's practice, without looking at the others.
    if (numbered && textNames(shown, matchKey(numbered.text))) return { kind: 'found', practice: numbered };
    const named = plan.practices.filter((_, index) => textNames(shown, texts[index] ?? ''));
    if (numbered && (named.includes(numbered) || (named.length === 0 && stillAlike(rest, numbered.text))))
      return { kind: 'found', practice: numbered };
    const [only] = named;
    if (only && named.length === 1) return { kind: 'found', practice: only, byText: true };
    if (numbered) return { kind: 'mismatch', numbered, named };
  } else if (numbered) return { kind: 'found', practice: numbered };
  return { kind: 'unknown' };
}

// Each practice's text as a match key, made once per plan: an answer is compared with all of them.
const textKeysOf = memoPerObject((plan: Plan): readonly string[] => plan.practices.map((practice) => matchKey(practice.text)));

// A choice's text (`shown`, as a match key, its … dropped) names a practice when it is the
// practice's text, its beginning (a choice is cut at 60 characters and ends with …; a hand-typed
// one may be shortened), or the text with more after it.
function textNames(shown: string, text: string): boolean {
  if (shown === text) return true;
  const [shorter, longer] = shown.length < text.length ? [shown, text] : [text, shown];
  return shorter.length >= MIN_PREFIX && longer.startsWith(shorter);
}

// A text edited a little (a typo fixed, a word added) still names its practice; a different practice's text does not.
function stillAlike(written: string, practiceText: string): boolean {
  const cut = withoutEllipsis(written);
  const shown = matchKey(cut);
  const text = matchKey(practiceText).slice(0, cut === written.trimEnd() ? undefined : shown.length);
  return dice(shown, text) >= STILL_ALIKE;
}

function withoutEllipsis(text: string): string {
  return text.trimEnd().replace(/(?:…|\.\.\.)$/u, '');
}

// The Dice coefficient of the two texts' character pairs: 1 for equal texts, 0 for none in common.
function dice(a: string, b: string): number {
  const pairs = (text: string) => {
    const chars = [...text];
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return { counts, total: Math.max(0, chars.length - 1) };
  };
  const left = pairs(a);
  const right = pairs(b);
  if (left.total + right.total === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [pair, count] of left.counts) shared += Math.min(count, right.counts.get(pair) ?? 0);
  return (2 * shared) / (left.total + right.total);
}

// A Form's 具體作法 answers are its choices, one per practice, repeated on every row: each is
// looked up once per plan.
const answersOf = memoPerObject((_plan: Plan) => boundedMemo<string, PracticeAnswer>(20_000));

/** How a 具體作法 answer reads against the plan (readPracticeAnswer), remembered per plan. */
export function findPracticeAnswer(plan: Plan, answer: string): PracticeAnswer {
  const answers = answersOf(plan);
  return answers.get(answer) ?? answers.remember(answer, readPracticeAnswer(plan, answer));
}

/** The practice a 具體作法 answer names: its 項次, the choice text `項次 作法…`, or the practice text itself; undefined when it names none for sure. */
export function findPractice(plan: Plan, answer: string): Practice | undefined {
  const read = findPracticeAnswer(plan, answer);
  return read.kind === 'found' ? read.practice : undefined;
}
