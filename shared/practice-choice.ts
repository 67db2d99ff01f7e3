import type { Plan, Practice } from './plan.ts';

/** How much of a practice's text a choice shows: enough to recognise it in a dropdown. */
const SHOWN_CHARACTERS = 60;

/** The choice text `項次 作法…` (SPEC.md): the 項次 first, which is what the functions read back. */
export function practiceChoice(practice: Practice): string {
  const characters = [...practice.text.replace(/\s+/gu, ' ').trim()];
  const shown = characters.length > SHOWN_CHARACTERS ? `${characters.slice(0, SHOWN_CHARACTERS).join('')}…` : characters.join('');
  return `${practice.id} ${shown}`.trim();
}

/** A unit's own practices as choices, in plan order. */
export function unitPracticeChoices(plan: Plan, unit: string): string[] {
  return plan.practices.filter((practice) => practice.units.includes(unit)).map(practiceChoice);
}

/** The units that have at least one practice, in 單位 order. */
export function reportingUnits(plan: Plan): string[] {
  return plan.units.names().filter((unit) => plan.practices.some((practice) => practice.units.includes(unit)));
}
