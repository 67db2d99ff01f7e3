import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchZodSchemas, ZOD_URL_CONSTRUCTIONS } from '../../apps-script/build.ts';

// The build edits zod's source by its text (apps-script/build.ts): a zod release whose text no
// longer matches must stop the build, not ship a bundle that fails in Apps Script.
const zodSchemas = readFileSync(new URL('../../node_modules/zod/v4/core/schemas.js', import.meta.url), 'utf8');

describe('the Apps Script build’s patch of zod', () => {
  it('fits the installed zod: no URL construction is left', () => {
    const patched = patchZodSchemas(zodSchemas);
    expect(patched).not.toContain('new URL(');
    expect(patched.split('gasNoUrl(').length - 1).toBe(ZOD_URL_CONSTRUCTIONS);
  });

  it.each([
    ['one more', `${zodSchemas}\nnew URL(input);`],
    ['one fewer', zodSchemas.replace('new URL(', 'new globalThis.URL(')],
  ])('stops the build when zod writes `new URL(` %s time', (_, source) => {
    expect(() => patchZodSchemas(source)).toThrow(/core\/schemas\.js writes `new URL\(`/u);
  });
});
