import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyEdit, placeKeyedColumns, rowsAfterEdit } from '../../shared/keyed-columns.ts';
import type { Cell } from '../../shared/workbook.ts';
import { keyedDrafts } from '../builders.ts';

const change = keyedDrafts;
const drafts = keyedDrafts();
const tabAfter = (rows: readonly (readonly Cell[])[] | undefined, keyed = drafts) => {
  const edit = placeKeyedColumns(rows, keyed);
  if (!edit) throw new Error('not placed');
  return rowsAfterEdit(rows ?? [], edit);
};

describe('placeKeyedColumns', () => {
  it('makes a missing tab with the header and a row per key', () => {
    expect(tabAfter(undefined)).toEqual([
      ['項次', '草稿', '公告文字', '狀態'],
      ['1-1', '草稿一', null, '採用系統草稿'],
      ['1-2', '草稿二', null, '採用公告文字'],
    ]);
  });

  it('fills an empty tab the same way, cell by cell', () => {
    const edit = placeKeyedColumns([[], [null, '']], drafts);
    expect(edit?.create).toBeNull();
    expect(tabAfter([[], [null, '']])).toEqual(tabAfter(undefined));
  });

  it('writes each key’s values into the row holding the key now, after the user sorted the tab, and no other cell', () => {
    const sorted: Cell[][] = [
      ['項次', '草稿', '公告文字', '狀態', '備註'],
      ['1-2', '舊草稿二', '研考人員的文字', '舊狀態', '請科長看'],
      ['1-1', '舊草稿一', null, null],
    ];
    expect(tabAfter(sorted)).toEqual([
      ['項次', '草稿', '公告文字', '狀態', '備註'],
      ['1-2', '草稿二', '研考人員的文字', '採用公告文字', '請科長看'],
      ['1-1', '草稿一', null, '採用系統草稿'],
    ]);
  });

  it('finds the header below a title row and its columns by their names, a note in brackets aside', () => {
    const titled: Cell[][] = [['115年度年度成效'], ['公告文字', '項次（勿改）', '狀態', '草稿'], [null, '1-1']];
    expect(tabAfter(titled)[2]).toEqual([null, '1-1', '採用系統草稿', '草稿一']);
  });

  it('adds a system column the tab lacks after the last column any row uses, leaving a user’s note there alone', () => {
    const rows: Cell[][] = [
      ['項次', '草稿', '公告文字'],
      ['1-1', null, '文字', null, '第5欄的筆記'],
    ];
    const result = tabAfter(rows);
    expect(result[0]).toEqual(['項次', '草稿', '公告文字', null, null, '狀態']);
    expect(result[1]).toEqual(['1-1', '草稿一', '文字', null, '第5欄的筆記', '採用系統草稿']);
  });

  it('adds a row at the end for a key no row holds, below a user’s own rows', () => {
    const rows: Cell[][] = [
      ['項次', '草稿', '公告文字', '狀態'],
      ['1-1', '草稿一', null, '採用系統草稿'],
      [null, null, '研考人員在表尾的說明'],
    ];
    expect(tabAfter(rows).slice(2)).toEqual([
      [null, null, '研考人員在表尾的說明'],
      ['1-2', '草稿二', null, '採用公告文字'],
    ]);
  });

  it('writes only into the first row of a key; a copy the user made below stays as it is', () => {
    const rows: Cell[][] = [
      ['項次', '草稿', '公告文字', '狀態'],
      ['1-1', 'x', null, 'y'],
      ['1-1', '副本', '改寫', '副本狀態'],
    ];
    expect(tabAfter(rows, change([{ key: '1-1', values: ['草稿一', '採用系統草稿'] }])).slice(1)).toEqual([
      ['1-1', '草稿一', null, '採用系統草稿'],
      ['1-1', '副本', '改寫', '副本狀態'],
    ]);
  });

  it('matches keys as text the user may have retyped (full-width digits, spaces)', () => {
    const rows: Cell[][] = [
      ['項次', '草稿', '公告文字', '狀態'],
      [' １-１ ', null, null, null],
    ];
    expect(tabAfter(rows, change([{ key: '1-1', values: ['草稿一', '採用系統草稿'] }]))).toHaveLength(2);
  });

  it('places nothing in a tab whose header names no key column', () => {
    expect(
      placeKeyedColumns(
        [
          ['編號', '草稿'],
          ['1-1', 'x'],
        ],
        drafts,
      ),
    ).toBeNull();
  });

  it('asks for nothing when the tab already holds every value', () => {
    const edit = placeKeyedColumns(tabAfter(undefined), drafts);
    expect(edit && isEmptyEdit(edit)).toBe(true);
  });

  it('never changes a cell outside the system’s columns, however the rows are shuffled and whatever they hold', () => {
    const text = fc.string({ maxLength: 6 });
    const row = fc.record({ key: fc.constantFrom('1-1', '1-2', '2-1', ''), draft: text, note: text, state: text, extra: text });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const tab: Cell[][] = [
          ['項次', '草稿', '公告文字', '狀態', '備註'],
          ...rows.map((r) => [r.key, r.draft, r.note, r.state, r.extra]),
        ];
        const result = tabAfter(tab);
        const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell));
        tab.forEach((cells, r) => {
          for (const column of [0, 2, 4]) expect(text(result[r]?.[column])).toBe(text(cells[column]));
        });
        for (const key of ['1-1', '1-2']) {
          const found = result.find((cells, r) => r > 0 && cells[0] === key);
          expect(found?.[1]).toBe(key === '1-1' ? '草稿一' : '草稿二');
        }
      }),
    );
  });
});
