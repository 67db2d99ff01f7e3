import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlParagraphs } from '../../../shared/plan-import/html-text.ts';

describe('htmlParagraphs', () => {
  it.each([
    ['<p>一、甲</p> <p>二、乙</p>', ['一、甲', '二、乙']],
    ['第一行<br>第二行<br/>第三行', ['第一行', '第二行', '第三行']],
    ['<ol><li>辦理說明會</li><li>追蹤成效</li></ol>', ['1. 辦理說明會', '2. 追蹤成效']],
    ['<ol start="3"><li>三項</li></ol>', ['3. 三項']],
    ['<ol style="list-style-type: none"> <li>1. 結合社區</li> <li>2. 補助團體</li> </ol>', ['1. 結合社區', '2. 補助團體']],
    ['<ul><li>甲</li><li>乙</li></ul>', ['甲', '乙']],
    ['<b>3. 服務人員專業</b> (1)鼓勵同仁。 (2)落實代理。', ['3. 服務人員專業', '(1)鼓勵同仁。 (2)落實代理。']],
    ['(二)搭配複合策略，<b>延伸服務據點</b>，提高可近性', ['(二)搭配複合策略，延伸服務據點，提高可近性']],
    ['<p><b>技術應用</b>，擴大彈性。</p>', ['技術應用，擴大彈性。']],
    ['蒐集常見問題 (Q&amp;A、FAQ)', ['蒐集常見問題 (Q&A、FAQ)']],
    ['各課室 秘書室', ['各課室 秘書室']],
    ['網站 [https://example.gov.tw/a\\_b](https://example.gov.tw/a_b)', ['網站 https://example.gov.tw/a_b']],
    ['  ', []],
  ])('reads %s', (fragment, paragraphs) => {
    expect(htmlParagraphs(fragment)).toEqual(paragraphs);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numbered references and leaves unknown ones', () => {
    expect(decodeEntities('A&amp;B &#12288;&#x4E00; &lt;p&gt; &bogus;')).toBe('A&B \u3000一 <p> &bogus;');
  });
});
