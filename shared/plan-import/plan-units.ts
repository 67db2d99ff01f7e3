// The 單位 tab of an imported plan: every unit the practices name, in the order first named, with
// the short forms the plan also uses as aliases (役政課 for 役政災防課, 人事 for 人事室). Words for
// every unit (各課室, 全所) and people (區長, 主任秘書) are not units.
import * as msg from '../messages/domain/index.ts';
import { matchKey } from '../text.ts';
import { splitJoinedName, splitUnitMentions } from '../units.ts';
import type { DraftPractice, FoundUnit, ImportNote } from './imported-plan.ts';
import { outlineLabel } from './outline-label.ts';
import { isPersonWord, isStemOf, isUnitList, isUnitWord } from './unit-words.ts';

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
 * The units a group the practices name (各分局) stands for, where a paragraph lists them:
 * 「三、各分局：中壢分局、桃園分局、大溪分局。」.
 */
export function groupListings(paragraphs: readonly string[], mentions: readonly UnitMention[]): UnitMention[] {
  const groups = new Set(mentions.map((mention) => mention.name.trim()).filter((name) => /^各\p{Script=Han}{1,3}$/u.test(name)));
  return paragraphs.flatMap((paragraph) => {
    const match = /^\s*(各(\p{Script=Han}{1,3}))\s*[：:]\s*(.+?)[。.]?\s*$/u.exec(outlineLabel(paragraph)?.rest ?? paragraph);
    const [, group = '', kind = '', list = ''] = match ?? [];
    if (!groups.has(group) || !isUnitList(list)) return [];
    const where = msg.importWhereSection(paragraph.split(/[：:]/u)[0] ?? group);
    return splitUnitMentions(list)
      .filter((name) => name.endsWith(kind) && name !== kind)
      .map((name) => ({ name, where }));
  });
}

/**
 * The units mentioned, each once, short forms folded into the unit they stand for; the notes say
 * which mentions were read as aliases and which were people.
 */
export function collectUnits(mentions: readonly UnitMention[]): { units: FoundUnit[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const names: UnitMention[] = [];
  const seen = new Set<string>();
  for (const mention of splitJoined(mentions)) {
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

// 「資訊科及服務科」 names two units when each part is one: named alone elsewhere in the plan, or
// read as a unit's name (consolidate splits the 計畫 cell the same way once both are in 單位).
function splitJoined(mentions: readonly UnitMention[]): UnitMention[] {
  const named = new Set(mentions.map((mention) => matchKey(mention.name)));
  const isUnit = (part: string) => named.has(matchKey(part)) || isUnitWord(part);
  return mentions.flatMap((mention) => splitJoinedName(mention.name, isUnit).map((name) => ({ ...mention, name })));
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
