import type { Clock } from '../clock.ts';
import type { ReplaceHooks } from './guarded-replace.ts';

/**
 * How a local backend writes into a file. In place (the default) a write that would lose what a
 * user made in the file — an .xlsx's charts, pivot tables or images, an .ods laid out in a way we do
 * not edit — is refused (WriteRefused). Into the copy `consolidate --out` made, it goes ahead
 * without them and `warn` says, in zh-TW, what was not kept.
 */
export interface WriteOptions {
  readonly copy?: boolean;
  readonly warn?: (message: string) => void;
  /**
   * The workbook is read and written once, and never asked afterwards whether its input changed
   * (Workbook.unchangedSinceRead), as by a command-line run: a CSV folder then hashes none of the
   * bytes it writes into the users' tabs, and has no unchangedSinceRead.
   */
  readonly oneShot?: boolean;
  /** Moments of a replacement of a user's file, for tests (guarded-replace.ts). */
  readonly hooks?: ReplaceHooks;
  /** The clock a replaced file is watched by for late appends (guarded-replace.ts); the machine's when absent. */
  readonly clock?: Clock;
}
