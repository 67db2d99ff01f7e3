// A CSV-folder workbook on disk (SPEC.md: one `<tab>.csv` per tab, UTF-8 with a BOM) made from a
// snapshot, and a way to read every file back as bytes to prove that nothing changed.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, Snapshot } from '../../shared/workbook.ts';

const field = (cell: Cell) => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as a CSV tab reads back: text cells, empty ones null, no empty trailing cells or rows. */
export function shownAsText(rows: readonly (readonly Cell[])[]): (string | null)[][] {
  const out = rows.map((row) => {
    const copy = row.map((cell) => (cell === null || cell === '' ? null : String(cell)));
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

/** Writes the snapshot's tabs as CSV files in a new temporary folder and returns its path. */
export function csvWorkbookFolder(snapshot: Snapshot, prefix = 'guankao-functions-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const tab of snapshot.tabs) {
    writeFileSync(join(dir, `${tab.name}.csv`), `\uFEFF${tab.rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`);
  }
  return dir;
}

/** Every file of the folder and its bytes (base64), by name. */
export function folderBytes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}
