/// <reference types="google-apps-script" />
import { describe, expect, it } from 'vitest';
import { readResponseRow } from '../../apps-script/src/response-row.ts';
import { FakeSpreadsheet } from './fakes/spreadsheet.ts';
import { FakeUtilities } from './fakes/utilities.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Utilities = GoogleAppsScript.Utilities.Utilities;
type Value = string | number | boolean | Date;

const HEADER = ['時間戳記', '電子郵件地址', '填報單位', '具體作法', '辦理日期', '執行成效', '檢核結果', '', '具體作法'];
const utilities = new FakeUtilities() as unknown as Utilities;

// The row the Form wrote under HEADER, read as 設定's zone says (`timeZone`), in a spreadsheet shown in `shownZone`.
function read(row: readonly Value[], options: { timeZone?: string; shownZone?: string; header?: readonly string[] } = {}) {
  const spreadsheet = new FakeSpreadsheet('s', options.shownZone ?? 'Asia/Taipei');
  const sheet = spreadsheet.insertSheet('表單回應 1', [options.header ?? HEADER, row]);
  return readResponseRow(sheet as unknown as Sheet, 2, options.timeZone ?? 'Asia/Taipei', utilities);
}

describe('readResponseRow', () => {
  it('answers every titled question, not 時間戳記, 電子郵件地址, 檢核結果 or a column without a title; a repeated question once', () => {
    const row = read([
      '2026/4/8 下午 3:12:45',
      ' chen@example.gov.tw ',
      '民政課',
      '',
      '',
      '完成問卷',
      '通過',
      '備註',
      '1-1 檢討各項申請表單',
    ]);
    expect(row).toEqual({
      tab: '表單回應 1',
      row: 2,
      timestamp: Date.UTC(2026, 3, 8, 7, 12, 45),
      email: 'chen@example.gov.tw',
      answers: { 填報單位: '民政課', 具體作法: '1-1 檢討各項申請表單', 辦理日期: '', 執行成效: '完成問卷' },
    });
  });

  it('takes a date cell’s day in the spreadsheet’s own zone, and a 時間戳記 cell as its instant', () => {
    // 16:30 UTC on 3/4 is already 3/5 in Taipei, where the spreadsheet shows it; 設定 naming New York changes neither.
    const arrived = new Date(Date.UTC(2026, 2, 4, 16, 30));
    const row = read([arrived, '', '民政課', '1-1', new Date(Date.UTC(2026, 2, 4, 16, 0)), '完成'], { timeZone: 'America/New_York' });
    expect(row?.timestamp).toBe(arrived.getTime());
    expect(row?.answers.辦理日期).toBe('2026-03-05');
  });

  it('reads a 時間戳記 given as text in 設定’s zone, and has none when it cannot be read', () => {
    expect(read(['2026/4/8 上午 9:00:00', '', '民政課'], { timeZone: 'Asia/Tokyo' })?.timestamp).toBe(Date.UTC(2026, 3, 8, 0, 0));
    expect(read(['昨天', '', '民政課'])?.timestamp).toBeNull();
  });

  it('is null for a row holding no answer (the blank events Forms fires after a real one), and for the header row', () => {
    expect(read(['2026/4/8 下午 3:12:45', 'chen@example.gov.tw', '', '', '', '', '通過'])).toBeNull();
    const spreadsheet = new FakeSpreadsheet();
    const sheet = spreadsheet.insertSheet('表單回應 1', [HEADER, ['2026/4/8 下午 3:12:45', '', '民政課']]);
    expect(readResponseRow(sheet as unknown as Sheet, 1, 'Asia/Taipei', utilities)).toBeNull();
  });
});
