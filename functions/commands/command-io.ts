import type { OpenOptions } from '../workbooks/open-workbook.ts';

/** Where the command line talks, and what it may read from outside: passed in so tests can capture it. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly now: () => number;
  /** How to wait between retries of a busy Google API (tests pass one that returns at once). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit codes: 0 the run completed (data problems are in 檢核錯誤); 1 an unexpected error; 2 the
 * workbook, the plan document or the command cannot be used until someone changes it; 75 Google is busy or down
 * after every retry, so the same command succeeds later (EX_TEMPFAIL of sysexits.h, which
 * schedulers and scripts read as "try again").
 */
export const EXIT = { ok: 0, unexpected: 1, unusable: 2, tryLater: 75 } as const;

/** A one-line progress indicator on stderr, only when a person is watching a terminal. */
export type Progress = ReturnType<typeof progressLine>;

/** What every command runs with: the process's streams and clock, its progress line and how to open workbooks. */
export interface CommandContext {
  readonly io: CliIo;
  readonly progress: Progress;
  readonly options: OpenOptions;
}

/** The progress indicator: shown only when stderr is a terminal, and cleared by `done()`. */
export function progressLine(stderr: CliIo['stderr']) {
  let shown = false;
  const show = (text: string) => {
    if (!stderr.isTTY) return;
    stderr.write(`\r\u001b[2K${text}`);
    shown = true;
  };
  show.done = () => {
    if (shown) stderr.write('\r\u001b[2K');
    shown = false;
  };
  return show;
}
