// A user's tab replaced while someone appends to it or saves it: every row they added is still in
// the file afterwards, and each 檢核結果 is beside its own row — in a server's rebuild, which
// remembers the bytes it read by their SHA-256, and in a one-shot run (the command line), which
// keeps them and copies the rows from them. The moments are reached through the write's hooks
// (ReplaceHooks) and a virtual clock, not by timing.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { appendFile, type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openCsvFolder } from '../../../functions/workbooks/csv/csv-folder-workbook.ts';
import { FileKeptChanging, MAX_ROUNDS, type ReplaceHooks } from '../../../functions/workbooks/guarded-replace.ts';
import type { VerdictColumn } from '../../../shared/workbook.ts';
import { instantClock, type VirtualClock, virtualClock } from '../virtual-clock.ts';

const TAB = '表單回應 1';
const HEADER = '填報單位,執行成效\r\n';
const ROW_A = '民政課,第一列\r\n';
const ROW_B = '社會課,第二列\r\n';
const ADDED = '兵役課,寫入期間新增的一列\r\n';
const ADDED_LATER = '兵役課,又新增的一列\r\n';

// The run checked rows A and B; the verdicts go with the rows they were computed for.
const check: VerdictColumn = {
  tab: TAB,
  column: 2,
  values: ['檢核結果', '通過', '有誤'],
  readRows: [
    ['填報單位', '執行成效'],
    ['民政課', '第一列'],
    ['社會課', '第二列'],
  ],
};

// How the run remembers what it read: a server's rebuild, or the command line's one-shot run.
const RUNS = [
  { run: 'a rebuild', oneShot: false },
  { run: 'a one-shot run', oneShot: true },
];

async function tabAfterWrite(initial: string | Buffer, hooks: (path: string) => ReplaceHooks, oneShot: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'guankao-guarded-'));
  const path = join(dir, `${TAB}.csv`);
  writeFileSync(path, initial);
  const workbook = openCsvFolder(dir, { hooks: hooks(path), clock: instantClock(), oneShot });
  await workbook.read();
  await workbook.write({ outputs: [], verdicts: [check] });
  // Nothing left aside.
  expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  return readFileSync(path, 'utf8');
}

// A process that opens the tab just before the rename (appending `before` then) and appends `after` once the rename is done.
const openedBeforeRename =
  (before: string, after: string) =>
  (path: string): ReplaceHooks => {
    let late: FileHandle | null = null;
    return {
      compared: once(async () => {
        late = await open(path, 'a');
        if (before) await late.appendFile(before);
      }),
      renamed: once(async () => {
        await late?.appendFile(after);
        await late?.close();
      }),
    };
  };

function once(act: () => Promise<void>): () => Promise<void> {
  let done = false;
  return async () => {
    if (done) return;
    done = true;
    await act();
  };
}

describe.each(RUNS)('replacing a user tab while others write to it, in $run', ({ oneShot }) => {
  it('keeps a row appended after the new file was written, before it replaced the old one', async () => {
    const text = await tabAfterWrite(HEADER + ROW_A + ROW_B, (path) => ({ asideWritten: once(() => appendFile(path, ADDED)) }), oneShot);
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`);
  });

  it('keeps a row appended between the check of the file and the rename', async () => {
    const text = await tabAfterWrite(HEADER + ROW_A + ROW_B, (path) => ({ compared: once(() => appendFile(path, ADDED)) }), oneShot);
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`);
  });

  it('keeps a row written after the rename by a process that had opened the file before it', async () => {
    const text = await tabAfterWrite(HEADER + ROW_A + ROW_B, openedBeforeRename('', ADDED), oneShot);
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`);
  });

  it('keeps watching a replaced tab while the write goes on to the next one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-guarded-'));
    writeFileSync(join(dir, `${TAB}.csv`), HEADER + ROW_A + ROW_B);
    writeFileSync(join(dir, '填報-民政課.csv'), HEADER + ROW_A);
    let late: FileHandle | null = null;
    const workbook = openCsvFolder(dir, {
      clock: instantClock(),
      oneShot,
      hooks: {
        // Opened just before 表單回應 1 is replaced; written once the next tab is being written.
        compared: async (path) => {
          if (path.endsWith(`${TAB}.csv`)) late = await open(path, 'a');
        },
        asideWritten: async (path) => {
          if (!path.endsWith('填報-民政課.csv') || !late) return;
          await late.appendFile(ADDED);
          await late.close();
        },
      },
    });
    await workbook.read();
    await workbook.write({
      outputs: [],
      verdicts: [
        check,
        {
          tab: '填報-民政課',
          column: 2,
          values: ['檢核結果', '通過'],
          readRows: [
            ['填報單位', '執行成效'],
            ['民政課', '第一列'],
          ],
        },
      ],
    });
    expect(readFileSync(join(dir, `${TAB}.csv`), 'utf8')).toBe(
      `\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`,
    );
    expect(readFileSync(join(dir, '填報-民政課.csv'), 'utf8')).toBe('\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n');
  });

  it('reads the tab again when it was saved meanwhile, and puts each 檢核結果 beside its own row', async () => {
    // Another program saves the tab with a row inserted at the top (a new file renamed over it).
    const text = await tabAfterWrite(
      HEADER + ROW_A + ROW_B,
      (path) => ({
        asideWritten: once(async () => {
          writeFileSync(`${path}.saving`, HEADER + ADDED + ROW_A + ROW_B);
          renameSync(`${path}.saving`, path);
        }),
      }),
      oneShot,
    );
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n${ADDED}民政課,第一列,通過\r\n社會課,第二列,有誤\r\n`);
  });

  it('reads the tab again when a cell was edited in place, size unchanged', async () => {
    const text = await tabAfterWrite(
      HEADER + ROW_A + ROW_B,
      (path) => ({
        asideWritten: once(async () => writeFileSync(path, HEADER + ROW_A + ROW_B.replace('第二列', '第貳列'))),
      }),
      oneShot,
    );
    // The edited row is not the row the verdict was computed for: its cell is left for the next run.
    expect(text).toBe('\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第貳列\r\n');
  });

  it('carries rows appended to a Big5 tab over as text, into the UTF-8 file it writes', async () => {
    const big5 = (text: string) => iconv.encode(text, 'cp950');
    const text = await tabAfterWrite(
      big5(HEADER + ROW_A + ROW_B),
      (path) => ({
        compared: once(async () => appendFileSync(path, big5(ADDED))),
      }),
      oneShot,
    );
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`);
  });

  it('carries a row whose cell holds a line break, appended in two pieces on either side of the rename', async () => {
    const text = await tabAfterWrite(HEADER + ROW_A + ROW_B, openedBeforeRename('兵役課,"第一行\n', '第二行"\r\n'), oneShot);
    expect(text).toBe('\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n兵役課,"第一行\n第二行"\r\n');
  });

  it('keeps an unfinished last record as it was, rather than drop it', async () => {
    const text = await tabAfterWrite(
      HEADER + ROW_A + ROW_B,
      (path) => ({
        compared: once(async () => appendFileSync(path, '兵役課,"第一行\n')),
      }),
      oneShot,
    );
    expect(text).toBe('\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n兵役課,"第一行\n');
  });

  it('reads the tab again when rows are appended to a last line without a line end, which they continue', async () => {
    const text = await tabAfterWrite(
      HEADER + ROW_A + ROW_B.trimEnd(),
      (path) => ({
        asideWritten: once(() => appendFile(path, `\r\n${ADDED}`)),
      }),
      oneShot,
    );
    expect(text).toBe(`\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}`);
  });

  it('gives up without writing, and without losing a row, when the tab changes under every round', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-guarded-'));
    const path = join(dir, `${TAB}.csv`);
    writeFileSync(path, HEADER + ROW_A + ROW_B);
    let rounds = 0;
    const edits: string[] = [];
    const workbook = openCsvFolder(dir, {
      clock: instantClock(),
      oneShot,
      hooks: {
        asideWritten: async () => {
          rounds++;
          // An edit in place each time (not an append): the file must be read again.
          const line = `兵役課,第 ${rounds} 次修改\r\n`;
          edits.push(line);
          writeFileSync(path, HEADER + edits.join('') + ROW_A + ROW_B);
        },
      },
    });
    await workbook.read();
    await expect(workbook.write({ outputs: [], verdicts: [check] })).rejects.toBeInstanceOf(FileKeptChanging);
    expect(rounds).toBe(MAX_ROUNDS);
    expect(readFileSync(path, 'utf8')).toBe(HEADER + edits.join('') + ROW_A + ROW_B);
    expect(readdirSync(dir)).toEqual([`${TAB}.csv`]);
  });
});

// Moves the clock on in the watcher's own steps, each once it sleeps again, so that it sees every
// append at the moment the test made it.
async function passTime(clock: VirtualClock, ms: number, over: () => boolean): Promise<void> {
  const end = clock.now() + ms;
  while (clock.now() < end && !over()) {
    while (clock.pending() === 0 && !over()) await new Promise((resolve) => setImmediate(resolve));
    if (!over()) await clock.advance(Math.min(5, end - clock.now()));
  }
}

describe.each(RUNS)('watching a replaced tab for rows appended late, in $run', ({ oneShot }) => {
  it('carries rows over while the old file has not been quiet for 100 ms, then stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guankao-guarded-'));
    const path = join(dir, `${TAB}.csv`);
    writeFileSync(path, HEADER + ROW_A + ROW_B);
    const clock = virtualClock();
    const writer: { file?: FileHandle } = {};
    // A unit's sync client opens the tab just before the rename and keeps appending to what it opened.
    const workbook = openCsvFolder(dir, {
      clock,
      oneShot,
      hooks: { compared: once(async () => void (writer.file = await open(path, 'a'))) },
    });
    await workbook.read();
    let over = false;
    const writing = workbook.write({ outputs: [], verdicts: [check] }).finally(() => void (over = true));

    await passTime(clock, 90, () => over);
    await writer.file?.appendFile(ADDED);
    await passTime(clock, 90, () => over);
    // 180 ms after the rename, but not yet 100 ms after the last row: still watched.
    expect(over).toBe(false);
    await writer.file?.appendFile(ADDED_LATER);
    await passTime(clock, 200, () => over);
    await writing;
    await writer.file?.close();

    expect(readFileSync(path, 'utf8')).toBe(
      `\uFEFF填報單位,執行成效,檢核結果\r\n民政課,第一列,通過\r\n社會課,第二列,有誤\r\n${ADDED}${ADDED_LATER}`,
    );
    // Done 100 ms (and one 5 ms look) after it saw the last row, not at the end of the 200.
    expect(clock.now()).toBeLessThanOrEqual(180 + 5 + 100 + 5);
  });
});
