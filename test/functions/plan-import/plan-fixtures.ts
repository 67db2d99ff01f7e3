// Plan documents shaped as agencies lay them out (from the three plans in the development seeds),
// as .odt files made here: 萬華's 各課室業務期程一覽表 (編號 | 課室 | 計畫項目 | 工作內容 | 預計工作進度,
// a header row repeated on every page), 鳥松's 執行要項 | 執行重點 | 執行課室 (the 要項 merged down
// its rows, numbered sub-items in one cell with their units one per paragraph), and 榮民服務處's
// outline of automatically numbered lists under headings. `practices` scales them (the benchmark
// uses 130). Also a small plan with merged and blank, unmerged cells (QA round 3).
import { anOdt, cellStyle, covered, h, list, listStyle, odtTable, p, pageWithHeaderAndFooter, td, tr } from './odt-builder.ts';

const UNITS = ['人文課', '人事室', '民政課', '兵役課', '社會課', '政風室', '秘書室', '會計室', '經建課', '調解會'] as const;
const unitOf = (i: number) => UNITS[i % UNITS.length] ?? '秘書室';

/** What the 萬華-shaped table holds, row by row (header first). */
function wanhuaRows(practices: number): string[][] {
  const rows = [['編號', '課室', '計畫項目', '工作內容', '預計工作進度']];
  for (let i = 1; i <= practices; i++)
    rows.push([String(i), unitOf(i), `計畫項目${i}`, `辦理第${i}項工作，提升服務品質`, `預計於115年${(i % 12) + 1}月辦理`]);
  return rows;
}

/** 萬華's schedule table: a title, then the five-column table with its header repeated. */
export function wanhuaOdt(practices: number): Uint8Array {
  const [header = [], ...body] = wanhuaRows(practices);
  return anOdt({
    body: [
      p('臺北市萬華區公所 115 年度提升服務品質執行計畫 — 各課室業務期程一覽表'),
      odtTable(
        5,
        [tr(header.map((c) => td(c)))],
        body.map((row) => tr(row.map((c) => td(c)))),
      ),
    ].join(''),
  });
}

/** 鳥松's table: each 執行要項 merged down its rows; each row's 執行重點 holds numbered sub-items, 執行課室 one unit per paragraph. */
export function niaosongOdt(practices: number): Uint8Array {
  const perItem = 2;
  const items = Math.ceil(practices / (perItem * 2));
  const rows: string[] = [];
  let made = 0;
  for (let item = 1; item <= items && made < practices; item++) {
    for (let r = 0; r < perItem && made < practices; r++) {
      const subs = [`${made + 1}. 重點作法${made + 1}`, `(1)細項說明${made + 1}`, `${made + 2}. 重點作法${made + 2}`];
      made += 2;
      const units = [unitOf(made), unitOf(made + 1)];
      rows.push(tr([r === 0 ? td(`${item}、執行要項${item}`, { rows: perItem }) : covered, td(subs), td(units)]));
    }
  }
  return anOdt({ body: [h('肆、計畫內容', 1), odtTable(3, [tr([td('執行要項'), td('執行重點'), td('執行課室')])], rows)].join('') });
}

/**
 * 鳥松's table with its borders drawn (a grid, or rules across only) and the agency's name at the
 * top of every page and the page number at the foot, as printed plans are.
 */
export function borderedNiaosongOdt(practices: number, borders: 'grid' | 'across'): Uint8Array {
  const cell = (content: string | readonly string[], span: { rows?: number } = {}) => td(content, { ...span, style: 'B' });
  const perItem = 2;
  const rows: string[] = [];
  let made = 0;
  for (let item = 1; made < practices; item++) {
    for (let r = 0; r < perItem && made < practices; r++) {
      const subs = [
        `${made + 1}. 重點作法${made + 1}`,
        `(1)細項說明${made + 1}，依標準作業流程辦理並定期檢討改進，提升服務品質`,
        `${made + 2}. 重點作法${made + 2}`,
      ];
      made += 2;
      rows.push(
        tr([r === 0 ? cell(`${item}、執行要項${item}`, { rows: perItem }) : covered, cell(subs), cell([unitOf(made), unitOf(made + 1)])]),
      );
    }
  }
  return anOdt({
    automaticStyles: cellStyle('B', borders),
    page: pageWithHeaderAndFooter('高雄市鳥松區公所 113 年度提升服務執行計畫'),
    body: [h('肆、計畫內容', 1), odtTable(3, [tr([cell('執行要項'), cell('執行重點'), cell('執行課室')])], rows)].join(''),
  });
}

/** 榮民服務處's outline: headings, then 一、 items with (一) sub-items numbered by a list style. */
export function veteransOdt(practices: number): Uint8Array {
  const perItem = 5;
  const items: string[] = [];
  for (let item = 0; item * perItem < practices; item++) {
    const subs = Array.from({ length: Math.min(perItem, practices - item * perItem) }, (_, i) =>
      p(`具體作法${item * perItem + i + 1}，由各組、室辦理`),
    );
    items.push(`${p(`實施要項${item + 1}`)}${list(undefined, subs)}`);
  }
  return anOdt({
    styles: listStyle('L1', [
      ['一, 二, 三, ...', '', '、'],
      ['一, 二, 三, ...', '(', ')'],
    ]),
    body: [h('伍、實施要項', 1), list('L1', items)].join(''),
  });
}

/**
 * The 兵役處 plan of QA round 3 as Word and ODF keep it: a 承辦單位 cell merged down two rows, and a
 * 承辦單位 and a 期程 cell left blank, not merged.
 */
export function conscriptionBlanksOdt(): Uint8Array {
  return anOdt({
    body: [
      p('臺中市政府兵役處 115年度提升服務品質執行計畫'),
      odtTable(
        4,
        [tr([td('推動項目'), td('執行措施'), td('承辦單位'), td('期程')])],
        [
          tr([td('精進役政便民服務', { rows: 3 }), td('一、役男徵兵檢查線上預約。'), td('徵集課', { rows: 2 }), td('115年6月底前')]),
          tr([covered, td('二、替代役申請文件電子化。'), covered, td('')]),
          tr([covered, td('三、役政服務滿意度調查。'), td(''), td('每半年')]),
        ],
      ),
    ].join(''),
  });
}
