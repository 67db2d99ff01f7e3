/// <reference types="google-apps-script" />
import { describe, expect, it } from 'vitest';
import { submissionColumn } from '../../apps-script/src/verdict-column.ts';

describe('submissionColumn', () => {
  it.each<[string, readonly unknown[], number]>([
    ['text headers', ['具體作法', '填報期間', '檢核結果'], 3],
    ['numbers, booleans, dates and blanks before it', [115, true, new Date(Date.UTC(2026, 0, 1)), null, undefined, '', '檢核結果'], 7],
    ['the noted header the Sheet menu writes', ['具體作法', '檢核結果（系統填寫，請勿修改）'], 2],
    ['the exact header before a noted one', ['檢核結果（系統填寫，請勿修改）', '檢核結果'], 2],
    ['no such column among numbers and blanks', [1, 2, null, false], 0],
    ['an empty header row', [], 0],
  ])('finds 檢核結果 in %s', (_, header, column) => {
    expect(submissionColumn(header, '檢核結果')).toBe(column);
  });
});
