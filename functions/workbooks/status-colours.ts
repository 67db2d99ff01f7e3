// How a 辦理狀態 cell is coloured where a backend can style it (.xlsx, .ods, Google Sheets): the
// traffic-light colours coordinators already use in their own tracking sheets, light enough that
// black text stays readable when printed in grey.

/** Fill and text colour (RRGGBB) of one status. */
export interface StatusColour {
  readonly fill: string;
  readonly text: string;
}

/** Colours by status text, as the status appears in an output cell. */
export const STATUS_COLOURS: ReadonlyMap<string, StatusColour> = new Map([
  ['落後', { fill: 'F4C7C3', text: '9C0006' }],
  ['已完成', { fill: 'C6EFCE', text: '006100' }],
  ['辦理中', { fill: 'FFEB9C', text: '7F6000' }],
  ['持續辦理', { fill: 'DDEBF7', text: '1F4E78' }],
  ['未填報', { fill: 'E7E6E6', text: '595959' }],
  ['未開始', { fill: 'F2F2F2', text: '595959' }],
  ['取消', { fill: 'F2F2F2', text: '808080' }],
]);

/** The colour of a cell in a status column, or null when the cell is not a known status. */
export function statusColour(value: unknown): StatusColour | null {
  return typeof value === 'string' ? (STATUS_COLOURS.get(value.trim()) ?? null) : null;
}
