// The 單位 tab of an imported plan: every unit the practices name, in the order first named, with
// the short forms the plan also uses as aliases (役政課 for 役政災防課, 人事 for 人事室). Words for
// every unit (各課室, 全所) and people (區長, 主任秘書) are not units.
import * as msg from '../messages/domain/index.ts';
import { matchKey } from '../text.ts';
import { splitUnitMentions } from '../units.ts';
import type { DraftPractice, FoundUnit, ImportNote } from './imported-plan.ts';
import { isPersonWord, isStemOf, isUnitWord } from './unit-words.ts';

/** A name mentioned somewhere, and where first. */
export interface UnitMention {
  readonly name: string;
  readonly where: string;
  readonly practice?: DraftPractice;
}

/** Every mention of the practices' 執行單位, in order. */
export function practiceUnitMentions(practices: readonly DraftPractice[]): UnitMention[] {
  return practices.flatMap((practice) => splitUnitMentions(practice.units).map((name) => ({ name, where: practice.where, practice })));
}

/**
 * The units mentioned, each once, short forms folded into the unit they stand for; the notes say
 * which mentions were read as aliases and which were people.
 */
export function collectUnits(mentions: readonly UnitMention[]): { units: FoundUnit[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const names: UnitMention[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const key = matchKey(mention.name);
    if (!key || seen.has(key) || isEveryUnit(mention.name)) continue;
    seen.add(key);
    if (isPersonWord(mention.name)) {
      notes.push({
        tab: '單位',
        where: mention.where,
        message: msg.importPersonNotUnit(mention.name),
        ...(mention.practice ? { practice: mention.practice } : {}),
      });
      continue;
    }
    names.push(mention);
  }
  const full = names.filter((mention) => !names.some((other) => other !== mention && isShortFormOf(mention.name, other.name)));
  const units = full.map((mention) => ({ name: mention.name, aliases: [] as string[] }));
  for (const mention of names) {
    if (full.includes(mention)) continue;
    const unit = units.find((candidate) => isShortFormOf(mention.name, candidate.name));
    if (!unit) continue;
    unit.aliases.push(mention.name);
    notes.push({ tab: '單位', where: mention.where, message: msg.importUnitAlias(mention.name, unit.name) });
  }
  return { units, notes };
}

function isEveryUnit(name: string): boolean {
  return splitUnitMentions(name).length === 1 && /^(?:本[所處局署府]?)?(?:各|全)/u.test(name.trim());
}

// 人事 is short for 人事室 (the name without its ending); 役政課 for 役政災防課 (the same ending after
// the start of the name).
function isShortFormOf(short: string, name: string): boolean {
  const a = matchKey(short);
  const b = matchKey(name);
  if (a === b || a.length >= b.length || !isUnitWord(name)) return false;
  if (isStemOf(a, b)) return true;
  const stem = a.slice(0, -1);
  return isUnitWord(short) && stem.length >= 2 && a.at(-1) === b.at(-1) && b.startsWith(stem);
}
