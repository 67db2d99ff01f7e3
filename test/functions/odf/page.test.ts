import { describe, expect, it } from 'vitest';
import { MASTER_PAGE, pageStyles, printableWidthCm } from '../../../functions/odf/page.ts';
import * as msg from '../../../shared/messages/functions/index.ts';

const MARGINS = { top: 1.2, bottom: 1, left: 1.2, right: 1.5 };

describe('pageStyles', () => {
  it('lays out A4 in the orientation asked, and gives the width inside the margins', () => {
    expect(pageStyles({ orientation: 'landscape', margins: MARGINS }, MASTER_PAGE.spreadsheet).automaticStyles).toContain(
      'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"',
    );
    expect(pageStyles({ orientation: 'portrait', margins: MARGINS }, MASTER_PAGE.spreadsheet).automaticStyles).toContain(
      'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"',
    );
    expect(printableWidthCm({ orientation: 'landscape', margins: MARGINS })).toBeCloseTo(27, 5);
  });

  it('numbers the pages in the footer as the messages module words it, and prints a title at the top only when given one', () => {
    const plain = pageStyles({ orientation: 'portrait', margins: MARGINS }, MASTER_PAGE.text);
    const pageNumber = msg.printPageNumber(
      '<text:page-number text:select-page="current">1</text:page-number>',
      '<text:page-count>1</text:page-count>',
    );
    expect(plain.masterStyles).toMatch(
      new RegExp(
        `^<style:master-page style:name="Standard"[^>]*><style:header style:display="false"/><style:footer><text:p[^>]*>${pageNumber}</text:p></style:footer></style:master-page>$`,
        'u',
      ),
    );
    const titled = pageStyles({ orientation: 'portrait', margins: MARGINS, title: '萬華區公所 <115>' }, MASTER_PAGE.spreadsheet);
    expect(titled.masterStyles).toContain(
      '<style:header><text:p text:style-name="PageTitle">萬華區公所 &lt;115&gt;</text:p></style:header>',
    );
    expect(titled.styles).toContain('style:name="PageTitle"');
  });
});
