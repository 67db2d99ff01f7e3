import { describe, expect, it } from 'vitest';
import { metaPartXml } from '../../../functions/odf/meta.ts';

describe('metaPartXml', () => {
  it('names the generator, title and language, and no date, so the same input gives the same file', () => {
    const meta = metaPartXml({ title: '年度執行成效一覽表', language: 'zh-TW' });
    expect(meta).toContain(
      '<meta:generator>guankao</meta:generator><dc:title>年度執行成效一覽表</dc:title><dc:language>zh-TW</dc:language>',
    );
    expect(meta).not.toMatch(/creation-date|dc:date/u);
  });
});
