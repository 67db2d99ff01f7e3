import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableCellXml } from '../../../functions/odf/cells.ts';
import { paragraphsXml } from '../../../functions/odf/text.ts';
import { readOdsTables } from '../../../functions/workbooks/ods/ods-reader.ts';

// A one-cell spreadsheet holding the XML, read back as LibreOffice's reading rules say.
function readCell(cellXml: string): unknown {
  const content = `<office:document-content><office:body><office:spreadsheet><table:table table:name="t"><table:table-row>${cellXml}</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  return readOdsTables([content])[0]?.rows[0]?.[0] ?? null;
}

describe('paragraphsXml', () => {
  it.each([
    { name: 'a single space between words as a space', text: '甲 乙', xml: '<text:p>甲 乙</text:p>' },
    {
      name: 'leading, trailing and repeated spaces as <text:s>',
      text: ' 甲  乙 ',
      xml: '<text:p><text:s/>甲<text:s text:c="2"/>乙<text:s/></text:p>',
    },
    { name: 'tabs, and a space beside a tab', text: '甲\t 乙', xml: '<text:p>甲<text:tab/><text:s/>乙</text:p>' },
    { name: 'one paragraph a line, an empty line empty', text: '甲\r\n\n乙', xml: '<text:p>甲</text:p><text:p/><text:p>乙</text:p>' },
    { name: 'markup characters escaped', text: '<a & "b">', xml: '<text:p>&lt;a &amp; &quot;b&quot;&gt;</text:p>' },
  ])('writes $name', ({ text, xml }) => {
    expect(paragraphsXml(text)).toBe(xml);
  });

  it('names the paragraph style on every line, empty ones too', () => {
    expect(paragraphsXml('甲\n', 'Info')).toBe('<text:p text:style-name="Info">甲</text:p><text:p text:style-name="Info"/>');
  });

  it('keeps any text of spaces, tabs and lines as it was typed', () => {
    const text = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '甲', 'a', '&', '<'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (typed) => {
        expect(readCell(tableCellXml(typed))).toBe(typed === '' ? null : typed);
      }),
    );
  });
});
