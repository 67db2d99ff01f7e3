import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedMemo, memoPerObject } from '../../shared/bounded-memo.ts';

describe('boundedMemo', () => {
  it('answers a key with what was remembered for it', () => {
    const memo = boundedMemo<string, number>(10);
    expect(memo.get('甲')).toBeUndefined();
    expect(memo.remember('甲', 1)).toBe(1);
    expect(memo.get('甲')).toBe(1);
  });

  it('never holds more than its bound: full, it starts again empty', () => {
    const memo = boundedMemo<number, number>(3);
    for (const key of [1, 2, 3]) memo.remember(key, key * 10);
    memo.remember(4, 40);
    expect([1, 2, 3, 4].map((key) => memo.get(key))).toEqual([undefined, undefined, undefined, 40]);
  });
});

describe('memoPerObject', () => {
  it('computes once per object and keeps objects apart', () => {
    const computed: string[] = [];
    const nameOf = memoPerObject((owner: { readonly name: string }) => {
      computed.push(owner.name);
      return owner.name.toUpperCase();
    });
    const a = { name: 'a' };
    const b = { name: 'b' };
    expect([nameOf(a), nameOf(b), nameOf(a)]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
  });
});

describe('module state in shared/', () => {
  const shared = new URL('../../shared/', import.meta.url).pathname;
  const modules = readdirSync(shared, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

  it('is only memos made by bounded-memo.ts: no top-level let, and no Map or Set that is not read-only', () => {
    const state = modules
      .filter((file) => file !== 'bounded-memo.ts')
      .flatMap((file) =>
        readFileSync(join(shared, file), 'utf8')
          .split('\n')
          .filter((line) => /^(?:export )?(?:let|var) |^(?:export )?const \w+ = new (?:Weak)?(?:Map|Set)\b/u.test(line))
          .map((line) => `${file}: ${line}`),
      );
    expect(state).toEqual([]);
  });
});
