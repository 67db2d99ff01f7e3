// A practice written as a paragraph says who does it and by when in labelled parts: inside one
// bracket 「（權責單位：登記課；完成期限：115年12月31日前）」, each in its own 「（權責單位：登記課）（完成期限：…）」,
// after the sentence 「…案件。權責單位：登記課，完成期限：每季」, or on lines of their own below it. A
// part runs from its label to the next label, a closing bracket or the end of the sentence, so any
// separator (；;，,、 or spaces) may stand between parts.

/** What the labelled parts of a practice say, and its text without them. */
export interface LabelledParts {
  readonly text: string;
  /** 權責單位, 主辦單位, 執行單位, 負責單位…: the units that report on it. */
  readonly units: string;
  /** 協辦單位, 配合單位: named, but they do not report on it. */
  readonly helpers: string;
  /** 完成期限, 預定完成, 辦理期程…. */
  readonly deadline: string;
}

type PartKind = 'units' | 'helpers' | 'deadline';

const OWNER = String.raw`(?:權責|執行|辦理|主辦|負責|承辦)(?:單位|課室|科室|機關)|主辦`;
const HELPER = String.raw`(?:協辦|配合)(?:單位|課室|科室|機關)|協辦`;
const DEADLINE = String.raw`完成期限|預定完成(?:日期|期限|時間)?|(?:辦理|執行|預定|實施)期程|完成(?:時間|日期)|期程`;
// A label starts the text, or follows a bracket, a separator or the end of a sentence.
const LABEL = new RegExp(String.raw`(?<=^|[\s（(【[；;，,、。])(?:(${OWNER})|(${HELPER})|(${DEADLINE}))\s*[:：]\s*`, 'gu');
// Where a part's value ends when no other label comes first: a bracket it did not open (a unit's
// own 「(協辦)」 goes with it), the end of a sentence or of the line.
const OPENING = '（(【[';
const CLOSING = '）)】]';
const SEPARATORS = String.raw`\s；;，,、`;
// A part taken out leaves this mark, so brackets that held only parts can go with it.
const MARK = '\u0001';
const EMPTY_BRACKET = new RegExp(String.raw`[（(【[][${SEPARATORS}${MARK}]*${MARK}[${SEPARATORS}${MARK}]*[）)】\]]`, 'gu');
const LOOSE_MARK = new RegExp(String.raw`[${SEPARATORS}]*${MARK}+[${SEPARATORS}${MARK}]*`, 'gu');

/**
 * The labelled parts of a practice's text, taken out of it.
 * @example readLabelledParts('擴大跨所服務。（權責單位：登記課；完成期限：115年12月31日前）') // → { text: '擴大跨所服務。', units: '登記課', helpers: '', deadline: '115年12月31日前' }
 */
export function readLabelledParts(written: string): LabelledParts {
  const labels = [...written.matchAll(LABEL)];
  const found: Record<PartKind, string[]> = { units: [], helpers: [], deadline: [] };
  let text = '';
  let from = 0;
  labels.forEach((label, index) => {
    const start = label.index ?? 0;
    const valueStart = start + label[0].length;
    const next = labels[index + 1]?.index ?? written.length;
    const end = valueStart + valueLength(written.slice(valueStart, next));
    const value = written.slice(valueStart, end).replace(new RegExp(`[${SEPARATORS}]+$`, 'u'), '');
    const kind: PartKind = label[1] ? 'units' : label[2] ? 'helpers' : 'deadline';
    if (value) found[kind].push(value);
    text += `${written.slice(from, start)}${MARK}`;
    from = end;
  });
  text += written.slice(from);
  text = text.replace(EMPTY_BRACKET, MARK).replace(LOOSE_MARK, '').trim();
  return { text, units: found.units.join('、'), helpers: found.helpers.join('、'), deadline: found.deadline.join('；') };
}

function valueLength(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (OPENING.includes(character)) depth++;
    else if (CLOSING.includes(character)) {
      if (depth === 0) return index;
      depth--;
    } else if (depth === 0 && (character === '。' || character === '\n')) return index;
  }
  return text.length;
}

/** Whether a line holds labelled parts only (「權責單位：登記課　完成期限：每季」): it belongs to the practice above it. */
export function isLabelledLine(line: string): boolean {
  const parts = readLabelledParts(line);
  return !parts.text && (parts.units !== '' || parts.deadline !== '' || parts.helpers !== '');
}
