// Which OS errors mean the place the run was told to write to will not do: the user can fix them by
// choosing another place (or freeing space), so they are told why in words, not shown a stack trace.
import * as msg from '../../shared/messages/functions/index.ts';

const REASONS: Readonly<Record<string, keyof typeof msg.locationReasons>> = {
  EEXIST: 'fileInTheWay',
  ENOTDIR: 'fileInPath',
  EISDIR: 'folderInTheWay',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnlyDisk',
  ENOSPC: 'diskFull',
  EDQUOT: 'quotaExceeded',
  ENAMETOOLONG: 'pathTooLong',
  ENOENT: 'systemFolder',
};

/** True when `code` is an OS error the user can fix by choosing another place (or freeing space). */
export const isLocationProblem = (code: string): boolean => Object.hasOwn(REASONS, code);

/** Why the place will not do, in words; the OS's code itself for a reason we have no words for. */
export function locationReason(code: string): string {
  const reason = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  return reason === undefined ? msg.locationReasonUncommon(code) : msg.locationReasons[reason];
}
