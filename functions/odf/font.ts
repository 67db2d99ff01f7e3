// The font and language of everything we write in ODF. Noto Sans CJK TC is what LibreOffice
// renders zh-TW with (and what the PDFs embed); without the zh-TW language LibreOffice picks its
// default Asian locale (zh-CN) and renders Simplified glyph forms.

const FONT_NAME = 'Noto Sans CJK TC';

/** The font declarations a part's styles refer to. */
export const FONT_FACE_DECLS = `<office:font-face-decls><style:font-face style:name="${FONT_NAME}" svg:font-family="&apos;${FONT_NAME}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>`;

/** Attributes giving the font and the zh-TW language to Western, Asian and complex scripts alike. */
export const ZH_TW_TEXT = `style:font-name="${FONT_NAME}" fo:language="zh" fo:country="TW" style:font-name-asian="${FONT_NAME}" style:language-asian="zh" style:country-asian="TW" style:font-name-complex="${FONT_NAME}" style:language-complex="zh" style:country-complex="TW"`;
