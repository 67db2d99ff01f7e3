// Reads bytes made in a test as a plan document file of the given name (written to a temporary folder).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type PlanReaderOptions, readPlanDocument } from '../../../functions/plan-import/read-plan-document.ts';
import type { DocumentBlock, DocumentTable, PlanDocument } from '../../../shared/plan-import/document.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function aFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'guankao-plan-readers-'));
  folders.push(folder);
  return folder;
}

/** Writes `bytes` as `name` in a fresh folder and returns its path. */
export function aFile(name: string, bytes: Uint8Array | string): string {
  const path = join(aFolder(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The document read from `bytes` saved as `name`. */
export function readAs(name: string, bytes: Uint8Array | string, options?: PlanReaderOptions): Promise<PlanDocument> {
  return readPlanDocument(aFile(name, bytes), options);
}

/** Paragraph blocks as [label + text] strings, the label (when any) first: 「一、|完備基礎服務」. */
export const paragraphLines = (blocks: readonly DocumentBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [`${block.label ?? ''}|${block.text}${block.heading ? ` #${block.heading}` : ''}`] : [],
  );

/** The tables among the blocks. */
export const tablesOf = (blocks: readonly DocumentBlock[]): DocumentTable[] =>
  blocks.filter((block): block is DocumentTable => block.kind === 'table');

/** A table's cells as their paragraphs joined by " / ", row by row, with spans shown when not 1. */
export const cellGrid = (table: DocumentTable) =>
  table.rows.map((row) =>
    row.cells.map(
      (cell) =>
        `${cell.paragraphs.join(' / ')}${cell.rowSpan > 1 ? ` ↓${cell.rowSpan}` : ''}${cell.colSpan > 1 ? ` →${cell.colSpan}` : ''}`,
    ),
  );
