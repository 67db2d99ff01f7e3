// The items of one practice column (or one list section) as an outline: labels of a kind not yet
// open go one level deeper, a kind already open closes what is below it. The leaves are the
// practices; the items above them are headings (執行重點 such as 「1. 訂定標準作業流程(SOP)」 above its
// (1) (2)). A heading without a label or ending mid-sentence (「參與式服務」, 「3. 逾期主動告知服務」) may
// have a body: the unlabelled text below it is its practice.
import { type OutlineLabel, outlineLabel, splitInlineItems } from './outline-label.ts';
import { endsFinished } from './wrapped-text.ts';

/** One item of the outline. */
export interface OutlineItem {
  readonly label: OutlineLabel | null;
  text: string;
  /** The source row (or paragraph) the item starts in. */
  readonly origin: number;
  /** The unlabelled text below a heading: the heading's practice. */
  readonly body: boolean;
  readonly children: OutlineItem[];
  readonly parent: OutlineItem | null;
}

/** A practice found in the outline: the item and the headings above it, top first. */
export interface OutlineLeaf {
  readonly item: OutlineItem;
  readonly headings: readonly OutlineItem[];
  /** The practice's own part of an id: its label's number, its position, or null for a heading's body. */
  readonly number: number | null;
}

// A heading reads as a title: short, and not a finished sentence (or one ending in a colon).
const TITLE_LENGTH = 40;

function isTitle(item: OutlineItem): boolean {
  const text = (item.label?.rest ?? item.text).trim();
  return text.length <= TITLE_LENGTH && (!endsFinished(text) || /[:：]$/u.test(text));
}

/** Builds an outline from paragraphs given in order, each with where it comes from. */
export class OutlineTree {
  readonly roots: OutlineItem[] = [];
  #open: OutlineItem[] = [];

  /** Adds a paragraph (numbered lists written on one line are cut into their items). */
  add(paragraph: string, origin: number): void {
    for (const piece of splitInlineItems(paragraph)) this.#addPiece(piece, origin);
  }

  #addPiece(text: string, origin: number): void {
    const label = outlineLabel(text);
    const top = this.#open.at(-1);
    if (label) {
      const sameKind = lastWhere(this.#open, (item) => item.label?.kind === label.kind);
      if (sameKind >= 0) this.#open.length = sameKind;
      else this.#open.length = lastWhere(this.#open, (item) => item.label !== null || isTitle(item)) + 1;
      this.#push({ label, text, origin, body: false, children: [], parent: this.#open.at(-1) ?? null });
      return;
    }
    // A body sits in the heading's own cell, or below a numbered heading (a row of its own above it).
    if (top && top.children.length === 0 && isTitle(top) && !top.body && (top.origin === origin || top.label !== null)) {
      this.#push({ label: null, text, origin, body: true, children: [], parent: top });
      return;
    }
    if (top && top.children.length === 0 && top.origin === origin) {
      top.text = `${top.text}\n${text}`;
      return;
    }
    // A new unlabelled item in a row of its own starts afresh at the top, beside the items there.
    this.#open.length = 0;
    this.#push({ label: null, text, origin, body: false, children: [], parent: null });
  }

  #push(item: OutlineItem): void {
    (item.parent?.children ?? this.roots).push(item);
    this.#open.push(item);
  }

  /** The practices: items without items below them, in order. */
  leaves(): OutlineLeaf[] {
    const leaves: OutlineLeaf[] = [];
    const walk = (items: readonly OutlineItem[], headings: readonly OutlineItem[]) => {
      items.forEach((item, index) => {
        if (item.children.length > 0) {
          walk(item.children, [...headings, item]);
          return;
        }
        const number = item.body ? null : (item.label?.number ?? positionOf(items, index));
        leaves.push({ item, headings, number });
      });
    };
    walk(this.roots, []);
    return leaves;
  }
}

// Array.prototype.findLastIndex is ES2023, which Apps Script's V8 (ES2022) lacks.
function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index] as T)) return index;
  return -1;
}

// An unlabelled item is numbered after the labelled one before it (or from 1).
function positionOf(siblings: readonly OutlineItem[], index: number): number {
  let number = 0;
  for (const sibling of siblings.slice(0, index + 1)) number = sibling.label?.number ?? number + 1;
  return number;
}
