// A plan written as a numbered list instead of a table: under its 實施要項 (or 實施要領, 具體作法…)
// section, 一、 items are the 實施要項, the items below them the 執行策略, and the deepest items the
// practices. A practice may name its units and deadline in labelled parts (labelled-parts.ts), on
// its own lines below it too, or its units alone in a closing bracket: 「（民政課、社會課）」.
import * as msg from '../messages/domain/index.ts';
import { splitAssisting } from './assisting-marks.ts';
import type { DraftPractice, ImportNote } from './imported-plan.ts';
import { isLabelledLine, type LabelledParts, readLabelledParts } from './labelled-parts.ts';
import { OutlineTree } from './outline-tree.ts';
import { isUnitList } from './unit-words.ts';
import { unwrapChinese } from './wrapped-text.ts';

const UNITS_TRAILING = /[（(【[]([^（()）【】[\]]{2,40})[）)】\]]\s*[。.]?\s*$/u;

/** The practices of a list section (`section` its title), and a note for each 協辦單位 kept apart from 執行單位. */
export function readListPractices(paragraphs: readonly string[], section: string): { practices: DraftPractice[]; notes: ImportNote[] } {
  const tree = new OutlineTree();
  withLabelledLinesJoined(paragraphs).forEach((paragraph, index) => {
    tree.add(paragraph, index);
  });
  const notes: ImportNote[] = [];
  const practices = tree.leaves().map((leaf): DraftPractice => {
    const [measure, ...strategies] = leaf.headings;
    const labels = [...leaf.headings, leaf.item].map((item) => item.label?.label.trim() ?? '').join('');
    // Parts are read before wrapped lines are unwrapped: a space may be all that separates two of them.
    const { text, units, helpers, deadline } = readMarks(leaf.item.text);
    const practice: DraftPractice = {
      writtenId: null,
      outline: [...leaf.headings.map((item) => item.label?.number ?? null), leaf.number].filter((n): n is number => n !== null),
      measure: measure ? unwrapChinese(measure.text) : section,
      strategy: strategies.map((item) => unwrapChinese(item.text)).join('\n'),
      text: unwrapChinese(text),
      units: unwrapChinese(units),
      ...(helpers ? { assisting: unwrapChinese(helpers) } : {}),
      deadline: unwrapChinese(deadline),
      target: '',
      where: msg.importWhereItem(section, labels),
    };
    if (helpers) notes.push({ tab: '計畫', where: practice.where, message: msg.importHelpersNotUnits(unwrapChinese(helpers)), practice });
    return practice;
  });
  return { practices, notes };
}

// 「權責單位：登記課」「完成期限：…」 on lines of their own go with the practice above them.
function withLabelledLinesJoined(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const last = joined.length - 1;
    if (last >= 0 && isLabelledLine(paragraph)) joined[last] = `${joined[last]}\n${paragraph.trim()}`;
    else joined.push(paragraph);
  }
  return joined;
}

// The units and deadline a practice writes in its text, taken out of it; units marked 協辦 among
// its units (人事室(主辦)、徵集課(協辦)) are 協辦單位.
function readMarks(written: string): LabelledParts {
  const parts = unitsOrTrailing(readLabelledParts(written));
  const { owners, assisting } = splitAssisting(parts.units);
  if (assisting.length === 0) return parts;
  return { ...parts, units: owners, helpers: [parts.helpers, ...assisting].filter(Boolean).join('、') };
}

function unitsOrTrailing(parts: LabelledParts): LabelledParts {
  if (parts.units) return parts;
  const trailing = UNITS_TRAILING.exec(parts.text);
  if (!trailing?.[1] || !isUnitList(trailing[1])) return parts;
  const text = parts.text.replace(trailing[0], trailing[0].trim().endsWith('。') ? '。' : '').trim();
  return { ...parts, text, units: trailing[1].trim() };
}
