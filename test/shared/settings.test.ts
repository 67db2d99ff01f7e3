import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages/domain/index.ts';
import { isYes, parseSettings, settingsTimeZone, settingValue } from '../../shared/settings.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aTab } from '../builders.ts';

const settingsOf = (rows: readonly (readonly Cell[])[]) => {
  const read = parseSettings(aTab('設定', rows));
  if (!read.ok) throw new Error(read.reason);
  return read.value;
};

describe('parseSettings', () => {
  it('reads 項目 | 內容 by their headers, whatever columns stand around them', () => {
    const { settings, problems } = settingsOf([
      ['序號', '項目', '說明', '內容'],
      ['1', '機關名稱', '全銜', '臺北市測試區公所'],
      ['2', '計畫年度', '民國年', '115'],
      ['3', '填報週期', '月、季、半年或年', '季'],
      ['4', '填報截止日', '次月幾日前', '10'],
    ]);
    expect(settings).toMatchObject({ agency: '臺北市測試區公所', rocYear: 115, cycle: 'quarter', dueDay: 10 });
    expect(problems).toEqual([]);
  });

  it('accepts the other words for 內容 and columns in either order', () => {
    const { settings } = settingsOf([
      ['設定值', '項目'],
      ['116', '計畫年度'],
      ['半年', '填報週期'],
    ]);
    expect(settings).toMatchObject({ rocYear: 116, cycle: 'half' });
    const titled = settingsOf([['本所設定'], ['說明', '項目', '設定內容'], ['', '計畫年度', '113']]);
    expect(titled.settings.rocYear).toBe(113);
  });

  it('reads the first two columns when there is no header row', () => {
    const { settings, problems } = settingsOf([
      ['計畫年度', '115'],
      ['填報週期', '季'],
    ]);
    expect(settings).toMatchObject({ rocYear: 115, cycle: 'quarter' });
    expect(problems).toEqual([]);
  });

  it('names 內容 for a value that falls back to its default, each message from the messages module', () => {
    const { settings, problems } = settingsOf([
      ['項目', '內容'],
      ['計畫年度', '115'],
      ['填報截止日', '月底'],
      ['時區', '臺北'],
      ['填報週期', ''],
    ]);
    expect(settings).toMatchObject({ cycle: 'month', dueDay: 5, timeZone: 'Asia/Taipei' });
    expect(problems).toEqual([
      { source: '設定', row: 3, unit: '', column: '內容', message: msg.settingsBadDueDay('月底') },
      { source: '設定', row: 4, unit: '', column: '內容', message: msg.settingsBadTimeZone('臺北') },
    ]);
  });

  it('fails rather than guess a missing or unreadable 計畫年度, and says every reason at once', () => {
    const read = parseSettings(
      aTab('設定', [
        ['項目', '內容'],
        ['計畫年度', '一一三年至一一四年'],
        ['填報週期', '每兩週'],
      ]),
    );
    expect(read).toEqual({ ok: false, reason: `${msg.settingsBadYear(2, '一一三年至一一四年')}\n${msg.settingsBadCycle(3, '每兩週')}` });
    expect(parseSettings(undefined)).toEqual({ ok: false, reason: msg.settingsTabMissing });
  });

  it("points at the year the plan's name gives when 計畫年度 is missing", () => {
    const read = parseSettings(
      aTab('設定', [
        ['計畫名稱', '民國一一三年度提升服務品質執行計畫'],
        ['計畫年度', ' '],
      ]),
    );
    expect(read).toEqual({ ok: false, reason: msg.settingsYearBlank(2, 113) });
    expect(msg.settingsYearBlank(2, 113)).toContain('計畫名稱寫的是 113 年度');
  });

  it('fails, naming both cells, when 計畫年度 says another year than 計畫名稱, rather than guess which one is meant', () => {
    const read = parseSettings(
      aTab('設定', [
        ['項目', '內容'],
        ['計畫名稱', '一一五年度提升服務品質執行計畫'],
        ['計畫年度', '114'],
      ]),
    );
    expect(read).toEqual({
      ok: false,
      reason: msg.settingsYearContradictsName({ row: 3, text: '114' }, { row: 2, text: '一一五年度提升服務品質執行計畫' }, 115),
    });
    expect(msg.settingsYearContradictsName({ row: 3, text: '114' }, { row: 2, text: 'x' }, 115)).toMatch(
      /第 3 列的計畫年度「114」與第 2 列的計畫名稱「x」（115 年度）不符/u,
    );
  });

  it.each([
    ['the same year written another way', '民國115年度提升服務品質執行計畫', '一一五'],
    ['a Gregorian year', '2026年提升服務品質執行計畫', '115'],
    ['no year at all', '提升服務品質執行計畫', '115'],
    ['a span of years, which names no one year', '112-115年中程計畫', '115'],
  ])('reads 計畫年度 when 計畫名稱 holds %s', (_, name, year) => {
    expect(
      settingsOf([
        ['項目', '內容'],
        ['計畫名稱', name],
        ['計畫年度', year],
      ]).settings.rocYear,
    ).toBe(115);
  });
});

describe('settingValue', () => {
  const titled = aTab('設定', [
    ['本所管考設定'],
    ['序號', '項目', '說明', '內容'],
    ['1', '計畫年度', '民國年', '115'],
    ['2', '寄送檢核結果', '是／否', ' 是 '],
  ]);

  it('reads any item where parseSettings reads the listed ones: under the 項目 | 內容 header, below a title row', () => {
    expect(settingValue(titled, '寄送檢核結果')).toBe('是');
    expect(settingValue(titled, '寄送 檢核結果')).toBe('是');
    expect(settingsOf(titled.rows).settings.rocYear).toBe(115);
  });

  it('reads the first two columns without a header, and gives blank for an item or a tab that is not there', () => {
    expect(
      settingValue(
        aTab('設定', [
          ['計畫年度', '115'],
          ['寄送檢核結果', '開啟'],
        ]),
        '寄送檢核結果',
      ),
    ).toBe('開啟');
    expect(settingValue(titled, '填報週期')).toBe('');
    expect(settingValue(undefined, '寄送檢核結果')).toBe('');
  });
});

describe('isYes', () => {
  it.each([
    ['是', true],
    ['Y', true],
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['開啟', true],
    ['啟用', true],
    ['ON', true],
    ['ｙｅｓ', true],
    ['否', false],
    ['', false],
    ['no', false],
    ['0', false],
    ['不寄送', false],
  ])('reads %j as %s', (text, expected) => {
    expect(isYes(text)).toBe(expected);
  });
});

describe('settingsTimeZone', () => {
  it('reads 時區 on its own, whatever else 設定 lacks', () => {
    expect(
      settingsTimeZone(
        aTab('設定', [
          ['項目', '內容'],
          ['時區', 'Asia/Tokyo'],
        ]),
      ),
    ).toBe('Asia/Tokyo');
    expect(settingsTimeZone(aTab('設定', [['時區', 'Asia/Tokyo']]))).toBe('Asia/Tokyo');
  });

  it('is Asia/Taipei without 設定, without 時區, or for a zone it does not know (parseSettings reports that one)', () => {
    expect(settingsTimeZone(undefined)).toBe('Asia/Taipei');
    expect(settingsTimeZone(aTab('設定', []))).toBe('Asia/Taipei');
    const unknown = aTab('設定', [
      ['項目', '內容'],
      ['計畫年度', '115'],
      ['時區', '台北'],
    ]);
    expect(settingsTimeZone(unknown)).toBe('Asia/Taipei');
    expect(settingsOf(unknown.rows).problems).toEqual([
      { source: '設定', row: 3, unit: '', column: '內容', message: msg.settingsBadTimeZone('台北') },
    ]);
  });
});
