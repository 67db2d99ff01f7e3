// A cell holding several practices (numbered sub-items) sits beside cells that hold, for each of
// them, its units, its deadline or its target: one paragraph per practice, or one line with
// several units. These pair them in order; when the counts differ the pairing is a guess, and
// the caller tells the coordinator so.
import { splitUnitMentions } from '../units.ts';
import { splitAssisting } from './assisting-marks.ts';
import { splitInlineItems } from './outline-label.ts';

/** What each of `count` practices gets from a cell beside them, and whether the counts matched. */
export interface Pairing {
  readonly values: readonly string[];
  /** The cell's items (units, or paragraphs) did not come one per practice. */
  readonly uneven: boolean;
  /** How many items the cell held. */
  readonly items: number;
}

/**
 * Units for each practice: a paragraph each when there are as many paragraphs as practices, else
 * a unit each in order; one practice takes them all; extra units go to the last practice, and when
 * units run short the last one named goes on.
 */
export function pairUnits(paragraphs: readonly string[], count: number): Pairing {
  const filled = paragraphs.filter((paragraph) => paragraph.trim());
  if (count > 1 && filled.length === count)
    return { values: filled.map((p) => splitUnitMentions(p).join('、')), uneven: false, items: count };
  const units = filled.flatMap(splitUnitMentions);
  if (count <= 1 || units.length <= 1)
    return { values: Array.from({ length: count }, () => units.join('、')), uneven: false, items: units.length };
  const values = Array.from({ length: count }, (_, index) =>
    index === count - 1 ? units.slice(Math.min(index, units.length - 1)).join('、') : (units[Math.min(index, units.length - 1)] ?? ''),
  );
  return { values, uneven: units.length !== count, items: units.length };
}

/**
 * Units for each practice as pairUnits pairs them, the units a cell marks 協辦 taken out: those of a
 * paragraph go with its practice when each practice has a paragraph of its own, else with each practice.
 */
export function pairMarkedUnits(
  paragraphs: readonly string[],
  count: number,
): Pairing & { readonly assisting: readonly (readonly string[])[] } {
  const split = paragraphs.filter((paragraph) => paragraph.trim()).map(splitAssisting);
  const owners = split.filter((paragraph) => paragraph.owners.trim());
  const pairing = pairUnits(
    owners.map((paragraph) => paragraph.owners),
    count,
  );
  const eachOwn = count > 1 && owners.length === count && split.length === count;
  const every = [...new Set(split.flatMap((paragraph) => paragraph.assisting))];
  return { ...pairing, assisting: Array.from({ length: count }, (_, index) => (eachOwn ? (split[index]?.assisting ?? []) : every)) };
}

/**
 * Texts (完成期限, 預期目標) for each practice: an item each when they come one per practice (a
 * paragraph, a line of one, or a numbered item), else the whole cell for each.
 */
export function pairTexts(paragraphs: readonly string[], count: number): Pairing & { readonly texts: readonly string[] } {
  const lines = paragraphs.flatMap((paragraph) => paragraph.split('\n')).filter((line) => line.trim());
  const items = lines.flatMap(splitInlineItems);
  const whole = items.join('\n');
  if (count > 1 && items.length === count) return { values: items, uneven: false, items: items.length, texts: items };
  return { values: Array.from({ length: count }, () => whole), uneven: count > 1 && items.length > 1, items: items.length, texts: items };
}
