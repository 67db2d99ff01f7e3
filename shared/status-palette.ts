import type { Rgb } from './row-looks.ts';
import type { StatusWord } from './status.ts';

// How a 辦理狀態 cell is coloured wherever a backend can style it (.xlsx, .ods, Google Sheets): the
// traffic-light colours coordinators already use in their own tracking sheets, light enough that
// the text stays readable when printed in grey. Typed by the words a status cell holds (status.ts),
// so a word added there without a colour here (or null, for none) does not compile.

/** Fill and text colour of one status. */
export interface StatusLook {
  readonly fill: Rgb;
  readonly text: Rgb;
}

/** The colours of every word a status cell can show; null leaves the word plain. */
export const STATUS_PALETTE: Readonly<Record<StatusWord, StatusLook | null>> = {
  落後: { fill: 'F4C7C3', text: '9C0006' },
  已完成: { fill: 'C6EFCE', text: '006100' },
  辦理中: { fill: 'FFEB9C', text: '7F6000' },
  持續辦理: { fill: 'DDEBF7', text: '1F4E78' },
  未填報: { fill: 'E7E6E6', text: '595959' },
  未開始: { fill: 'F2F2F2', text: '595959' },
  取消: { fill: 'F2F2F2', text: '808080' },
  // Not due yet, like a blank cell beside it: nothing to draw the eye to.
  待填報: null,
};

/** The coloured words and their looks, in STATUS_PALETTE's order. */
export const STATUS_LOOKS: readonly { readonly word: string; readonly look: StatusLook }[] = Object.entries(STATUS_PALETTE).flatMap(
  ([word, look]) => (look ? [{ word, look }] : []),
);
