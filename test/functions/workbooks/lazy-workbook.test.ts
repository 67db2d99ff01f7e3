import { describe, expect, it } from 'vitest';
import { lazyWorkbook } from '../../../functions/workbooks/lazy-workbook.ts';
import type { Workbook } from '../../../shared/workbook.ts';
import { aTab } from '../../builders.ts';
import { memoryWorkbook } from '../memory-workbook.ts';

describe('lazyWorkbook', () => {
  it('opens nothing until the first read, and a backend that cannot open says so there', async () => {
    const opening: string[] = [];
    const workbook = lazyWorkbook('broken.xlsx', () => {
      opening.push('opened');
      return Promise.reject(new Error('不是活頁簿'));
    });
    expect(workbook.location).toBe('broken.xlsx');
    expect(opening).toEqual([]);
    await expect(workbook.read()).rejects.toThrow('不是活頁簿');
  });

  it('reads what it wrote: reads and writes go to the one backend it opened', async () => {
    const workbook = lazyWorkbook(
      'memory:lazy',
      (): Promise<Workbook> => Promise.resolve(memoryWorkbook({ tabs: [aTab('計畫', [['項次']])] })),
    );
    await workbook.write({ outputs: [aTab('執行成效', [['項次'], ['1-1']])], verdicts: [] });
    expect((await workbook.read()).tabs.map((tab) => tab.name)).toEqual(['計畫', '執行成效']);
  });
});
