import { describe, expect, it } from 'vitest';
import { cellGrid, paragraphLines, readAs, tablesOf } from './document-files.ts';
import { aDocx, cell, numbered, numberingOf, numInstance, para, row, run, table } from './docx-builder.ts';

const OUTLINE = numberingOf(1, [
  ['taiwaneseCounting', '%1、'],
  ['taiwaneseCounting', '(%2)'],
  ['decimal', '%3.'],
  ['decimal', '(%4)'],
]);
const HEADING_STYLES = [
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="要項"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>',
].join('');

describe('reading a .docx plan', () => {
  it('gives headings their level from the style (through w:basedOn) or the paragraph outline level, and leaves body text and the table of contents alone', async () => {
    const body = [
      para('臺北市榮民服務處114年提升政府服務效能實施計畫', '<w:pStyle w:val="1"/>'),
      para('壹、依據…………3', '<w:pStyle w:val="TOC1"/>'),
      para('壹、依據', '<w:pStyle w:val="2"/>'),
      para('行政院函頒「政府服務躍升方案」。'),
      para('貳、目標', '<w:outlineLvl w:val="1"/>'),
      para('本文', '<w:outlineLvl w:val="9"/>'),
    ].join('');
    const document = await readAs('plan.docx', aDocx({ body, styles: HEADING_STYLES }));
    expect(document).toMatchObject({ kind: 'docx', confidence: 'exact' });
    expect(paragraphLines(document.blocks)).toEqual([
      '|臺北市榮民服務處114年提升政府服務效能實施計畫 #1',
      '|壹、依據 #2',
      '|行政院函頒「政府服務躍升方案」。',
      '|貳、目標 #2',
      '|本文',
    ]);
  });

  it('renders Word automatic numbering 一、(一) 1. (1) into labels, deeper levels restarting under each new item', async () => {
    const body = [
      para('完備基礎服務項目', numbered(1, 0)),
      para('建立標準作業流程', numbered(1, 1)),
      para('訂定SOP', numbered(1, 2)),
      para('申辦業務表單', numbered(1, 3)),
      para('案件處理時限', numbered(1, 3)),
      para('服務及時', numbered(1, 2)),
      para('提供易讀資訊', numbered(1, 1)),
      para('重視全程意見回饋', numbered(1, 0)),
      para('納入民眾參與', numbered(1, 1)),
      para('說明文字，不編號'),
    ].join('');
    const document = await readAs('plan.docx', aDocx({ body, numbering: OUTLINE + numInstance(1, 1) }));
    expect(paragraphLines(document.blocks)).toEqual([
      '一、|完備基礎服務項目',
      '(一)|建立標準作業流程',
      '1.|訂定SOP',
      '(1)|申辦業務表單',
      '(2)|案件處理時限',
      '2.|服務及時',
      '(二)|提供易讀資訊',
      '二、|重視全程意見回饋',
      '(一)|納入民眾參與',
      '|說明文字，不編號',
    ]);
  });

  it('continues a list across instances of one abstract numbering, restarts it where an instance overrides the start, and counts past ten as Word does', async () => {
    const numbering = [
      OUTLINE,
      numberingOf(2, [['ideographLegalTraditional', '%1、']]),
      numInstance(1, 1),
      numInstance(2, 1),
      numInstance(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
      numInstance(4, 2),
    ].join('');
    const items = (numId: number, count: number, from: number) =>
      Array.from({ length: count }, (_, i) => para(`項目${from + i}`, numbered(numId, 0)));
    const body = [...items(1, 2, 1), ...items(2, 10, 3), ...items(3, 1, 1), ...items(4, 11, 1)].join('');
    const labels = paragraphLines((await readAs('plan.docx', aDocx({ body, numbering }))).blocks).map((line) => line.split('|')[0]);
    expect(labels).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
      '十、',
      '十一、',
      '十二、',
      '一、',
      '壹、',
      '貳、',
      '參、',
      '肆、',
      '伍、',
      '陸、',
      '柒、',
      '捌、',
      '玖、',
      '拾、',
      '拾壹、',
    ]);
  });

  it('numbers paragraphs whose style carries the numbering, and a numId of 0 switches it off', async () => {
    const body = [
      para('第一項', '<w:pStyle w:val="Item"/>'),
      para('不編號', '<w:pStyle w:val="Item"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      para('第二項', '<w:pStyle w:val="Item"/>'),
    ].join('');
    const document = await readAs('plan.docx', aDocx({ body, styles: HEADING_STYLES, numbering: OUTLINE + numInstance(1, 1) }));
    expect(paragraphLines(document.blocks)).toEqual(['一、|第一項', '|不編號', '二、|第二項']);
  });

  it('reads 鳥松-shaped tables: the 要項 merged down its rows (w:vMerge), numbered sub-items in one cell with their generated labels, units one per paragraph', async () => {
    const numbering =
      numberingOf(1, [
        ['decimal', '%1. '],
        ['decimal', '(%2)'],
      ]) + numInstance(1, 1);
    const body = table([
      row([cell('執行要項'), cell('執行重點', '<w:gridSpan w:val="2"/>'), cell('執行課室')], true),
      row([
        cell('一、完備基礎服務項目', '<w:vMerge w:val="restart"/>'),
        cell('(一)建立業務標準作業流程', '<w:vMerge w:val="restart"/>'),
        cell([
          para('訂定標準作業流程(SOP)', numbered(1, 0)),
          para('訂定各項申辦業務明確作業程序', numbered(1, 1)),
          para('民眾申辦業務表單登載於網站', numbered(1, 1)),
        ]),
        cell(['各課室', '秘書室']),
      ]),
      row([cell('', '<w:vMerge/>'), cell('', '<w:vMerge/>'), cell([para('服務及時、一致性', numbered(1, 0))]), cell('社會課、民政課')]),
      row([cell('', '<w:vMerge/>'), cell('(二)提供易讀的服務申辦資訊'), cell([para('服務資訊公開透明', numbered(1, 0))]), cell('各課室')]),
    ]);
    const [grid] = tablesOf((await readAs('plan.docx', aDocx({ body, numbering }))).blocks);
    expect(grid?.rows.map((r) => r.repeatedHeader ?? false)).toEqual([true, false, false, false]);
    expect(grid && cellGrid(grid)).toEqual([
      ['執行要項', '執行重點 →2', '執行課室'],
      [
        '一、完備基礎服務項目 ↓3',
        '(一)建立業務標準作業流程 ↓2',
        '1. 訂定標準作業流程(SOP) / (1)訂定各項申辦業務明確作業程序 / (2)民眾申辦業務表單登載於網站',
        '各課室 / 秘書室',
      ],
      ['2. 服務及時、一致性', '社會課、民政課'],
      ['(二)提供易讀的服務申辦資訊', '3. 服務資訊公開透明', '各課室'],
    ]);
  });

  it('reads 萬華-shaped schedule tables with the header row repeated on every page marked, and soft line breaks and tabs kept inside a cell', async () => {
    const multiline = `<w:p><w:r><w:t>預定於3月份辦理</w:t><w:br/><w:t>1月份：查報名額</w:t><w:tab/><w:t>（人事室）</w:t></w:r></w:p>`;
    const body = table([
      row(
        ['編號', '課室', '計畫項目', '工作內容', '預計工作進度'].map((c) => cell(c)),
        true,
      ),
      row(['1', '人文課', '揮毫迎春趣', '宣導家庭價值的重要性', '預計於115年2月12日辦理'].map((c) => cell(c))),
      row([cell('12'), cell('人事室'), cell('任免'), cell('升官等名冊報府'), cell(multiline)]),
    ]);
    const [grid] = tablesOf((await readAs('plan.docx', aDocx({ body }))).blocks);
    expect(grid?.rows[0]?.repeatedHeader).toBe(true);
    expect(grid?.rows[1]?.repeatedHeader).toBeUndefined();
    expect(grid?.rows[2]?.cells[4]?.paragraphs).toEqual(['預定於3月份辦理\n1月份：查報名額\t（人事室）']);
  });

  it('takes tracked changes as accepted: insertions kept, deletions and deleted rows dropped, a deleted paragraph mark joining two paragraphs', async () => {
    const body = [
      `<w:p><w:r><w:t>辦理</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>兩場</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>三場</w:t></w:r></w:ins><w:r><w:t>說明會</w:t></w:r></w:p>`,
      `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半段</w:t></w:r></w:p>`,
      para('後半段'),
      `<w:p><w:pPr><w:pPrChange w:id="4" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>已取消編號</w:t></w:r></w:p>`,
      table([
        row([cell('課室'), cell('工作內容')]),
        `<w:tr><w:trPr><w:del w:id="5" w:author="a"/></w:trPr>${cell('秘書室')}${cell('已刪除的列')}</w:tr>`,
        row([cell('民政課'), cell('里鄰長研習')]),
      ]),
    ].join('');
    const blocks = (await readAs('plan.docx', aDocx({ body, numbering: OUTLINE + numInstance(1, 1) }))).blocks;
    expect(paragraphLines(blocks)).toEqual(['|辦理三場說明會', '|前半段後半段', '|已取消編號']);
    expect(cellGrid(tablesOf(blocks)[0] ?? { kind: 'table', rows: [] })).toEqual([
      ['課室', '工作內容'],
      ['民政課', '里鄰長研習'],
    ]);
  });

  it('keeps field results but not field codes, leaves hidden text out, and reads a text box once (not its VML copy) after the paragraph it sits in', async () => {
    const textBox = (text: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${para(text)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${para(text)}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = [
      `<w:p><w:r><w:t xml:space="preserve">計畫年度：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DOCPROPERTY 年度 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>115</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（隱藏註記）</w:t></w:r></w:p>`,
      `<w:p>${run('附件一')}${textBox('各課室業務期程一覽表')}</w:p>`,
      table([row([cell(`<w:p>${run('備註')}${textBox('由秘書室彙整')}</w:p>`), cell('每月')]), row([cell('a'), cell('b')])]),
    ].join('');
    const blocks = (await readAs('plan.docx', aDocx({ body }))).blocks;
    expect(paragraphLines(blocks)).toEqual(['|計畫年度：115', '|附件一', '|各課室業務期程一覽表']);
    expect(cellGrid(tablesOf(blocks)[0] ?? { kind: 'table', rows: [] })[0]).toEqual(['備註 / 由秘書室彙整', '每月']);
  });

  it('flattens a table inside a cell into that cell, and takes a one-cell frame table as the content it frames', async () => {
    const inner = table([row([cell('115年3月'), cell('研習')]), row([cell('115年6月'), cell('健行')])]);
    const body = table([
      row([cell([para('各課室業務期程一覽表'), table([row([cell('課室'), cell('期程')]), row([cell('民政課'), cell(inner)])])])]),
    ]);
    const blocks = (await readAs('plan.docx', aDocx({ body }))).blocks;
    expect(paragraphLines(blocks)).toEqual(['|各課室業務期程一覽表']);
    expect(cellGrid(tablesOf(blocks)[0] ?? { kind: 'table', rows: [] })).toEqual([
      ['課室', '期程'],
      ['民政課', '115年3月 / 研習 / 115年6月 / 健行'],
    ]);
  });
});
