import { describe, expect, it } from 'vitest';
import { isLocationProblem, locationReason } from '../../../functions/workbooks/location-reason.ts';

describe('locationReason', () => {
  it.each([
    { code: 'EEXIST', reason: '那裡已有同名的檔案，不是資料夾' },
    { code: 'EACCES', reason: '沒有寫入那裡的權限' },
    { code: 'EPERM', reason: '沒有寫入那裡的權限' },
    { code: 'ENOSPC', reason: '磁碟空間已滿' },
  ])('tells why a place will not do in words for $code', ({ code, reason }) => {
    expect(isLocationProblem(code)).toBe(true);
    expect(locationReason(code)).toBe(reason);
  });

  it('names the code of an error the user cannot fix by choosing another place', () => {
    expect(isLocationProblem('EIO')).toBe(false);
    expect(locationReason('EIO')).toBe('系統回報的錯誤代碼：EIO');
  });

  it('takes no inherited property name for an error code', () => {
    expect(isLocationProblem('toString')).toBe(false);
    expect(locationReason('toString')).toBe('系統回報的錯誤代碼：toString');
  });
});
