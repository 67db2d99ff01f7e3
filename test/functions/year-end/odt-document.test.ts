import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { odtDocumentBytes, odtDocumentXml } from '../../../functions/year-end/odt-document.ts';
import { unitSummaryDocument } from '../../../shared/unit-summary.ts';
import { yearEndDocument } from '../../../shared/year-end-table.ts';
import { yearInput } from '../../shared/year-end-fixture.ts';

// The elements of a flat ODF file, in order, with their attributes (a parse error throws).
function elements(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const found: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => found.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' }));
  parser.on('text', (text) => {
    const last = found.at(-1);
    if (last) last.text += text;
  });
  parser.write(xml).close();
  return found;
}

describe('odtDocumentXml', () => {
  const xml = odtDocumentXml(yearEndDocument(yearInput()));
  const all = elements(xml);

  it('writes a well-formed text document in zh-TW, on A4 landscape pages numbered in the footer', () => {
    expect(all[0]?.attributes['office:mimetype']).toBe('application/vnd.oasis.opendocument.text');
    expect(all.find((e) => e.name === 'dc:language')?.text).toBe('zh-TW');
    const defaults = all.findIndex((e) => e.name === 'style:default-style' && e.attributes['style:family'] === 'paragraph');
    const text = all[defaults + 2]?.attributes;
    expect(text).toMatchObject({
      'fo:language': 'zh',
      'fo:country': 'TW',
      'style:language-asian': 'zh',
      'style:country-asian': 'TW',
      'style:font-name-asian': 'Noto Sans CJK TC',
    });
    expect(all.find((e) => e.name === 'style:page-layout-properties')?.attributes).toMatchObject({
      'fo:page-width': '29.7cm',
      'fo:page-height': '21cm',
      'style:print-orientation': 'landscape',
    });
    expect(xml).toMatch(
      /<style:footer><text:p[^>]*>第 <text:page-number[^>]*>1<\/text:page-number> 頁，共 <text:page-count>1<\/text:page-count> 頁<\/text:p>/u,
    );
  });

  it('makes the title a level-1 heading and the header row the table’s repeated heading row', () => {
    expect(all.find((e) => e.name === 'text:h')).toMatchObject({
      attributes: { 'text:outline-level': '1' },
      text: '臺北市測試區公所115年度執行成效一覽表',
    });
    expect(xml).toMatch(
      /<table:table-header-rows><table:table-row[^>]*>(<table:table-cell[^>]*><text:p[^>]*>[^<]+<\/text:p><\/table:table-cell>){4}<\/table:table-row><\/table:table-header-rows>/u,
    );
    const headerTexts = [...xml.matchAll(/<table:table-header-rows>(.*?)<\/table:table-header-rows>/gu)].map((m) =>
      m[1]
        ?.replace(/<[^>]+>/gu, '|')
        .split('|')
        .filter(Boolean),
    );
    expect(headerTexts).toEqual([['項次', '實施要項', '具體作法', '執行成效']]);
  });

  it('writes each 實施要項 once, merged down beside its practices, and a 執行策略 across 具體作法 and 執行成效, with widths in proportion to the document’s', () => {
    const measure =
      /<table:table-cell table:style-name="C-group"[^>]*table:number-rows-spanned="3"[^>]*><text:p[^>]*>一、完備基礎服務項目<\/text:p><\/table:table-cell>/u;
    expect(measure.test(xml)).toBe(true);
    const strategy =
      /<table:table-cell table:style-name="C-subgroup"[^>]*table:number-columns-spanned="2"[^>]*><text:p[^>]*>\(一\)建立標準作業流程<\/text:p><\/table:table-cell><table:covered-table-cell\/><\/table:table-row>/u;
    expect(strategy.test(xml)).toBe(true);
    const widths = all
      .filter((e) => e.name === 'style:table-column-properties')
      .map((e) => Number.parseFloat(e.attributes['style:column-width'] ?? ''));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(27.3, 1);
    expect((widths[3] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(440 / 60, 1);
  });

  it('ends with a paragraph too small to need a page of its own', () => {
    expect(xml).toMatch(/<text:p text:style-name="End"\/><\/office:text>/u);
  });

  it('gives a unit summary one table per section, each a level-2 heading, with dates as the documents print them', () => {
    const unit = odtDocumentXml(unitSummaryDocument(yearInput(), '民政課'));
    const parts = elements(unit);
    expect(parts.filter((e) => e.name === 'text:h').map((e) => e.attributes['text:outline-level'])).toEqual(['1', '2', '2', '2']);
    expect(parts.filter((e) => e.name === 'table:table')).toHaveLength(4);
    expect(parts.filter((e) => e.name === 'table:table-header-rows')).toHaveLength(4);
    expect(unit).toContain('115年4月</text:p><text:p text:style-name="P-body">115/05/02 09:00');
    expect(unit).toContain('民國115年4月28日');
  });
});

describe('odtDocumentBytes', () => {
  it('packages the same document as an .odt: mimetype first and stored, content, styles with the page, meta', () => {
    const bytes = odtDocumentBytes(yearEndDocument(yearInput()));
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    const files = unzipSync(bytes);
    expect(strFromU8(files.mimetype ?? new Uint8Array())).toBe('application/vnd.oasis.opendocument.text');
    expect(Object.keys(files).sort()).toEqual(['META-INF/manifest.xml', 'content.xml', 'meta.xml', 'mimetype', 'styles.xml']);
    const content = strFromU8(files['content.xml'] ?? new Uint8Array());
    for (const part of ['content.xml', 'styles.xml', 'meta.xml']) elements(strFromU8(files[part] ?? new Uint8Array()));
    expect(content).toContain('<table:table-header-rows>');
    expect(content).toContain('一、完備基礎服務項目');
    expect(strFromU8(files['styles.xml'] ?? new Uint8Array())).toContain('style:print-orientation="landscape"');
    expect(strFromU8(files['meta.xml'] ?? new Uint8Array())).toContain('<dc:language>zh-TW</dc:language>');
  });
});
