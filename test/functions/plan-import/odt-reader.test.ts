import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../shared/plan-import/import-plan.ts';
import { cellGrid, paragraphLines, readAs, tablesOf } from './document-files.ts';
import { anOdt, covered, h, list, listStyle, odtTable, p, td, tr } from './odt-builder.ts';
import { conscriptionBlanksOdt } from './plan-fixtures.ts';

const OUTLINE_LIST = listStyle('L1', [
  ['一, 二, 三, ...', '', '、'],
  ['一, 二, 三, ...', '(', ')'],
  ['1', '', '.'],
]);

describe('reading an .odt plan', () => {
  it('reads headings with their outline level, numbered by the outline style where it numbers them', async () => {
    const styles = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="壹, 貳, 參, ..." style:num-suffix="、"/><text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>`;
    const body = [h('依據', 1), p('行政院函頒「政府服務躍升方案」。'), h('目標', 1), h('細目', 2)].join('');
    const document = await readAs('plan.odt', anOdt({ body, styles }));
    expect(document).toMatchObject({ kind: 'odt', confidence: 'exact' });
    expect(paragraphLines(document.blocks)).toEqual(['壹、|依據 #1', '|行政院函頒「政府服務躍升方案」。', '貳、|目標 #1', '|細目 #2']);
  });

  it('renders list labels from the list style: nested levels, a list continuing another, an item restarting the count, a list header unnumbered', async () => {
    const body = [
      list(
        'L1',
        [
          `${p('完備基礎服務項目')}${list(undefined, [p('建立標準作業流程'), `${p('提供易讀資訊')}${list(undefined, [p('網站公開'), p('臨櫃說明')])}`])}`,
          `${p('重視全程意見回饋')}${list(undefined, [p('納入民眾參與')])}`,
        ],
        'xml:id="list1"',
      ),
      p('（中間的說明段落）'),
      list('L1', [p('便捷服務遞送')], 'text:continue-list="list1"'),
      list('L1', [p('另一份清單')]),
      `<text:list text:style-name="L1"><text:list-header>${p('清單標題')}</text:list-header><text:list-item text:start-value="5">${p('從五開始')}</text:list-item><text:list-item>${p('接著六')}${p('同一項的第二段')}</text:list-item></text:list>`,
    ].join('');
    const document = await readAs('plan.odt', anOdt({ body, styles: OUTLINE_LIST }));
    expect(paragraphLines(document.blocks)).toEqual([
      '一、|完備基礎服務項目',
      '(一)|建立標準作業流程',
      '(二)|提供易讀資訊',
      '1.|網站公開',
      '2.|臨櫃說明',
      '二、|重視全程意見回饋',
      '(一)|納入民眾參與',
      '|（中間的說明段落）',
      '三、|便捷服務遞送',
      '一、|另一份清單',
      '|清單標題',
      '五、|從五開始',
      '六、|接著六',
      '|同一項的第二段',
    ]);
  });

  it("uses LibreOffice's label template (loext:num-list-format) and shows the upper levels in their own format", async () => {
    const automaticStyles = `<text:list-style style:name="L2"><text:list-level-style-number text:level="1" loext:num-list-format="第%1%項" style:num-format="一, 二, 三, ..."/><text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/></text:list-style>`;
    const body = list('L2', [`${p('便民')}${list(undefined, [p('甲'), p('乙')])}`, p('透明')]);
    const document = await readAs('plan.odt', anOdt({ body, automaticStyles }));
    expect(paragraphLines(document.blocks)).toEqual(['第一項|便民', '一.1.|甲', '一.2.|乙', '第二項|透明']);
  });

  it('reads 鳥松-shaped tables: spans from number-rows/columns-spanned, covered cells left out, header rows marked, list labels inside cells', async () => {
    const subItems = list('L1', [`${p('訂定標準作業流程')}${list(undefined, [p('訂定作業程序'), p('表單登載網站')])}`]);
    const body = odtTable(
      4,
      [tr([td('執行要項'), td('執行重點', { columns: 2 }), covered, td('執行課室')])],
      [
        tr([td('一、完備基礎服務項目', { rows: 2 }), td('(一)建立流程', { rows: 2 }), td(subItems), td(['各課室', '秘書室'])]),
        tr([covered, covered, td('服務及時'), td('社會課')]),
      ],
    );
    const [grid] = tablesOf((await readAs('plan.odt', anOdt({ body, styles: OUTLINE_LIST }))).blocks);
    expect(grid?.rows.map((r) => r.repeatedHeader ?? false)).toEqual([true, false, false]);
    expect(grid && cellGrid(grid)).toEqual([
      ['執行要項', '執行重點 →2', '執行課室'],
      ['一、完備基礎服務項目 ↓2', '(一)建立流程 ↓2', '一、訂定標準作業流程 / (一)訂定作業程序 / (二)表單登載網站', '各課室 / 秘書室'],
      ['服務及時', '社會課'],
    ]);
  });

  it('keeps a cell the table leaves blank, not covered by a merge, blank in the import, and a covered one as the cell above', async () => {
    const document = await readAs('plan.odt', conscriptionBlanksOdt());
    expect(tablesOf(document.blocks)[0]?.mergesKept).toBe(true);
    const result = importPlan(document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.practices.map((practice) => [practice.id, practice.units, practice.deadline])).toEqual([
      ['1-1', '徵集課', '115年6月底前'],
      ['1-2', '徵集課', ''],
      ['1-3', '', '每半年'],
    ]);
  });

  it('keeps spaces, tabs and line breaks, leaves comments, footnotes, deletions and the table of contents out, and reads text boxes after their paragraph', async () => {
    const body = [
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>已刪除的文字</text:p></text:deletion></text:changed-region></text:tracked-changes>',
      '<text:table-of-content text:name="目錄"><text:index-body><text:p>壹、依據 3</text:p></text:index-body></text:table-of-content>',
      '<text:p>每月<text:s text:c="2"/>5日前<text:tab/>填報<text:line-break/>逾期催報<office:annotation><text:p>待確認</text:p></office:annotation><text:note text:note-class="footnote"><text:note-body><text:p>註</text:p></text:note-body></text:note><text:change text:change-id="c1"/></text:p>',
      '<text:p>附件<draw:frame><draw:text-box><text:p>各課室業務期程一覽表</text:p></draw:text-box></draw:frame></text:p>',
    ].join('');
    const blocks = (await readAs('plan.odt', anOdt({ body }))).blocks;
    expect(paragraphLines(blocks)).toEqual(['|每月  5日前\t填報\n逾期催報', '|附件', '|各課室業務期程一覽表']);
  });
});
