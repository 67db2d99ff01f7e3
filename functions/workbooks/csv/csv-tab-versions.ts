// What each user tab of a CSV folder holds since the workbook's last read — the bytes it read, or
// those its write put there since — so that a rebuild can ask, after writing, whether anyone else
// changed the input (Workbook.unchangedSinceRead) without reading the rows again: a tab's file is
// compared by size and SHA-256 (file-version.ts), parsed by no one. Rows appended during the write,
// a tab read again because it changed, a file added or removed: each is a change.
import { join } from 'node:path';
import { holdsBytes } from '../file-version.ts';
import { tabFiles } from './csv-tab-file.ts';

/** The bytes a tab's file holds: as file-version.ts hashes them. */
export interface TabBytes {
  readonly size: number;
  readonly hash: string;
}

/** The user tabs' expected bytes, by file; null once the run knows they changed. */
export interface TabVersions {
  /** After a read: each file as read. */
  read(files: ReadonlyMap<string, TabBytes>): void;
  /** A write replaced the file with these bytes. */
  wrote(file: string, bytes: TabBytes): void;
  /** The run itself saw a tab change (read it again mid-write, appended rows): the input is not what the outputs came from. */
  changed(): void;
  /** The files the write replaced whole as output tabs: not the users'. */
  outputs(files: Iterable<string>): void;
  /** Whether every user tab file of the folder holds the expected bytes, and no file came or went. */
  unchanged(folder: string): Promise<boolean>;
}

/** An empty record: nothing read yet, so nothing is known unchanged. */
export function tabVersions(): TabVersions {
  let expected: Map<string, TabBytes> | null = null;
  let outputs = new Set<string>();
  return {
    read(files) {
      expected = new Map(files);
      outputs = new Set();
    },
    wrote(file, bytes) {
      expected?.set(file, bytes);
    },
    changed() {
      expected = null;
    },
    outputs(files) {
      outputs = new Set(files);
    },
    async unchanged(folder) {
      const known = expected;
      if (known === null) return false;
      const users = (await tabFiles(folder)).filter((file) => !outputs.has(file));
      const expectedUsers = [...known.keys()].filter((file) => !outputs.has(file));
      if (users.length !== expectedUsers.length) return false;
      for (const file of users) {
        const bytes = known.get(file);
        if (bytes === undefined || !(await holdsBytes(join(folder, file), bytes))) return false;
      }
      return true;
    },
  };
}
