// Text extracted from published plans (PDF or Word converted to Markdown or HTML) keeps fragments
// of HTML inside table cells and lines: <p>, <br>, <ol><li>, <b>, &amp;. They carry structure — a
// cell's paragraphs, a numbered list, a bold lead-in that is an item's heading — which is read here
// into plain paragraphs; every other tag is dropped and entities are decoded.
import { outlineLabel } from './outline-label.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  middot: '·',
};

/** Decodes HTML character references (&amp; &#12288; &#x3000;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Whether a text holds HTML tags we read (rather than a lone < in a sentence). */
function hasHtml(text: string): boolean {
  return /<\/?(?:p|br|ol|ul|li|b|strong|i|em|u|span|div|font|sup|sub|td|th|tr|table)\b[^>]*>/iu.test(text);
}

// Markdown left by a converter: escaped characters (vac\_service) and links [text](url).
function plainMarkdown(text: string): string {
  return text.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)/gu, '$1').replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
}

const NO_MARKER = /list-style-type:\s*none/u;
const BLOCK_BREAK = /<\/?(?:p|div|br|li|ol|ul|tr|h[1-6])\b[^>]*>/giu;

/**
 * A fragment's paragraphs: <p>, <div>, <br> and <li> end one; an <ol> item without a written label
 * gets its number (`1. `); a bold lead-in followed by more text (`<b>3. 服務人員專業</b> (1)鼓勵…`)
 * is a heading of its own; other tags are dropped. Whitespace runs inside a paragraph stay as they
 * are (they may separate units: `各課室 秘書室`).
 * @example htmlParagraphs('<p>一、甲</p> <p>二、乙</p>') // → ['一、甲', '二、乙']
 */
export function htmlParagraphs(fragment: string): string[] {
  const source = plainMarkdown(fragment);
  if (!hasHtml(source)) return nonBlank([decodeEntities(source)]);
  const paragraphs: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let position = 0;
  let pendingNumber: number | null = null;
  const flush = (text: string) => {
    for (const part of splitBoldLeadIn(text)) {
      const plain = decodeEntities(part.replace(/<[^>]*>/gu, '')).trim();
      if (!plain) continue;
      const numbered = pendingNumber !== null && !outlineLabel(plain) ? `${pendingNumber}. ${plain}` : plain;
      pendingNumber = null;
      paragraphs.push(numbered);
    }
  };
  for (const match of source.matchAll(BLOCK_BREAK)) {
    flush(source.slice(position, match.index));
    position = (match.index ?? 0) + match[0].length;
    const tag = match[0].toLowerCase();
    if (/^<(?:ol|ul)\b/u.test(tag)) lists.push({ ordered: tag.startsWith('<ol') && !NO_MARKER.test(tag), next: orderedStart(tag) });
    else if (/^<\/(?:ol|ul)/u.test(tag)) lists.pop();
    else if (/^<li\b/u.test(tag)) {
      const list = lists.at(-1);
      pendingNumber = list?.ordered && !NO_MARKER.test(tag) ? list.next++ : null;
    }
  }
  flush(source.slice(position));
  return paragraphs;
}

function orderedStart(tag: string): number {
  const start = /\bstart\s*=\s*["']?([0-9]+)/u.exec(tag)?.[1];
  return start === undefined ? 1 : Number(start);
}

// <b>X</b> rest → X, rest: a bold lead-in is a heading (as agencies print 執行重點 above its items),
// unless the text after it goes on with the same sentence (`<b>延伸服務據點</b>，提高…`).
function splitBoldLeadIn(text: string): string[] {
  const match = /^\s*<(b|strong)\b[^>]*>([\s\S]*?)<\/\1>([\s\S]*)$/iu.exec(text);
  if (!match) return [text];
  const [, , bold = '', rest = ''] = match;
  const after = decodeEntities(rest.replace(/<[^>]*>/gu, '')).trim();
  if (!after || /^[，,、。；;：:）)」』]/u.test(after)) return [text];
  return [bold, rest];
}

function nonBlank(texts: readonly string[]): string[] {
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}
