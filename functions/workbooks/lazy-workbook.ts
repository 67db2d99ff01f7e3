import type { Workbook } from '../../shared/workbook.ts';
import { readTabsOf } from './read-tabs.ts';

/**
 * A workbook opened on first use: `open` runs once, at the first read or write. Backends whose
 * libraries are slow to load (exceljs, the local readers in a deployed function) are imported
 * this way, so a run that never touches them never pays for them.
 */
export function lazyWorkbook(location: string, open: () => Promise<Workbook>): Workbook {
  let opened: Promise<Workbook> | null = null;
  const load = () => (opened ??= open());
  return {
    location,
    read: async () => (await load()).read(),
    readTabs: async (wanted) => readTabsOf(await load(), wanted),
    write: async (changes) => (await load()).write(changes),
  };
}
