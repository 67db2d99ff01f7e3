import { describe, expect, it } from 'vitest';
import * as msg from '../../shared/messages.ts';
import { parseSettings } from '../../shared/settings.ts';
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
