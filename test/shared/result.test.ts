import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/result.ts';

describe('result', () => {
  it('carries a value or a reason', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('壞了')).toEqual({ ok: false, reason: '壞了' });
  });
});
