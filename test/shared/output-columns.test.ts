import { describe, expect, it } from 'vitest';
import { columnsTab, type OutputColumn, statusColumn } from '../../shared/output-columns.ts';

describe('columnsTab', () => {
  const columns: OutputColumn<{ id: string; status: '辦理中' | '未填報'; count: number }>[] = [
    { header: '項次', width: 60, value: (row) => row.id },
    statusColumn('辦理狀態', 80, (row) => row.status),
    { header: '件數', width: 70, value: (row) => row.count },
  ];

  it('writes the headers, then one row of values per row, and lays each column out at its width', () => {
    const tab = columnsTab('測試', columns, [
      { id: '1-1', status: '辦理中', count: 2 },
      { id: '1-2', status: '未填報', count: 0 },
    ]);
    expect(tab.rows).toEqual([
      ['項次', '辦理狀態', '件數'],
      ['1-1', '辦理中', 2],
      ['1-2', '未填報', 0],
    ]);
    expect(tab.layout).toEqual({ widths: [60, 80, 70], statusColumns: [1] });
  });

  it('writes the header row alone when there are no rows', () => {
    expect(columnsTab('測試', columns, []).rows).toEqual([['項次', '辦理狀態', '件數']]);
  });
});
