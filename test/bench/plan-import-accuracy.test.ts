// The import measured on every plan fixture against its hand transcription (npm run bench:import
// prints the same figures). The floors are below what it reaches today, so a change that makes it
// worse on a shape fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFixture, planFixtures } from '../../bench/plan-import-accuracy.ts';
import { officeCopies } from '../../bench/plan-office-copies.ts';
import { readPlanFile } from '../../functions/plan-import/plan-file.ts';
import { hasLibreOffice, libreOfficeTitle } from '../functions/year-end/libreoffice.ts';

const FLOORS = { recall: 0.95, precision: 0.95, measures: 0.95, units: 0.9 };

describe('plan import accuracy', () => {
  it.each(planFixtures().map((fixture) => [fixture.name, fixture] as const))('imports %s as transcribed', async (_, fixture) => {
    const accuracy = await measureFixture(fixture);
    expect(accuracy.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(accuracy.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(accuracy.measures.right / accuracy.measures.of).toBeGreaterThanOrEqual(FLOORS.measures);
    expect(accuracy.units.right / accuracy.units.of).toBeGreaterThanOrEqual(FLOORS.units);
    expect(accuracy.year.right).toBe(true);
    expect(accuracy.agency).toBe(true);
  });
});

// Two plans as Word and ODF documents with merged cells, and printed to PDF with their tables'
// borders, read through the real readers: the whole way from a Word file or a PDF to the workbook.
// The other fixtures and other PDF table styles are in npm run bench:import.
describe.skipIf(!hasLibreOffice)(libreOfficeTitle('plan import accuracy from .odt, .docx and .pdf'), { timeout: 180_000 }, () => {
  const chosen = planFixtures().filter((fixture) => fixture.name === 'niaosong-113' || fixture.name === 'taipei-vac-114');
  it.each(chosen.map((fixture) => [fixture.name, fixture] as const))(
    'imports %s from .odt, .docx and .pdf as transcribed',
    async (_, fixture) => {
      const folder = mkdtempSync(join(tmpdir(), 'guankao-accuracy-office-'));
      try {
        const copies = await officeCopies(await readPlanFile(fixture.document), fixture.name, folder, ['odt', 'docx', 'pdf']);
        for (const path of [copies?.odt, copies?.docx, copies?.pdf]) {
          const accuracy = await measureFixture(fixture, path);
          expect(accuracy.recall, path).toBeGreaterThanOrEqual(FLOORS.recall);
          expect(accuracy.precision, path).toBeGreaterThanOrEqual(FLOORS.precision);
          expect(accuracy.measures.right / accuracy.measures.of, path).toBeGreaterThanOrEqual(FLOORS.measures);
          expect(accuracy.units.right / accuracy.units.of, path).toBeGreaterThanOrEqual(FLOORS.units);
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
