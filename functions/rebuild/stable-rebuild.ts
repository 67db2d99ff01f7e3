import * as msg from '../../shared/messages/functions/index.ts';
import type { RunCounts, RunResult } from '../../shared/run-consolidation.ts';
import type { Changes, Snapshot, Workbook } from '../../shared/workbook.ts';
import type { LogEntry, Logger } from '../logger.ts';
import { WorkbookError, WriteRefused } from '../workbooks/workbook-error.ts';
import { computeConsolidation, writeConsolidation } from './consolidate-job.ts';
import { roundFingerprint, type UnitRead } from './input-fingerprint.ts';
import { guardWrites, type WriteRateGuard } from './write-rate-guard.ts';

// Sheets has no transactions: a rebuild that read the workbook before a submission landed can write
// after a rebuild that saw it (two instances, a deploy's overlapping revisions). So after writing,
// a rebuild checks that the input — the workbook and the units' own spreadsheets it links — is what
// the outputs came from; if it changed, it computes and writes again from what it reads now.
// Whoever writes last has just checked that its outputs match the current input: a stale writer
// never has the last word. The check costs what the backend allows: a CSV folder compares its
// files' versions (Workbook.unchangedSinceRead) and reads again only when one changed; Google
// Sheets is read again and compared by fingerprint (input-fingerprint.ts), hashed before the write
// so the round's read can be let go first: a rebuild never holds two reads of a workbook at once.

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
  /** What to write beside the four outputs (the year-end tabs and 年度成效), from the round's result and the snapshot it read. */
  readonly extraChanges?: (result: RunResult, snapshot: Snapshot) => Pick<Changes, 'outputs' | 'keyedColumns'>;
  /** Rounds before giving the input time to settle (the scheduler runs again later). */
  readonly maxRounds?: number;
}

/** How a rebuild ended. */
export type RebuildOutcome =
  | { readonly kind: 'done'; readonly rounds: number; readonly stable: boolean; readonly counts: RunCounts; readonly durationMs: number }
  | { readonly kind: 'unusable'; readonly reason: string; readonly durationMs: number };

const MAX_ROUNDS = 3;

/** What a round computes from: the workbook as read, and the units' own spreadsheets read with it (by location). */
interface RoundInput {
  readonly snapshot: Snapshot;
  readonly units: ReadonlyMap<string, UnitRead>;
}

const NOTHING_READ: RoundInput = { snapshot: { tabs: [] }, units: new Map() };

/** A round that wrote: its counts, the units it read, and the fingerprint of its input when the backends cannot be asked. */
type Round =
  | { readonly kind: 'written'; readonly counts: RunCounts; readonly unitLocations: readonly string[]; readonly fingerprint: string | null }
  | { readonly kind: 'unusable'; readonly reason: string };

/**
 * Reads, computes and writes until the input after writing is the input the outputs came from.
 * @example await rebuildUntilStable({ workbook, open, now, log, fields, guard, writeCost: 6 })
 */
export async function rebuildUntilStable(deps: RebuildDeps): Promise<RebuildOutcome> {
  const started = deps.now();
  const maxRounds = deps.maxRounds ?? MAX_ROUNDS;
  // Units' own spreadsheets, each opened once per rebuild (a Sheets write then follows its own read).
  const units = new Map<string, Workbook>();
  const openUnit = (location: string) => {
    let unit = units.get(location);
    if (!unit) units.set(location, (unit = deps.open(location)));
    return unit;
  };
  let input: RoundInput = { snapshot: await deps.workbook.read(), units: new Map() };
  deps.onSnapshot?.(input.snapshot);
  for (let round = 1; ; round++) {
    const written = await writeRound(deps, input, openUnit, started);
    // The round's read and all computed from it are garbage from here, before anything is read again.
    input = NOTHING_READ;
    if (written.kind === 'unusable') return { kind: 'unusable', reason: written.reason, durationMs: deps.now() - started };
    const { counts } = written;

    // Units' spreadsheets too: a unit sorting its tab or adding a row meanwhile put the verdicts just
    // written beside the wrong rows (Sheets writes them by position), and the next round corrects them.
    let stable: boolean;
    if (written.fingerprint === null) {
      stable = (await deps.workbook.unchangedSinceRead?.()) === true && (await everyUnchanged(written.unitLocations.map(openUnit)));
      if (!stable) input = await readInput(deps, written.unitLocations, openUnit);
    } else {
      input = await readInput(deps, written.unitLocations, openUnit);
      stable = roundFingerprint(input.snapshot, input.units) === written.fingerprint;
    }
    if (stable || round >= maxRounds) {
      const durationMs = deps.now() - started;
      deps.log({
        severity: stable ? 'INFO' : 'WARNING',
        event: stable ? 'rebuild.done' : 'rebuild.unsettled',
        message: msg.rebuildDone,
        ...deps.fields,
        counts: { ...counts, rounds: round },
        durationMs,
      });
      return { kind: 'done', rounds: round, stable, counts, durationMs };
    }
    deps.log({ severity: 'INFO', event: 'rebuild.input-changed', message: msg.logRebuildInputChanged, ...deps.fields, counts: { round } });
  }
}

// One round: compute from the input in hand, write. Its input's fingerprint is taken before the
// write, unless every backend it read can tell by itself whether its input changed.
async function writeRound(deps: RebuildDeps, input: RoundInput, openUnit: (location: string) => Workbook, started: number): Promise<Round> {
  const guarded = (workbook: Workbook) => (deps.guard ? guardWrites(workbook, deps.guard, deps.writeCost) : workbook);
  // The snapshot in hand is the input: the job reads it from here instead of the backend.
  const source: Workbook = {
    location: deps.workbook.location,
    read: async () => input.snapshot,
    write: (changes) => deps.workbook.write(changes),
  };
  const unitsRead = new Map<string, UnitRead>();
  const unitSource = (location: string): Workbook => ({
    location,
    read: async () => {
      const known = input.units.get(location) ?? (await readUnit(openUnit(location)));
      unitsRead.set(location, known);
      if (known instanceof Error) throw known;
      return known;
    },
    write: (changes) => openUnit(location).write(changes),
  });
  const computed = await computeConsolidation(guarded(source), { now: deps.now, open: (location) => guarded(unitSource(location)) });
  if (!computed.ok) {
    deps.log({
      severity: 'ERROR',
      event: 'rebuild.unusable',
      message: msg.logWorkbookUnusable,
      ...deps.fields,
      durationMs: deps.now() - started,
    });
    return { kind: 'unusable', reason: computed.reason };
  }
  const selfChecking =
    deps.workbook.unchangedSinceRead !== undefined &&
    [...unitsRead].every(([location, read]) => !(read instanceof Error) && openUnit(location).unchangedSinceRead !== undefined);
  const fingerprint = selfChecking ? null : roundFingerprint(input.snapshot, unitsRead);
  const { result } = computed.value;
  const extra = deps.extraChanges?.(result, computed.value.snapshot);
  const changes: Changes = extra
    ? {
        ...result.changes,
        outputs: [...result.changes.outputs, ...(extra.outputs ?? [])],
        keyedColumns: [...(result.changes.keyedColumns ?? []), ...(extra.keyedColumns ?? [])],
      }
    : result.changes;
  const withExtra = { ...computed.value, result: { ...result, changes } };
  try {
    await writeConsolidation(guarded(source), withExtra);
  } catch (error) {
    // A write refused to keep what a user made in the file: a person must act, retrying cannot help.
    if (!(error instanceof WriteRefused)) throw error;
    deps.log({
      severity: 'ERROR',
      event: 'rebuild.write-refused',
      message: msg.logWorkbookUnusable,
      ...deps.fields,
      durationMs: deps.now() - started,
      error: { name: error.name, message: error.message },
    });
    return { kind: 'unusable', reason: error.message };
  }
  return { kind: 'written', counts: result.counts, unitLocations: [...unitsRead.keys()], fingerprint };
}

async function readInput(
  deps: RebuildDeps,
  unitLocations: readonly string[],
  openUnit: (location: string) => Workbook,
): Promise<RoundInput> {
  const snapshot = await deps.workbook.read();
  deps.onSnapshot?.(snapshot);
  const units = new Map<string, UnitRead>();
  for (const location of unitLocations) units.set(location, await readUnit(openUnit(location)));
  return { snapshot, units };
}

async function everyUnchanged(workbooks: readonly Workbook[]): Promise<boolean> {
  for (const workbook of workbooks) if ((await workbook.unchangedSinceRead?.()) !== true) return false;
  return true;
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
