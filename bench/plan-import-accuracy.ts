// How much of a plan the import gets right, measured against a hand transcription of the same
// plan (examples/*/ for the three seed plans, test/fixtures/plans/<name>/ for the shapes written for
// the tests). Both are read through parsePlan, as consolidate reads them, and compared practice by
// practice: found (recall, precision), 實施要項, units, 項次, 完成期限, and the year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile } from '../functions/plan-import/plan-file.ts';
import { readCsvFolder } from '../functions/workbooks/csv/csv-folder-workbook.ts';
import { describeDeadline } from '../shared/deadline.ts';
import { type Plan, type Practice, parsePlan } from '../shared/plan.ts';
import { importPlan } from '../shared/plan-import/import-plan.ts';
import { importedTabs } from '../shared/plan-import/imported-tabs.ts';
import { matchKey } from '../shared/text.ts';
import { parseUnitCell, splitJoinedNames, type UnitDirectory } from '../shared/units.ts';

/** One fixture: a plan document and the workbook it should become. */
export interface PlanFixture {
  readonly name: string;
  readonly document: string;
  readonly expected: string;
  /** What the document is, for the printout. */
  readonly shape: string;
}

const ROOT = new URL('..', import.meta.url).pathname;
const MANIFEST = join(ROOT, 'test/fixtures/plans/fixtures.json');

/** The fixtures listed in test/fixtures/plans/fixtures.json, paths made absolute. */
export function planFixtures(): PlanFixture[] {
  const listed = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PlanFixture[];
  return listed.map((fixture) => ({ ...fixture, document: join(ROOT, fixture.document), expected: join(ROOT, fixture.expected) }));
}

/** A count right out of a count compared. */
export interface Score {
  readonly right: number;
  readonly of: number;
}

/** What the import of one fixture got right. */
export interface Accuracy {
  readonly name: string;
  readonly expected: number;
  readonly found: number;
  /** Practices matched one to one (same text, spaces aside). */
  readonly matched: number;
  /** Of those, matched with the very same text (the rest by a text at least 85% alike). */
  readonly sameText: number;
  readonly recall: number;
  readonly precision: number;
  readonly measures: Score;
  readonly units: Score;
  /** The transcription's 單位 found in the imported 單位 tab (by name or alias), and units it does not have. */
  readonly unitTab: Score & { readonly extra: number };
  readonly ids: Score;
  readonly deadlines: Score;
  readonly year: { readonly expected: number; readonly found: number; readonly right: boolean };
  readonly agency: boolean;
  readonly notes: number;
  /** Texts of practices not found, and of those found that the transcription does not have. */
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** Imports a fixture's document (or another copy of it, at `path`) and compares the result with its transcription. */
export async function measureFixture(fixture: PlanFixture, path = fixture.document): Promise<Accuracy> {
  const document = await readPlanFile(path);
  const imported = importPlan(document);
  if (!imported.ok) throw new Error(`${fixture.name}: ${imported.reason}`);
  const found = planOf({ tabs: importedTabs(imported.value) });
  const expected = planOf(await readCsvFolder(fixture.expected));
  const pairs = matchPractices(expected.practices, found.practices);
  const score = (right: (e: Practice, f: Practice) => boolean): Score => ({
    right: pairs.filter(([e, f]) => right(e, f)).length,
    of: pairs.length,
  });
  const pairedExpected = new Set(pairs.map(([e]) => e));
  const pairedFound = new Set(pairs.map(([, f]) => f));
  return {
    name: fixture.name,
    expected: expected.practices.length,
    found: found.practices.length,
    matched: pairs.length,
    sameText: pairs.filter(([e, f]) => textKey(e.text) === textKey(f.text)).length,
    recall: pairs.length / Math.max(1, expected.practices.length),
    precision: pairs.length / Math.max(1, found.practices.length),
    measures: score((e, f) => textKey(e.measure) === textKey(f.measure)),
    units: score((e, f) => sameUnits(e, expected.units, f, found.units)),
    unitTab: unitTabScore(expected.units, found.units),
    ids: score((e, f) => matchKey(e.id) === matchKey(f.id)),
    deadlines: score((e, f) => describeDeadline(e.deadline) === describeDeadline(f.deadline)),
    year: {
      expected: expected.settings.rocYear,
      found: found.settings.rocYear,
      right: expected.settings.rocYear === found.settings.rocYear,
    },
    agency: textKey(expected.settings.agency) === textKey(found.settings.agency),
    notes: imported.value.notes.length,
    missed: expected.practices.filter((p) => !pairedExpected.has(p)).map((p) => p.text),
    extra: found.practices.filter((p) => !pairedFound.has(p)).map((p) => p.text),
  };
}

function unitTabScore(expected: UnitDirectory, found: UnitDirectory): Score & { extra: number } {
  const listed = (directory: UnitDirectory) => directory.units.filter((unit) => unit.row !== null);
  const right = listed(expected).filter((unit) => [unit.name, ...unit.aliases].some((name) => found.find(name)?.row != null)).length;
  const extra = listed(found).filter((unit) => ![unit.name, ...unit.aliases].some((name) => expected.find(name))).length;
  return { right, of: listed(expected).length, extra };
}

function planOf(snapshot: Parameters<typeof parsePlan>[0]): Plan {
  const parsed = parsePlan(snapshot);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.plan;
}

// Texts compared as a reader would: spaces and line breaks aside (a transcription joins lines a PDF
// wrapped, and keeps a break where the plan starts a new line; extracted text has a space there).
function textKey(text: string): string {
  return matchKey(text).replace(/[\s\u3000]/gu, '');
}

// One to one, in plan order: the same text first; what is left, by the most similar text (a
// transcription may have fixed a character or two).
function matchPractices(expected: readonly Practice[], found: readonly Practice[]): [Practice, Practice][] {
  const pairs: [Practice, Practice][] = [];
  const free = new Set(found);
  const left: Practice[] = [];
  for (const practice of expected) {
    const same = [...free].find((candidate) => textKey(candidate.text) === textKey(practice.text));
    if (same) {
      pairs.push([practice, same]);
      free.delete(same);
    } else left.push(practice);
  }
  for (const practice of left) {
    let best: Practice | undefined;
    let bestScore = SIMILAR;
    for (const candidate of free) {
      const score = similarity(textKey(practice.text), textKey(candidate.text));
      if (score >= bestScore) [best, bestScore] = [candidate, score];
    }
    if (best) {
      pairs.push([practice, best]);
      free.delete(best);
    }
  }
  return pairs;
}

const SIMILAR = 0.85;

// Dice's coefficient on character pairs.
function similarity(a: string, b: string): number {
  const pairsOf = (text: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const left = pairsOf(a);
  const right = pairsOf(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  const total = Math.max(1, a.length - 1 + (b.length - 1));
  return (2 * shared) / total;
}

// The same units: both every unit, or the same names (an alias counts as its unit, in the
// transcription's 單位 tab, which knows the agency's units best).
function sameUnits(e: Practice, expectedUnits: UnitDirectory, f: Practice, foundUnits: UnitDirectory): boolean {
  const mention = (practice: Practice, directory: UnitDirectory) => {
    const cell = parseUnitCell(practice.unitsText);
    const names = splitJoinedNames(cell.names, directory).map((name) => expectedUnits.find(name)?.name ?? name);
    return { every: cell.everyUnit, names: [...new Set(names.map(matchKey))].sort().join('、') };
  };
  const a = mention(e, expectedUnits);
  const b = mention(f, foundUnits);
  return a.every === b.every && a.names === b.names;
}
