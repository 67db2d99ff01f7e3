// A plan written as a numbered list instead of a table: under its 實施要項 (or 實施要領, 具體作法…)
// section, 一、 items are the 實施要項, the items below them the 執行策略, and the deepest items the
// practices. A practice may name its units and deadline in the text: 「（權責單位：戶籍課）」,
// 「（民政課、社會課）」, 「完成期限：115年6月底前」.
import * as msg from '../messages/domain/index.ts';
import type { DraftPractice } from './imported-plan.ts';
import { OutlineTree } from './outline-tree.ts';
import { isUnitList } from './unit-words.ts';
import { unwrapChinese } from './wrapped-text.ts';

const UNITS_MARK = /[（(【[]\s*(?:權責|執行|辦理|主辦|負責|承辦)(?:單位|課室|科室)\s*[:：]\s*([^）)】\]]+)[）)】\]]/u;
const UNITS_TRAILING = /[（(【[]([^（()）【】[\]]{2,40})[）)】\]]\s*[。.]?\s*$/u;
const DEADLINE_MARK = /[（(【[]?\s*(?:完成期限|辦理期程|預定完成|期程|完成時間)\s*[:：]\s*([^）)】\]；;。]+)[）)】\]]?/u;

/** The practices of a list section: its paragraphs in order, `section` its title. */
export function readListPractices(paragraphs: readonly string[], section: string): DraftPractice[] {
  const tree = new OutlineTree();
  paragraphs.forEach((paragraph, index) => {
    tree.add(paragraph, index);
  });
  return tree.leaves().map((leaf): DraftPractice => {
    const [measure, ...strategies] = leaf.headings;
    const labels = [...leaf.headings, leaf.item].map((item) => item.label?.label.trim() ?? '').join('');
    const { text, units, deadline } = readMarks(unwrapChinese(leaf.item.text));
    return {
      writtenId: null,
      outline: [...leaf.headings.map((item) => item.label?.number ?? null), leaf.number].filter((n): n is number => n !== null),
      measure: measure ? unwrapChinese(measure.text) : section,
      strategy: strategies.map((item) => unwrapChinese(item.text)).join('\n'),
      text,
      units,
      deadline,
      target: '',
      where: msg.importWhereItem(section, labels),
    };
  });
}

// The units and deadline a practice writes in brackets, taken out of its text.
function readMarks(written: string): { text: string; units: string; deadline: string } {
  let text = written;
  let units = '';
  let deadline = '';
  const marked = UNITS_MARK.exec(text);
  if (marked) {
    units = marked[1]?.trim() ?? '';
    text = text.replace(marked[0], '');
  } else {
    const trailing = UNITS_TRAILING.exec(text);
    if (trailing?.[1] && isUnitList(trailing[1])) {
      units = trailing[1].trim();
      text = text.replace(trailing[0], trailing[0].trim().endsWith('。') ? '。' : '');
    }
  }
  const due = DEADLINE_MARK.exec(text);
  if (due) {
    deadline = due[1]?.trim() ?? '';
    text = text.replace(due[0], '');
  }
  return { text: text.trim(), units, deadline };
}
