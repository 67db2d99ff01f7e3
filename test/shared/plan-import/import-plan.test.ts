import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan.ts';
import { importPlan } from '../../../shared/plan-import/import-plan.ts';
import type { ImportedPlan } from '../../../shared/plan-import/imported-plan.ts';
import { IMPORT_NOTES_HEADER, importedTabs } from '../../../shared/plan-import/imported-tabs.ts';
import { readTextDocument } from '../../../shared/plan-import/text-document.ts';

const FIXTURES = new URL('../../fixtures/plans/', import.meta.url).pathname;
const fixtureNames = (JSON.parse(readFileSync(`${FIXTURES}fixtures.json`, 'utf8')) as { name: string; document: string }[]).map(
  (f) => [f.name, f.document.split('/').at(-1) ?? ''] as const,
);

function imported(text: string): ImportedPlan {
  const result = importPlan(readTextDocument(text, 'plan.txt', 'txt'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const messages = (plan: ImportedPlan) => (importedTabs(plan)[3]?.rows ?? []).slice(1).map((row) => row[4]);

describe('importPlan', () => {
  it.each(fixtureNames)(
    'makes of %s a workbook whose plan parses, its only problems unreadable deadlines and practices for every unit',
    (_, file) => {
      const plan = imported(readFileSync(`${FIXTURES}${file}`, 'utf8'));
      const parsed = parsePlan({ tabs: importedTabs(plan) });
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.value.plan.practices).toHaveLength(plan.practices.length);
      // The line about practices owned by every unit is the plan's own (各課室), said once for the tab.
      const rowProblems = parsed.value.problems.filter((problem) => !(problem.column === '執行單位' && problem.row === null));
      expect(rowProblems.filter((problem) => problem.column !== '完成期限')).toEqual([]);
      expect(parsed.value.plan.settings.rocYear).toBe(plan.settings.rocYear);
    },
  );

  it('writes 設定, 計畫, 單位 and 匯入說明, each note with the 計畫 row and 項次 it concerns', () => {
    const plan = imported(
      [
        '某某區公所115年度提升服務品質執行計畫',
        '壹、工作項目',
        '實施要項\t具體作法\t執行單位\t完成期限',
        '一、便民\t(1)甲。 (2)乙。 (3)丙。\t民政課 社會課 秘書室 人事室\t預定於2~5月份辦理',
        '貳、管考：各課室每季填報辦理情形。',
      ].join('\n'),
    );
    const [settings, practices, units, notes] = importedTabs(plan);
    expect(settings?.rows).toEqual([
      ['項目', '內容'],
      ['機關名稱', '某某區公所'],
      ['計畫名稱', '115年度提升服務品質執行計畫'],
      ['計畫年度', 115],
      ['填報週期', '季'],
      ['填報截止日', 5],
    ]);
    expect(practices?.rows).toEqual([
      ['項次', '實施要項', '具體作法', '執行單位', '完成期限'],
      ['1-1', '一、便民', '(1)甲。', '民政課', '預定於2~5月份辦理'],
      ['1-2', '', '(2)乙。', '社會課', '預定於2~5月份辦理'],
      ['1-3', '', '(3)丙。', '秘書室、人事室', '預定於2~5月份辦理'],
    ]);
    expect(units?.rows).toEqual([
      ['單位', '別名', '填報人電子郵件', '填報試算表'],
      ['民政課', '', '', ''],
      ['社會課', '', '', ''],
      ['秘書室', '', '', ''],
      ['人事室', '', '', ''],
    ]);
    expect(notes?.rows[0]).toEqual([...IMPORT_NOTES_HEADER]);
    expect(notes?.rows).toContainEqual([
      '計畫',
      2,
      '1-1',
      '第 1 個表格第 2 列',
      '3 項作法、4 個單位，已依序對應：多出的單位都歸最後一項作法；請確認每項作法的執行單位。',
    ]);
    expect(notes?.rows).toContainEqual([
      '計畫',
      2,
      '1-1',
      '第 1 個表格第 2 列',
      '完成期限「預定於2~5月份辦理」讀為「115年2月至5月」；請確認。',
    ]);
    expect(notes?.rows).toContainEqual(['設定', null, '', '「貳、管考」', '填報週期「季」取自：「各課室每季填報辦理情形。」；請確認。']);
  });

  it('says for each plan table read from a PDF how it was rebuilt and what to check, in the 計畫 tab', () => {
    const text = readTextDocument('某所115年度計畫\n具體作法\t執行單位\n辦理說明會\t秘書室\n', 'plan.pdf', 'txt');
    const asPdf = (rebuiltFrom: 'borders' | 'text-positions') => {
      const result = importPlan({
        ...text,
        kind: 'pdf',
        blocks: text.blocks.map((block) => (block.kind === 'table' ? { ...block, rebuiltFrom } : block)),
      });
      if (!result.ok) throw new Error(result.reason);
      return result.value.notes.filter((note) => typeof note.message === 'string' && note.message.includes('讀自 PDF'));
    };
    expect(asPdf('borders')).toEqual([{ tab: '計畫', where: '第 1 個表格', message: expect.stringContaining('依畫出的框線重建') }]);
    expect(asPdf('text-positions')).toEqual([
      { tab: '計畫', where: '第 1 個表格', message: expect.stringContaining('欄與列都依文字位置推測，看不出合併儲存格') },
    ]);
    expect(messages(imported('某所115年度計畫\n具體作法\t執行單位\n辦理說明會\t秘書室\n')).join('')).not.toContain('PDF');
  });

  it('points a note about a blank cell continued from above at the row it filled, and names the row it came from', () => {
    const plan = imported(
      [
        '# 某某區公所115年度提升服務品質執行計畫',
        '| 實施要項 | 具體作法 | 執行單位 | 完成期限 |',
        '|---|---|---|---|',
        '| 一、便民 | 1.作法甲<br>2.作法乙 | 民政課 | 每月 |',
        '| | 3.作法丙 | | 115年6月 |',
        '| | 4.作法丁 | 社會課 | |',
      ].join('\n'),
    );
    const notes = importedTabs(plan)[3]?.rows ?? [];
    expect(notes).toContainEqual([
      '計畫',
      4,
      '1-3',
      '第 1 個表格第 3 列',
      '執行單位空白，沿用「計畫」分頁第 2 列（1-1）的「民政課」（視為合併儲存格）；若不同請改正。',
    ]);
    expect(notes).toContainEqual([
      '計畫',
      5,
      '1-4',
      '第 1 個表格第 4 列',
      '完成期限空白，沿用「計畫」分頁第 4 列（1-3）的「115年6月」（視為合併儲存格）；若不同請改正。',
    ]);
    expect(notes.filter((row) => String(row[4]).includes('空白，沿用'))).toHaveLength(2);
  });

  it('keeps a blank cell of an HTML table blank, since the table writes its merged cells as rowspan', () => {
    const plan = imported(
      [
        '某某區公所115年度提升服務品質執行計畫',
        '<table><tr><td>實施要項</td><td>具體作法</td><td>執行單位</td><td>完成期限</td></tr>',
        '<tr><td rowspan="3">一、便民</td><td>1.作法甲</td><td rowspan="2">民政課</td><td>每月</td></tr>',
        '<tr><td>2.作法乙</td><td></td></tr>',
        '<tr><td>3.作法丙</td><td>社會課</td><td>115年6月</td></tr></table>',
      ].join('\n'),
    );
    expect(plan.practices.map((practice) => [practice.id, practice.units, practice.deadline])).toEqual([
      ['1-1', '民政課', '每月'],
      ['1-2', '民政課', ''],
      ['1-3', '社會課', '115年6月'],
    ]);
    expect(messages(plan).filter((message) => String(message).includes('空白，沿用'))).toEqual([]);
  });

  // 設定's 填報週期 and 填報截止日, and every note about them, for a plan whose 管考 section says `reporting`.
  function reportingSettings(reporting: string) {
    const plan = imported(
      ['某某區公所115年度提升服務品質執行計畫', '壹、工作項目', '具體作法\t執行單位', '辦理說明會\t民政課', `貳、管考：${reporting}`].join(
        '\n',
      ),
    );
    const [settings, , , notes] = importedTabs(plan);
    const value = (item: string) => settings?.rows.find((row) => row[0] === item)?.[1];
    return {
      cycle: value('填報週期'),
      dueDay: value('填報截止日'),
      notes: (notes?.rows ?? []).filter((row) => row[0] === '設定' && !String(row[4]).startsWith('機關名稱')).map((row) => row[4]),
    };
  }

  it.each([
    ['一、各單位應於每季結束後10日內，將執行情形填報至本局研考單位。', '季', 10],
    ['本計畫每半年管考一次，各課應於每年7月10日前及翌年1月10日前填報執行情形。', '半年', 10],
    ['各課室於次月5日前填報上月執行情形。', '月', 5],
  ])('reads the due day of 「%s」 into 填報截止日', (reporting, cycle, dueDay) => {
    const read = reportingSettings(reporting);
    expect([read.cycle, read.dueDay]).toEqual([cycle, dueDay]);
    expect(read.notes).toContainEqual(`填報截止日 ${dueDay} 日取自：「${reporting}」；請確認。`);
  });

  it('says so whenever 填報截止日 is defaulted: not stated, or stated in words that are no day of the month', () => {
    expect(reportingSettings('各課室每月填報執行情形。')).toEqual({
      cycle: '月',
      dueDay: 5,
      notes: [
        '填報週期「月」取自：「各課室每月填報執行情形。」；請確認。',
        '文件未寫明每期填報的截止日：填報截止日暫以 5 日（每期結束後的下個月 5 日前；可在「設定」分頁修改）；請確認。',
      ],
    });
    expect(reportingSettings('各課室應於每月主管會報前提報執行情形。').notes).toEqual([
      '填報週期「月」取自：「各課室應於每月主管會報前提報執行情形。」；請確認。',
      '填報期限「每月主管會報前」不是每期結束後下個月的固定一天（取自：「各課室應於每月主管會報前提報執行情形。」）：填報截止日暫以 5 日，請改為實際的截止日（可在「設定」分頁修改）。',
    ]);
  });

  it('says so when the cycle is defaulted though the due day is stated', () => {
    const read = reportingSettings('各課室於次月5日前送交辦理情形。');
    expect(read.notes).toContain('文件未寫明多久填報一次：填報週期暫以每月（可在「設定」分頁修改）；請確認。');
  });

  it('notes a deadline consolidate cannot read, keeping it as written', () => {
    const plan = imported('某所115年度計畫\n具體作法\t完成期限\n辦理說明會\t視預算情形\n');
    expect(plan.practices[0]?.deadline).toBe('視預算情形');
    expect(messages(plan)).toContain(
      '完成期限「視預算情形」無法辨識為日期或週期，原文保留（彙整時會列為警告）；請改寫，例如「115年3月底前」、「持續辦理」或「每月」。',
    );
  });

  it('says when the title names no year, and takes none', () => {
    const plan = imported('某某區公所提升服務品質執行計畫\n具體作法\t執行單位\n辦理說明會\t民政課\n');
    expect(plan.settings.rocYear).toBeNull();
    expect(messages(plan)).toContain('文件中找不到計畫年度（例：「115年度」）：「設定」分頁的計畫年度留空，請填寫民國年。');
  });

  it('refuses a document without a plan table or list, saying what it read and what to do', () => {
    const result = importPlan(
      readTextDocument('某某區公所115年度計畫\n\n壹、依據\n\n行政院函。\n\n職稱\t人數\n主任委員\t1\n', 'notes.txt', 'txt'),
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('「notes.txt」中找不到計畫表或具體作法條列：讀到 3 段文字、1 個表格（表格的欄名：職稱、人數）'),
    });
    if (!result.ok) expect(result.reason).toContain('若計畫表是掃描的圖片，請改用文字版的檔案');
  });

  describe('a plan written as a list whose practices name their units and deadline in labelled parts', () => {
    const outline = (practices: readonly string[]) =>
      [
        '某地政事務所115年度提升服務品質實施計畫',
        '一、計畫依據',
        '依方案辦理。',
        '二、實施要項及具體作法',
        '(一)精進服務流程',
        ...practices,
        '三、管考方式',
        '各課室每季填報。',
      ].join('\n');
    const read = (plan: ImportedPlan) => plan.practices.map((practice) => [practice.text, practice.units, practice.deadline]);

    it('reads 權責單位 and 完成期限 written in one bracket, and no deadline becomes a unit', () => {
      const plan = imported(
        outline([
          '1.擴大跨所登記服務。（權責單位：登記課；完成期限：115年12月31日前）',
          '2.建置測量案件查詢功能。（權責單位：測量課、資訊室；協辦單位：秘書室；完成期限：每季）',
        ]),
      );
      expect(read(plan)).toEqual([
        ['1.擴大跨所登記服務。', '登記課', '115年12月31日前'],
        ['2.建置測量案件查詢功能。', '測量課、資訊室', '每季'],
      ]);
      expect(plan.units.map((unit) => unit.name)).toEqual(['登記課', '測量課', '資訊室']);
      expect(plan.practices.map((practice) => practice.assisting ?? '')).toEqual(['', '秘書室']);
      expect(messages(plan)).toContain(
        '協辦單位「秘書室」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。',
      );
    });

    it('puts a unit marked (協辦) among the 權責單位, or after a bare 協辦：, in 協辦單位 and leaves it out of 單位', () => {
      const plan = imported(
        outline([
          '1.擴大跨所登記服務。（權責單位：登記課(主辦)、資訊室(協辦)；完成期限：115年12月31日前）',
          '2.建置測量案件查詢功能。（主辦：測量課；協辦：秘書室；完成期限：每季）',
        ]),
      );
      expect(read(plan)).toEqual([
        ['1.擴大跨所登記服務。', '登記課', '115年12月31日前'],
        ['2.建置測量案件查詢功能。', '測量課', '每季'],
      ]);
      expect(plan.practices.map((practice) => practice.assisting ?? '')).toEqual(['資訊室', '秘書室']);
      expect(plan.units.map((unit) => unit.name)).toEqual(['登記課', '測量課']);
      expect(messages(plan)).toContain(
        '協辦單位「資訊室」列在「計畫」分頁的「協辦單位」欄，不算執行單位：協辦單位不必填報這項作法；若也要它填報，請把它移到「執行單位」欄。',
      );
    });

    it('takes 權責單位 and 完成期限 on lines of their own as the practice above them', () => {
      const plan = imported(
        outline([
          '1.擴大跨所登記服務。',
          '權責單位：登記課',
          '完成期限：115年12月31日前',
          '2.建置測量案件查詢功能。',
          '權責單位：測量課、資訊室',
          '完成期限：115年6月30日',
          '3.每季辦理地政業務說明會。',
          '權責單位：地價課　完成期限：每季',
        ]),
      );
      expect(read(plan)).toEqual([
        ['1.擴大跨所登記服務。', '登記課', '115年12月31日前'],
        ['2.建置測量案件查詢功能。', '測量課、資訊室', '115年6月30日'],
        ['3.每季辦理地政業務說明會。', '地價課', '每季'],
      ]);
      expect(plan.practices.map((practice) => practice.measure)).toEqual(Array(3).fill('(一)精進服務流程'));
    });
  });

  it('says which items of a list look like cells of a pasted table rather than practices', () => {
    const plan = imported(
      [
        '某處115年度計畫',
        '貳、具體作法',
        '一、便民',
        '1.辦理說明會，說明申辦流程。',
        '2.設置服務台並排班。',
        '3.秘書室',
        '4.檢討表單欄位。',
        '參、管考',
        '每月填報。',
      ].join('\n'),
    );
    expect(plan.practices).toHaveLength(4);
    expect(plan.cellsAsPractices).toBe(1);
    expect(messages(plan)).toContain(
      '「3.秘書室」看來是表格的一格（單位名稱、期限、欄名或零碎的字），不是具體作法：文件可能是從 PDF 複製、一格一行的表格；請對照原計畫改正或刪除這一列。',
    );
  });

  it('reads the units of a plan without a units column from its 權責分工 section, and says the others are to be added', () => {
    const plan = imported(
      '某處114年計畫\n壹、權責分工：\n一、輔導組\n訂定計畫。\n二、各組、室\n依計畫辦理。\n貳、具體作法\n實施要項\t具體作法\n一、便民\t辦理說明會。\n',
    );
    expect(plan.units).toEqual([{ name: '輔導組', aliases: [] }]);
    expect(messages(plan)).toEqual(
      expect.arrayContaining([
        '計畫表沒有執行單位欄：執行單位留空，即由全部單位辦理；請依計畫的權責分工填寫各項作法的執行單位。',
        '「單位」分頁只列出文件寫出的單位（輔導組）；寫「各課室」等字樣的作法由分頁中的每個單位辦理，請補列其他單位，並填寫填報人電子郵件。',
      ]),
    );
  });

  it('writes a group of units (各分處) out as the units of that kind the plan names', () => {
    const plan = imported('某處115年計畫\n具體作法\t主辦單位\n甲\t三民分處\n乙\t鳳山分處\n丙\t法務科、各分處\n');
    expect(plan.practices.map((practice) => practice.units)).toEqual(['三民分處', '鳳山分處', '法務科、三民分處、鳳山分處']);
    expect(messages(plan)).toContain('執行單位「各分處」寫成文件中的 三民分處、鳳山分處；若還有其他單位，請補上。');
  });

  it('writes a group out as the units a paragraph of the plan lists for it (三、各分局：中壢分局、桃園分局)', () => {
    const plan = imported('某局115年計畫\n具體作法\t權責單位\n甲\t服務科、各分局\n\n三、各分局：中壢分局、桃園分局。\n');
    expect(plan.practices.map((practice) => practice.units)).toEqual(['服務科、中壢分局、桃園分局']);
    expect(plan.units.map((unit) => unit.name)).toEqual(['服務科', '中壢分局', '桃園分局']);
  });
});
