// An in-memory Workbook for handler tests: read() hands out a copy, write() applies the changes to
// what the workbook holds at that moment, as a real backend does. Tests append rows as the Form
// would and assert the tabs afterwards.
import { applyChanges } from '../../shared/apply-changes.ts';
import type { Cell, Snapshot, Tab, Workbook } from '../../shared/workbook.ts';

export interface MemoryWorkbook extends Workbook {
  /** The tabs as they are now. */
  tabs(): readonly Tab[];
  tab(name: string): Tab | undefined;
  /** Adds a row at the end of a tab, as Google Forms does with a response. */
  appendRow(tab: string, row: readonly Cell[]): void;
  /** Replaces a data row (1-based, header = 1), as Forms does when a response is edited. */
  replaceRow(tab: string, row: number, cells: readonly Cell[]): void;
  /** How many times read() was called: to show a refused request never reached the workbook. */
  reads(): number;
  writes(): number;
}

const copy = (tabs: readonly Tab[]): Tab[] => tabs.map((tab) => ({ name: tab.name, rows: tab.rows.map((row) => [...row]) }));

export function memoryWorkbook(snapshot: Snapshot, location = 'memory:workbook'): MemoryWorkbook {
  let tabs = copy(snapshot.tabs);
  let reads = 0;
  let writes = 0;
  const update = (name: string, change: (rows: Cell[][]) => void) => {
    const tab = tabs.find((candidate) => candidate.name === name);
    if (!tab) throw new Error(`no tab ${name}`);
    const rows = tab.rows.map((row) => [...row]);
    change(rows);
    tabs = tabs.map((candidate) => (candidate === tab ? { name, rows } : candidate));
  };
  return {
    location,
    read: async () => {
      reads++;
      return { tabs: copy(tabs) };
    },
    write: async (changes) => {
      writes++;
      tabs = copy(applyChanges({ tabs }, changes));
    },
    tabs: () => tabs,
    tab: (name) => tabs.find((tab) => tab.name === name),
    appendRow: (name, row) => update(name, (rows) => rows.push([...row])),
    replaceRow: (name, row, cells) =>
      update(name, (rows) => {
        rows[row - 1] = [...cells];
      }),
    reads: () => reads,
    writes: () => writes,
  };
}
