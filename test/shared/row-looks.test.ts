import { describe, expect, it } from 'vitest';
import { ROW_KINDS } from '../../shared/published-document.ts';
import { alignmentOf, ROW_LOOKS } from '../../shared/row-looks.ts';

describe('ROW_LOOKS', () => {
  it('gives every fill as six hexadecimal digits', () => {
    for (const kind of ROW_KINDS) expect(ROW_LOOKS[kind].fill ?? '000000').toMatch(/^[0-9A-F]{6}$/u);
  });

  it.each([
    { name: 'a header cell centred, number or not', kind: 'header', numeric: true, align: 'center' },
    { name: 'a body number at the end', kind: 'body', numeric: true, align: 'end' },
    { name: 'body text at the start', kind: 'body', numeric: false, align: 'start' },
  ] as const)('aligns $name', ({ kind, numeric, align }) => {
    expect(alignmentOf(ROW_LOOKS[kind], numeric)).toBe(align);
  });
});
