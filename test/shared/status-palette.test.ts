import { describe, expect, expectTypeOf, it } from 'vitest';
import { NO_REPORT_WORDS, STATUSES, type StatusWord } from '../../shared/status.ts';
import { STATUS_LOOKS, STATUS_PALETTE } from '../../shared/status-palette.ts';

describe('STATUS_PALETTE', () => {
  it('names exactly the statuses, 未填報 and 待填報: a word added to status.ts without a colour does not compile', () => {
    expectTypeOf<keyof typeof STATUS_PALETTE>().toEqualTypeOf<StatusWord>();
    expect(Object.keys(STATUS_PALETTE).sort()).toEqual([...STATUSES, ...NO_REPORT_WORDS].sort());
  });

  it('colours every status and 未填報, and leaves 待填報 plain as the blank cells beside it', () => {
    expect(STATUS_LOOKS.map(({ word }) => word).sort()).toEqual([...STATUSES, '未填報'].sort());
    expect(STATUS_PALETTE.待填報).toBeNull();
  });

  it('gives every colour as six hexadecimal digits', () => {
    for (const { look } of STATUS_LOOKS)
      expect([look.fill, look.text]).toEqual([expect.stringMatching(/^[0-9A-F]{6}$/u), expect.stringMatching(/^[0-9A-F]{6}$/u)]);
  });
});
