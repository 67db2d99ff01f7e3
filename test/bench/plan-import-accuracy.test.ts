// The import measured on every plan fixture against its hand transcription (npm run bench:import
// prints the same figures). The floors are below what it reaches today, so a change that makes it
// worse on a shape fails here.
import { describe, expect, it } from 'vitest';
import { measureFixture, planFixtures } from '../../bench/plan-import-accuracy.ts';

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
