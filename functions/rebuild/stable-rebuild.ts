import * as msg from '../../shared/messages.ts';
import type { RunCounts, RunResult } from '../../shared/run-consolidation.ts';
import type { OutputTab, Snapshot, Workbook } from '../../shared/workbook.ts';
import { computeConsolidation, writeConsolidation } from './consolidate-job.ts';
import { roundFingerprint, type UnitRead } from './input-fingerprint.ts';
import type { LogEntry, Logger } from '../logger.ts';
import { guardWrites, type WriteRateGuard } from './write-rate-guard.ts';
import { WorkbookError, WriteRefused } from '../workbooks/workbook-error.ts';

// Sheets has no transactions: a rebuild that read the workbook before a submission landed can write
// after a rebuild that saw it (two instances, a deploy's overlapping revisions). So after writing,
// a rebuild reads the input again — the workbook and the units' own spreadsheets it links; if it
// changed since the read the outputs came from, it computes and writes again from what it just read. Whoever writes last has just checked that its outputs
// match the current input: a stale writer never has the last word.

/** What a rebuild needs from outside. */
export interface RebuildDeps {
  readonly workbook: Workbook;
  /** Opens a unit's own spreadsheet (單位 › 填報試算表). */
  readonly open: (location: string) => Workbook;
  readonly now: () => number;
  readonly log: Logger;
  readonly fields: Pick<LogEntry, 'spreadsheetId' | 'workbook'>;
  /** Keeps writes under the quota; null for local workbooks. */
  readonly guard: WriteRateGuard | null;
  /** The most write requests one Workbook.write() may send, retries included. */
  readonly writeCost: number;
  /** Hands each snapshot read to whoever else wants it (ingest's plan cache). */
  readonly onSnapshot?: (snapshot: Snapshot) => void;
  /** Tabs to write beside the four outputs (the year-end tables). */
  readonly extraOutputs?: (result: RunResult) => readonly OutputTab[];
  /** Rounds before giving the input time to settle (the scheduler runs again later). */
  readonly maxRounds?: number;
}

/** How a rebuild ended. */
export type RebuildOutcome =
  | { readonly kind: 'done'; readonly rounds: number; readonly stable: boolean; readonly counts: RunCounts; readonly durationMs: number }
  | { readonly kind: 'unusable'; readonly reason: string; readonly durationMs: number };

export const MAX_ROUNDS = 3;

/**
 * Reads, computes and writes until the input read after writing equals the input the outputs came from.
 * @example await rebuildUntilStable({ workbook, open, now, log, fields, guard, writeCost: 6 })
 */
export async function rebuildUntilStable(deps: RebuildDeps): Promise<RebuildOutcome> {
  const started = deps.now();
  const guarded = (workbook: Workbook) => (deps.guard ? guardWrites(workbook, deps.guard, deps.writeCost) : workbook);
  const maxRounds = deps.maxRounds ?? MAX_ROUNDS;
  // Units' own spreadsheets, each opened once per rebuild (a Sheets write then follows its own read).
  const units = new Map<string, Workbook>();
  const openUnit = (location: string) => {
    let unit = units.get(location);
    if (!unit) units.set(location, (unit = deps.open(location)));
    return unit;
  };
  let snapshot = await deps.workbook.read();
  deps.onSnapshot?.(snapshot);
  // What the units' spreadsheets held when read after the last write: the next round's input.
  let unitsInHand = new Map<string, UnitRead>();
  for (let round = 1; ; round++) {
    // The snapshot in hand is the input: the job reads it from here instead of the API.
    const read = snapshot;
    const source: Workbook = { location: deps.workbook.location, read: async () => read, write: (changes) => deps.workbook.write(changes) };
    const inHand = unitsInHand;
    const unitsRead = new Map<string, UnitRead>();
    const unitSource = (location: string): Workbook => ({
      location,
      read: async () => {
        const known = inHand.get(location) ?? (await readUnit(openUnit(location)));
        unitsRead.set(location, known);
        if (known instanceof Error) throw known;
        return known;
      },
      write: (changes) => openUnit(location).write(changes),
    });
    const computed = await computeConsolidation(guarded(source), { now: deps.now, open: (location) => guarded(unitSource(location)) });
    if (!computed.ok) {
      deps.log({ severity: 'ERROR', event: 'rebuild.unusable', message: msg.logWorkbookUnusable, ...deps.fields, durationMs: deps.now() - started });
      return { kind: 'unusable', reason: computed.reason, durationMs: deps.now() - started };
    }
    const extra = deps.extraOutputs?.(computed.value.result) ?? [];
    const { result } = computed.value;
    const withExtra = extra.length === 0 ? computed.value : { ...computed.value, result: { ...result, changes: { ...result.changes, outputs: [...result.changes.outputs, ...extra] } } };
    try {
      await writeConsolidation(guarded(source), withExtra);
    } catch (error) {
      // A write refused to keep what a user made in the file: a person must act, retrying cannot help.
      if (!(error instanceof WriteRefused)) throw error;
      deps.log({ severity: 'ERROR', event: 'rebuild.write-refused', message: msg.logWorkbookUnusable, ...deps.fields, durationMs: deps.now() - started, error: { name: error.name, message: error.message } });
      return { kind: 'unusable', reason: error.message, durationMs: deps.now() - started };
    }

    // Units' spreadsheets too: a unit sorting its tab or adding a row meanwhile put the verdicts just
    // written beside the wrong rows (Sheets writes them by position), and the next round corrects them.
    const after = await deps.workbook.read();
    deps.onSnapshot?.(after);
    const unitsAfter = new Map<string, UnitRead>();
    for (const location of unitsRead.keys()) unitsAfter.set(location, await readUnit(openUnit(location)));
    const stable = roundFingerprint(after, unitsAfter) === roundFingerprint(read, unitsRead);
    if (stable || round >= maxRounds) {
      const durationMs = deps.now() - started;
      deps.log({ severity: stable ? 'INFO' : 'WARNING', event: stable ? 'rebuild.done' : 'rebuild.unsettled', message: msg.rebuildDone, ...deps.fields, counts: { ...result.counts, rounds: round }, durationMs });
      return { kind: 'done', rounds: round, stable, counts: result.counts, durationMs };
    }
    deps.log({ severity: 'INFO', event: 'rebuild.input-changed', message: msg.logRebuildInputChanged, ...deps.fields, counts: { round } });
    snapshot = after;
    unitsInHand = unitsAfter;
  }
}

// A unit's spreadsheet that cannot be read is a problem of the run (檢核錯誤), not a failure of it.
async function readUnit(unit: Workbook): Promise<UnitRead> {
  try {
    return await unit.read();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
}
