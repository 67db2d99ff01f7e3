// What a Word paragraph style means for a plan: a heading level (built-in 「heading N」 or an outline
// level), automatic numbering attached to the style (how 一、(一) headings are usually numbered),
// and whether it is a table-of-contents entry, whose lines only repeat the headings. Styles inherit
// through w:basedOn.
import { childNamed, parseXmlTree, type XmlElement } from './xml-tree.ts';

/** Numbering a style (or paragraph) asks for: the w:num instance, and the level when given. */
export interface WordNumberingReference {
  readonly numId: string;
  readonly level?: number;
}

/** The paragraph styles of a .docx, resolved through their w:basedOn chain. */
export interface WordStyles {
  /** Outline level (1 = top) of a style, when it is a heading. */
  headingLevel(styleId: string | undefined): number | undefined;
  /** The numbering a paragraph style carries, when it has one. */
  numbering(styleId: string | undefined): WordNumberingReference | undefined;
  /** True for Word's table-of-contents styles (「toc 1」…). */
  isTableOfContents(styleId: string | undefined): boolean;
}

interface StyleRecord {
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly numbering: { readonly numId?: string; readonly level?: number } | undefined;
}

const HEADING_NAME = /^(?:heading|標題)\s*([1-9])$/iu;
const TOC_NAME = /^(?:toc|目錄)\s*[1-9]$/iu;
// Word's outline level 9 is 「本文」(body text), not a heading.
const BODY_TEXT_LEVEL = 9;

/** The styles of word/styles.xml (none when the part is missing). */
export function readWordStyles(xml: string | undefined): WordStyles {
  const styles = new Map<string, StyleRecord>();
  if (xml !== undefined) {
    for (const style of parseXmlTree(xml).children) {
      const id = style.attributes['w:styleId'];
      if (style.name !== 'w:style' || id === undefined) continue;
      const pPr = childNamed(style, 'w:pPr');
      styles.set(id, {
        name: childNamed(style, 'w:name')?.attributes['w:val'] ?? '',
        basedOn: childNamed(style, 'w:basedOn')?.attributes['w:val'],
        outlineLevel: integerAttribute(childNamed(pPr, 'w:outlineLvl')),
        numbering: numberingOf(pPr),
      });
    }
  }
  // The chain from a style up through w:basedOn (a loop in a damaged file is cut).
  const chain = (styleId: string | undefined): StyleRecord[] => {
    const found: StyleRecord[] = [];
    let id = styleId;
    while (id !== undefined && found.length < 20) {
      const style = styles.get(id);
      if (!style) break;
      found.push(style);
      id = style.basedOn;
    }
    return found;
  };
  return {
    headingLevel(styleId) {
      for (const style of chain(styleId)) {
        const named = HEADING_NAME.exec(style.name.trim())?.[1];
        if (named) return Number(named);
        if (style.outlineLevel !== undefined) return style.outlineLevel >= BODY_TEXT_LEVEL ? undefined : style.outlineLevel + 1;
      }
      return undefined;
    },
    numbering(styleId) {
      let level: number | undefined;
      for (const style of chain(styleId)) {
        level ??= style.numbering?.level;
        const numId = style.numbering?.numId;
        if (numId !== undefined) return { numId, ...(level === undefined ? {} : { level }) };
      }
      return undefined;
    },
    isTableOfContents(styleId) {
      return chain(styleId).some((style) => TOC_NAME.test(style.name.trim()));
    },
  };
}

/** The w:numPr of a w:pPr: its w:numId and w:ilvl, either of which may be absent. */
function numberingOf(pPr: XmlElement | undefined): { numId?: string; level?: number } | undefined {
  const numPr = childNamed(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = childNamed(numPr, 'w:numId')?.attributes['w:val'];
  const level = integerAttribute(childNamed(numPr, 'w:ilvl'));
  return { ...(numId === undefined ? {} : { numId }), ...(level === undefined ? {} : { level }) };
}

/** The w:val of an element as an integer, when it is one. */
export function integerAttribute(element: XmlElement | undefined): number | undefined {
  const value = element?.attributes['w:val'];
  if (value === undefined || !/^-?\d+$/u.test(value.trim())) return undefined;
  return Number(value);
}
