import { describe, expect, expectTypeOf, it } from 'vitest';
import { STATUS_PALETTE } from '../../shared/status-palette.ts';
import { STATUSES, type Status } from '../../shared/validation.ts';

describe('STATUS_PALETTE', () => {
  it('colours exactly the statuses and 未填報: a status added without a colour does not compile', () => {
    expectTypeOf<keyof typeof STATUS_PALETTE>().toEqualTypeOf<Status | '未填報'>();
    expect(Object.keys(STATUS_PALETTE).sort()).toEqual([...STATUSES, '未填報'].sort());
  });

  it('gives every colour as six hexadecimal digits', () => {
    for (const look of Object.values(STATUS_PALETTE)) expect([look.fill, look.text]).toEqual([expect.stringMatching(/^[0-9A-F]{6}$/u), expect.stringMatching(/^[0-9A-F]{6}$/u)]);
  });
});
