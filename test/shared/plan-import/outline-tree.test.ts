import { describe, expect, it } from 'vitest';
import { OutlineTree } from '../../../shared/plan-import/outline-tree.ts';

function leaves(rows: readonly (readonly string[])[]) {
  const tree = new OutlineTree();
  rows.forEach((paragraphs, row) => {
    for (const paragraph of paragraphs) tree.add(paragraph, row);
  });
  return tree.leaves().map((leaf) => ({ headings: leaf.headings.map((item) => item.text), text: leaf.item.text, number: leaf.number }));
}

describe('OutlineTree', () => {
  it('makes the deepest items the practices and the items above them headings', () => {
    expect(leaves([['1. 訂定標準作業流程'], ['(1)訂定程序。 (2)登載表單。'], ['2. 服務及時'], ['(1)訂定期限。']])).toEqual([
      { headings: ['1. 訂定標準作業流程'], text: '(1)訂定程序。', number: 1 },
      { headings: ['1. 訂定標準作業流程'], text: '(2)登載表單。', number: 2 },
      { headings: ['2. 服務及時'], text: '(1)訂定期限。', number: 1 },
    ]);
  });

  it('reads the text under a title as its body, numbered by the title', () => {
    expect(
      leaves([
        ['3. 逾期主動告知服務', '主動提供收件確認訊息。'],
        ['參與式服務', '提供民眾參與管道。'],
      ]),
    ).toEqual([
      { headings: ['3. 逾期主動告知服務'], text: '主動提供收件確認訊息。', number: null },
      { headings: ['參與式服務'], text: '提供民眾參與管道。', number: null },
    ]);
  });

  it('keeps a sentence going on in the same cell with its item', () => {
    expect(leaves([['1. 建立多元管道，蒐集民眾意見。', '為民服務滿意度調查。']])).toEqual([
      { headings: [], text: '1. 建立多元管道，蒐集民眾意見。\n為民服務滿意度調查。', number: 1 },
    ]);
  });

  it('numbers unlabelled practices in rows of their own by position, never one as the body of another', () => {
    expect(leaves([['甲'], ['乙'], ['丙']]).map((leaf) => [leaf.text, leaf.number])).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['丙', 3],
    ]);
  });

  it('puts numbered items under an unlabelled title', () => {
    expect(
      leaves([['善用各類意見調查工具', '1. 建立多元管道。', '2. 建立輿情回應機制。']]).map((leaf) => [leaf.headings, leaf.text]),
    ).toEqual([
      [['善用各類意見調查工具'], '1. 建立多元管道。'],
      [['善用各類意見調查工具'], '2. 建立輿情回應機制。'],
    ]);
  });
});
