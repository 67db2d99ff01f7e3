import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages.ts';
import { isYes, parseSettings, settingsTimeZone, settingValue } from '../../shared/settings.ts';
import type { Cell } from '../../shared/workbook.ts';
import { aTab } from '../builders.ts';

const settingsOf = (rows: readonly (readonly Cell[])[]) => parseSettings(aTab('設定', rows), 114);

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
    const { settings } = settingsOf([['設定值', '項目'], ['116', '計畫年度'], ['半年', '填報週期']]);
    expect(settings).toMatchObject({ rocYear: 116, cycle: 'half' });
    const titled = settingsOf([['本所設定'], ['說明', '項目', '設定內容'], ['', '計畫年度', '113']]);
    expect(titled.settings.rocYear).toBe(113);
  });

  it('reads the first two columns when there is no header row', () => {
    const { settings, problems } = settingsOf([['計畫年度', '115'], ['填報週期', '季']]);
    expect(settings).toMatchObject({ rocYear: 115, cycle: 'quarter' });
    expect(problems).toEqual([]);
  });

  it('names 內容 for a value it cannot read, 項目 for an item that is not there, each message from messages.ts', () => {
    const { problems } = settingsOf([['項目', '內容'], ['填報週期', '每兩週'], ['填報截止日', '']]);
    expect(problems).toEqual([
      { source: '設定', row: null, unit: '', column: '項目', message: msg.settingsYearMissing(114) },
      { source: '設定', row: 2, unit: '', column: '內容', message: msg.settingsBadCycle('每兩週') },
    ]);
    const blankYear = settingsOf([['項目', '內容'], ['計畫年度', '']]).problems;
    expect(blankYear).toEqual([{ source: '設定', row: 2, unit: '', column: '內容', message: msg.settingsYearMissing(114) }]);
  });
});

describe('settingValue', () => {
  const titled = aTab('設定', [['本所管考設定'], ['序號', '項目', '說明', '內容'], ['1', '計畫年度', '民國年', '115'], ['2', '寄送檢核結果', '是／否', ' 是 ']]);

  it('reads any item where parseSettings reads the listed ones: under the 項目 | 內容 header, below a title row', () => {
    expect(settingValue(titled, '寄送檢核結果')).toBe('是');
    expect(settingValue(titled, '寄送 檢核結果')).toBe('是');
    expect(parseSettings(titled, 114).settings.rocYear).toBe(115);
  });

  it('reads the first two columns without a header, and gives blank for an item or a tab that is not there', () => {
    expect(settingValue(aTab('設定', [['計畫年度', '115'], ['寄送檢核結果', '開啟']]), '寄送檢核結果')).toBe('開啟');
    expect(settingValue(titled, '填報週期')).toBe('');
    expect(settingValue(undefined, '寄送檢核結果')).toBe('');
  });
});

describe('isYes', () => {
  it.each([
    ['是', true], ['Y', true], ['yes', true], ['TRUE', true], ['1', true], ['開啟', true], ['啟用', true], ['ON', true], ['ｙｅｓ', true],
    ['否', false], ['', false], ['no', false], ['0', false], ['不寄送', false],
  ])('reads %j as %s', (text, expected) => {
    expect(isYes(text)).toBe(expected);
  });
});

describe('settingsTimeZone', () => {
  it('reads 時區 on its own, whatever else 設定 lacks', () => {
    expect(settingsTimeZone(aTab('設定', [['項目', '內容'], ['時區', 'Asia/Tokyo']]))).toBe('Asia/Tokyo');
    expect(settingsTimeZone(aTab('設定', [['時區', 'Asia/Tokyo']]))).toBe('Asia/Tokyo');
  });

  it('is Asia/Taipei without 設定, without 時區, or for a zone it does not know (parseSettings reports that one)', () => {
    expect(settingsTimeZone(undefined)).toBe('Asia/Taipei');
    expect(settingsTimeZone(aTab('設定', []))).toBe('Asia/Taipei');
    const unknown = aTab('設定', [['項目', '內容'], ['計畫年度', '115'], ['時區', '台北']]);
    expect(settingsTimeZone(unknown)).toBe('Asia/Taipei');
    expect(parseSettings(unknown, 114).problems).toEqual([{ source: '設定', row: 3, unit: '', column: '內容', message: msg.settingsBadTimeZone('台北') }]);
  });
});
