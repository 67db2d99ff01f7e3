import type { PartialSnapshot, Workbook } from '../../shared/workbook.ts';

/** The tabs `wanted` accepts (by name), read as cheaply as the workbook allows: only those where the backend can, else from a whole read. */
export async function readTabsOf(workbook: Workbook, wanted: (name: string) => boolean): Promise<PartialSnapshot> {
  if (workbook.readTabs) return workbook.readTabs(wanted);
  const snapshot = await workbook.read();
  return { ...snapshot, tabs: snapshot.tabs.filter((tab) => wanted(tab.name)), tabNames: snapshot.tabs.map((tab) => tab.name) };
}
