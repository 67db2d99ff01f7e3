// A table cell's lines as its paragraphs. Text wrapped at the cell's edge is one paragraph: a line
// goes on with the one above when that one was full (the next line's first word would not have fit
// after it), unless it opens with an outline label 「1.」「(一)」, stands apart by a paragraph's
// spacing, or both lines are units (a narrow column fills with one unit's name). A line that ends
// short ends its paragraph, as a unit alone on its line does.
import { outlineLabel } from '../../shared/plan-import/outline-label.ts';
import { joinSpacedOut } from '../../shared/plan-import/spaced-out.ts';
import { isUnitList, isUnitWord } from '../../shared/plan-import/unit-words.ts';
import { joinWrapped } from '../../shared/plan-import/wrapped-text.ts';
import { firstWordWidth, type TextLine } from './pdf-text-lines.ts';

/** Where a cell's text may run: from `left` to `right` (points), inside its borders and padding. */
export interface TextBox {
  readonly left: number;
  readonly right: number;
}

/** A cell's text as paragraphs, and its lines (whether its text goes on across a page is told by them). */
export interface CellText {
  readonly paragraphs: string[];
  readonly lines: readonly TextLine[];
}

// Slack (ems) in telling a wrap: a line broken at a space leaves the space's width unseen at its end.
const FIT = 0.25;

/** The paragraphs of a cell's lines (top first); `paragraphGap` is the baseline distance (points) from which lines stand apart as paragraphs. */
export function cellParagraphs(lines: readonly TextLine[], box: TextBox, paragraphGap: number | null): CellText {
  const paragraphs: string[][] = [];
  let previous: TextLine | undefined;
  for (const line of lines) {
    const goesOn =
      previous !== undefined &&
      wrapsInto(previous, line, box) &&
      !outlineLabel(line.text) &&
      !(isUnitList(previous.text) && isUnitList(line.text)) &&
      (paragraphGap === null || previous.y - line.y < paragraphGap);
    const open = paragraphs.at(-1);
    if (goesOn && open) open.push(line.text);
    else paragraphs.push([line.text]);
    previous = line;
  }
  return { paragraphs: paragraphs.map((wrapped) => joinSpacedOut(joinLines(wrapped))).filter((paragraph) => paragraph !== ''), lines };
}

/** Whether `line` is the text of `previous` wrapped: the first word of `line` would not have fit after it. */
export function wrapsInto(previous: TextLine, line: TextLine, box: TextBox): boolean {
  const word = firstWordWidth(line);
  const slack = FIT * previous.size;
  // Left-aligned text fills to the right side; centred text is as wide as the box allows.
  return previous.end + word > box.right - slack || previous.end - previous.x + word > box.right - box.left - slack;
}

/**
 * The lines of one paragraph joined as wrapped text is (shared/plan-import/wrapped-text.ts), except
 * where a line ends with a unit's name and the text goes on with another: the line was broken at
 * the space between them (「民政課 役政災防課」), which the PDF does not show, and the space is kept.
 */
export function joinLines(lines: readonly string[]): string {
  let text = lines[0]?.trim() ?? '';
  for (let i = 1; i < lines.length; i++) {
    const after = (lines[i] ?? '').trim();
    const lastWord = text.split(/\s+/u).at(-1) ?? '';
    const nextWord = lines.slice(i).join('').trim().split(/\s+/u)[0] ?? '';
    text = isUnitWord(lastWord) && isUnitWord(nextWord) ? `${text} ${after}` : joinWrapped(text, after);
  }
  return text;
}
