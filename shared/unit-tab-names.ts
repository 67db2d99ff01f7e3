import { matchKey } from './text.ts';
import type { Unit } from './units.ts';

// A unit's own tab is `填報-<單位>` (SPEC.md), but people name it 填報_資訊組, 填報（會計室）, 人事室填報,
// 填報 秘書組. Such a name is read as the unit's tab when what stands beside 填報 is a unit or alias
// of the plan, and only then: 填報說明 or 本期填報 name no unit and stay unread (README, Decisions ›
// Unit tab names). `填報-<單位>` itself names its unit whatever follows the dash, so a unit missing
// from 單位 is reported on its rows rather than its tab ignored.

/** Looks a unit up by name or alias (UnitDirectory.find). */
export interface UnitLookup {
  find(text: string): Unit | undefined;
}

const SEPARATOR = '[-_:.·・/、]';
const OPEN = '[([【〔「《]';
const CLOSE = '[)\\]】〕」》]';
const VARIANTS: readonly RegExp[] = [
  new RegExp(`^填報(?:${SEPARATOR})?(.+)$`, 'u'),
  new RegExp(`^填報${OPEN}(.+)${CLOSE}$`, 'u'),
  new RegExp(`^(.+?)(?:${SEPARATOR})?填報$`, 'u'),
  new RegExp(`^${OPEN}(.+)${CLOSE}填報$`, 'u'),
];

/**
 * The unit whose rows a tab holds, by its name: the unit as typed for `填報-<單位>`, '' for a bare
 * `填報` (a unit's own spreadsheet: that unit), the unit's name for an obvious variant naming a
 * unit or alias of `units`, undefined for any other tab.
 * @example unitOfTab('人事室填報', plan.units) // → '人事室'
 */
export function unitOfTab(name: string, units?: UnitLookup): string | undefined {
  const strict = strictUnit(name);
  if (strict !== undefined || units === undefined) return strict;
  const key = matchKey(name);
  for (const pattern of VARIANTS) {
    const named = pattern.exec(key)?.[1];
    const unit = named === undefined ? undefined : units.find(named);
    if (unit) return unit.name;
  }
  return undefined;
}

/** The tab 建立單位填報分頁 makes for a unit: `填報-<單位>` (SPEC.md), which unitOfTab reads back as the unit. */
export function unitTabName(unit: string): string {
  return `填報-${unit}`;
}

const UNIT_TAB = /^填報(?:-(.+))?$/u;
const LEADING_INVISIBLE = /^[\s\u200B-\u200D\u2060\u180E]+/u;

// `填報-民政課` → 民政課 as typed, '' for a bare 填報.
function strictUnit(name: string): string | undefined {
  const match = UNIT_TAB.exec(matchKey(name));
  if (!match) return undefined;
  if (match[1] === undefined) return '';
  // Keep the unit as typed in the tab name: drop the shortest prefix that matches as `填報-`, so
  // every dash matchKey folds (U+2011, U+2212, U+FE63, superscript minus…) is taken, and only those.
  let end = 0;
  for (const char of name) {
    end += char.length;
    if (matchKey(name.slice(0, end)) === '填報-') break;
  }
  return name.slice(end).replace(LEADING_INVISIBLE, '').trim();
}
