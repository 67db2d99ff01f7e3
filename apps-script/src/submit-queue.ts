import * as msg from '../../shared/messages/apps-script.ts';
import { ensureGrid, findSheet, plainText } from './sheet-cells.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// The queue is a hidden tab, 待送, one row per form response (by response id), rather than script
// properties: a body can be far over the 9 KB a property holds (執行成效 alone may be 50,000
// characters), the tab is in the coordinator's own spreadsheet where it can be looked at, and the
// delivered rows are the memory that makes a second firing of the same response a no-op.

/** The hidden tab holding the queue. */
export const QUEUE_TAB = '待送';
const QUEUE_HEADER = ['回應編號', '分頁', '列', '內容雜湊', '狀態', '嘗試次數', '下次嘗試', '最後結果', '更新時間', '內容'] as const;
type QueueColumn = (typeof QUEUE_HEADER)[number];
/** Each column's 0-based position, named by its header. */
const AT = Object.fromEntries(QUEUE_HEADER.map((title, index) => [title, index])) as Record<QueueColumn, number>;
// A Sheets cell holds 50,000 characters; a longer body continues in the cells to its right.
const CHUNK = 45_000;

// setValues stores text as if typed, so a bare hex digest that happens to be all digits (about 1 in
// 80,000) or reads as a number in E notation (`1234e56…`) would come back a number and never match
// again. The prefix makes it text that can never be read as a number; a row written before the prefix
// holds bare hex, which is read as the same hash.
const HASH_PREFIX = 'sha256:';

/** The content hash the queue keeps for a body digest (24 hex digits): text Sheets never reads as a number. */
export function queueHash(digest: string): string {
  return `${HASH_PREFIX}${digest}`;
}

function hashOf(cell: unknown): string {
  if (typeof cell === 'string' && /^[0-9a-f]+$/u.test(cell)) return queueHash(cell);
  return String(cell ?? '');
}

/** Where a response stands: waiting to be sent, delivered, or refused for good. */
export type QueueState = (typeof msg.gasQueueStates)[keyof typeof msg.gasQueueStates];

/** One response in the queue. */
export interface QueueItem {
  readonly responseId: string;
  readonly tab: string;
  readonly row: number;
  /** The body's content hash as queueHash gives it (`sha256:` and 24 hex digits). */
  readonly hash: string;
  readonly state: QueueState;
  readonly attempts: number;
  /** Epoch ms before which nobody sends it (the back-off, or a sender's claim). */
  readonly nextAt: number;
  readonly lastResult: string;
  readonly updatedAt: number;
  readonly body: string;
}

/** An item and the sheet row it sits in. */
export interface QueueEntry {
  readonly item: QueueItem;
  readonly line: number;
  readonly width: number;
}

/** How long a sender owns an item it has taken: longer than one UrlFetch can last (about 60 s). */
export const CLAIM_MS = 10 * 60_000;

/**
 * How long a delivered item stays in 待送. Past its first minutes nothing needs it: its 檢核結果
 * beside the response is what the sweep and the coordinator look at, and a response sent again
 * anyway is checked again and changes nothing (README › The queue). Pruning keeps every run's read
 * of 待送 to about a month of responses rather than the whole year's.
 */
export const KEEP_DELIVERED_MS = 30 * 86_400_000;

/** Wait before the next try after `attempts` failed ones: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** The queue tab, created hidden with its header when missing. */
export function openQueue(spreadsheet: Spreadsheet): Sheet {
  const existing = findSheet(spreadsheet, QUEUE_TAB);
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(QUEUE_TAB);
  sheet.getRange(1, 1, 1, QUEUE_HEADER.length).setValues([[...QUEUE_HEADER]]);
  sheet.hideSheet();
  return sheet;
}

/** Every item of the queue, with its row. */
export function readQueue(sheet: Sheet): QueueEntry[] {
  const values = sheet.getDataRange().getValues();
  return values.slice(1).flatMap((cells, index): QueueEntry[] => {
    const text = (column: QueueColumn) => String(cells[AT[column]] ?? '');
    const count = (column: QueueColumn) => Number(cells[AT[column]]) || 0;
    const responseId = text('回應編號');
    if (!responseId) return [];
    const item: QueueItem = {
      responseId,
      tab: text('分頁'),
      row: count('列'),
      hash: hashOf(cells[AT.內容雜湊]),
      state: toState(text('狀態')),
      attempts: count('嘗試次數'),
      nextAt: count('下次嘗試'),
      lastResult: text('最後結果'),
      updatedAt: count('更新時間'),
      body: cells
        .slice(AT.內容)
        .map((cell) => String(cell ?? ''))
        .join(''),
    };
    return [{ item, line: index + 2, width: cells.length }];
  });
}

/** Writes an item into its row (or a new one at the end), clearing body cells it no longer needs. */
export function writeItem(sheet: Sheet, item: QueueItem, entry?: QueueEntry): void {
  const chunks: string[] = [];
  for (let at = 0; at < item.body.length; at += CHUNK) chunks.push(item.body.slice(at, at + CHUNK));
  const fields: Record<Exclude<QueueColumn, '內容'>, string | number> = {
    回應編號: plainText(item.responseId),
    分頁: plainText(item.tab),
    列: item.row,
    內容雜湊: plainText(item.hash),
    狀態: item.state,
    嘗試次數: item.attempts,
    下次嘗試: item.nextAt,
    最後結果: plainText(item.lastResult),
    更新時間: item.updatedAt,
  };
  const cells: (string | number)[] = [
    ...QUEUE_HEADER.slice(0, AT.內容).map((column) => fields[column as Exclude<QueueColumn, '內容'>]),
    ...(chunks.length > 0 ? chunks.map(plainText) : ['']),
  ];
  while (cells.length < (entry?.width ?? 0)) cells.push('');
  const line = entry?.line ?? Math.max(sheet.getLastRow(), 1) + 1;
  ensureGrid(sheet, line, cells.length);
  sheet.getRange(line, 1, 1, cells.length).setValues([cells]);
}

/**
 * Deletes the delivered items last updated before `before`, bottom up, one call per run of
 * adjacent rows. Call it holding the script lock with entries read under that same hold; rows
 * below move up, so whoever writes next reads the queue again (every writer here does).
 */
export function pruneDelivered(sheet: Sheet, entries: readonly QueueEntry[], before: number): number {
  const lines = entries
    .filter((entry) => entry.item.state === msg.gasQueueStates.delivered && entry.item.updatedAt < before)
    .map((entry) => entry.line)
    .sort((a, b) => b - a);
  for (let index = 0; index < lines.length; ) {
    let first = lines[index] as number;
    let count = 1;
    while (lines[index + count] === first - 1) {
      first--;
      count++;
    }
    sheet.deleteRows(first, count);
    index += count;
  }
  return lines.length;
}

function toState(text: string): QueueState {
  const states = Object.values(msg.gasQueueStates) as QueueState[];
  return states.find((state) => state === text) ?? msg.gasQueueStates.pending;
}
