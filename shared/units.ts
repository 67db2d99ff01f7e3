import { boundedMemo } from './bounded-memo.ts';
import { mapHeader, UNIT_COLUMNS } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import type { Problem } from './problem.ts';
import { cellText, isBlank, matchKey, splitList } from './text.ts';
import type { Unit } from './unit-schema.ts';
import type { Tab } from './workbook.ts';

export type { Unit };

export const UNITS_TAB = '單位';

// "各課室", "各組、室", "各科室", "全體" … stand for every unit (SPEC.md); so do 各單位, 全體同仁,
// 全所, 全處 and 全處室 (README, Decisions). 全所 / 全處 count only where a name cannot go on
// before them, so 安全處 or 保全所 stay the units they are.
const everyUnitPhrase =
  /(?:本[所處局署府]?)?各[課組科室股處單位、，,及與]+|(?:本[所處局署府]?)?全體(?:同仁|單位|課室|組室)?|(?<=^|[^\p{Script=Han}]|[及與和暨])全(?:所|處室?)(?:同仁|人員)?|所有單位/gu;
const bracketedNote = /[(（][^)）]*[)）]/gu;

/** The units of a plan, looked up by name or alias. */
export class UnitDirectory {
  readonly units: Unit[] = [];
  readonly #byKey = new Map<string, Unit>();
  // Every row of a run names its unit, in a few texts: each text is matched once (null: no unit)
  // rather than folded and looked up on every row. Started afresh when a unit is added.
  #byText = boundedMemo<string, Unit | null>(5_000);

  /** Adds a unit; its name and aliases become lookup keys (the first holder of a key keeps it). */
  add(unit: Unit): void {
    this.units.push(unit);
    for (const word of [unit.name, ...unit.aliases]) {
      const key = matchKey(word);
      if (key && !this.#byKey.has(key)) this.#byKey.set(key, unit);
    }
    this.#byText = boundedMemo(5_000);
  }

  /** The unit a name or alias stands for. */
  find(text: string): Unit | undefined {
    let found = this.#byText.get(text);
    if (found === undefined) found = this.#byText.remember(text, this.#byKey.get(matchKey(text)) ?? null);
    return found ?? undefined;
  }

  /** Every unit's name, in directory order. */
  names(): string[] {
    return this.units.map((unit) => unit.name);
  }
}

/** Reads the 單位 tab into a directory; problems for rows without a name or repeated names. */
export function parseUnits(tab: Tab | undefined): { directory: UnitDirectory; problems: Problem[] } {
  const directory = new UnitDirectory();
  const problems: Problem[] = [];
  if (!tab) return { directory, problems };
  const header = mapHeader(tab.rows[0] ?? [], UNIT_COLUMNS);
  const nameColumn = header.單位 ?? 0;
  tab.rows.forEach((row, index) => {
    if (index === 0 || row.every(isBlank)) return;
    const rowNumber = index + 1;
    const name = cellText(row[nameColumn] ?? null).trim();
    const at = (column: number | undefined) => (column === undefined ? '' : cellText(row[column] ?? null));
    if (!name) {
      problems.push({ source: UNITS_TAB, row: rowNumber, unit: '', column: '單位', message: msg.unitNameMissing });
      return;
    }
    if (directory.find(name)) {
      problems.push({ source: UNITS_TAB, row: rowNumber, unit: name, column: '單位', message: msg.unitRepeated(name) });
      return;
    }
    const spreadsheet = at(header.填報試算表).trim();
    const aliases = splitList(at(header.別名));
    // An alias another unit already answers to keeps meaning that unit (the first holder of a key keeps it): said, so a report is not counted for the wrong unit unseen.
    for (const alias of aliases) {
      const holder = directory.find(alias);
      if (holder && matchKey(alias) !== matchKey(name)) {
        problems.push({
          source: UNITS_TAB,
          row: rowNumber,
          unit: name,
          column: '別名',
          message: msg.unitAliasTaken(alias, holder.name, name),
        });
      }
    }
    directory.add({
      name,
      aliases,
      emails: splitList(at(header.填報人電子郵件)),
      ...(spreadsheet ? { spreadsheet } : {}),
      row: rowNumber,
    });
  });
  return { directory, problems };
}

/** What a 執行單位 cell names: every unit, and/or particular names as typed. */
export interface UnitMention {
  readonly everyUnit: boolean;
  readonly names: readonly string[];
}

/** Splits a 執行單位 cell into unit names, recognising the words that mean every unit; blank means every unit. */
export function parseUnitCell(text: string): UnitMention {
  const withoutNotes = text.replace(bracketedNote, ' ');
  let everyUnit = false;
  const rest = withoutNotes.replace(everyUnitPhrase, () => {
    everyUnit = true;
    return ' ';
  });
  const names = splitList(rest).filter((name) => !/^(?:主辦|協辦|及|與|等)$/u.test(name));
  return { everyUnit: everyUnit || names.length === 0, names };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 marks a kept phrase, since no cell holds one
const KEPT_PHRASE = /\u0001(\d+)\u0001/gu;

/**
 * The mentions of a 執行單位 cell in the order written, an every-unit word (各組、室, 全所) kept whole:
 * `各課室 民政課、社會課` → 各課室, 民政課, 社會課. Bracketed notes and 主辦 / 協辦 are left out.
 */
export function splitUnitMentions(text: string): string[] {
  const phrases: string[] = [];
  const marked = text.replace(bracketedNote, ' ').replace(everyUnitPhrase, (phrase) => ` \u0001${phrases.push(phrase) - 1}\u0001 `);
  return splitList(marked)
    .filter((name) => !/^(?:主辦|協辦|及|與|等)$/u.test(name))
    .map((name) => name.replace(KEPT_PHRASE, (_, index: string) => phrases[Number(index)] ?? ''));
}

const JOINED = /[及與和暨]/u;

/**
 * The names with 「民政課及社會課」 split into its units when every part is one (SPEC.md's
 * separators are 、，,;/ and spaces, but plans also join two units with 及 or 與); a name that is
 * itself a unit, or whose parts are not all units, stays whole.
 */
export function splitJoinedNames(names: readonly string[], directory: UnitDirectory): string[] {
  return names.flatMap((name) => (directory.find(name) ? [name] : splitJoinedName(name, (part) => directory.find(part) !== undefined)));
}

/** 「資訊科及服務科」 → 資訊科, 服務科 when `isUnit` holds for every part; any other name stays whole. */
export function splitJoinedName(name: string, isUnit: (part: string) => boolean): string[] {
  if (!JOINED.test(name)) return [name];
  // 「秘書室及各課室」 leaves 「秘書室及」 once 各課室 is read as every unit.
  const parts = name
    .split(JOINED)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every(isUnit) ? parts : [name];
}
