// ODF list numbering: list styles (text:list-style, and the outline style numbering headings) say
// how each level writes its number — a format, a prefix and suffix, how many levels to show, or
// LibreOffice's own template 「%1%、」 — and counters follow the document's lists: a list starts
// afresh unless it continues another (text:continue-list, text:continue-numbering).
import { fillLabel, odfNumberRendering } from './list-number-format.ts';
import type { XmlElement } from './xml-tree.ts';

/** How one level of a list style labels its items; `format` is null for bullets and images. */
export interface OdfListLevel {
  readonly format: ((n: number) => string) | null;
  readonly prefix: string;
  readonly suffix: string;
  readonly template: string | undefined;
  readonly displayLevels: number;
  readonly start: number;
  readonly joined: boolean;
}

/** A list style's levels, by level (1 = outermost). */
export type OdfListStyle = ReadonlyMap<number, OdfListLevel>;

/** The counters of one list and those continuing it: the current number at each level (index 0 = level 1). */
export interface ListCounters {
  readonly values: (number | undefined)[];
}

/** A new list's counters. */
export const newCounters = (): ListCounters => ({ values: [] });

/** The list styles (and the outline style, under `outline`) defined among the children of a styles element. */
export function listStylesIn(styles: XmlElement | undefined, into: Map<string, OdfListStyle>): void {
  for (const style of styles?.children ?? []) {
    if (style.name === 'text:list-style') into.set(style.attributes['style:name'] ?? '', levelsOf(style));
    else if (style.name === 'text:outline-style') into.set(OUTLINE, levelsOf(style));
  }
}

/** The key of the outline style (heading numbering) among the list styles. */
export const OUTLINE = '\u0000outline';

function levelsOf(style: XmlElement): Map<number, OdfListLevel> {
  const levels = new Map<number, OdfListLevel>();
  for (const level of style.children) {
    const number = Number(level.attributes['text:level']);
    if (!Number.isInteger(number) || number < 1) continue;
    const numbered = level.name === 'text:list-level-style-number' || level.name === 'text:outline-level-style';
    const alignment = level.children
      .find((c) => c.name === 'style:list-level-properties')
      ?.children.find((c) => c.name === 'style:list-level-label-alignment');
    const start = Number(level.attributes['text:start-value'] ?? '1');
    levels.set(number, {
      format: numbered ? odfNumberRendering(level.attributes['style:num-format']) : null,
      prefix: level.attributes['style:num-prefix'] ?? '',
      suffix: level.attributes['style:num-suffix'] ?? '',
      template: level.attributes['loext:num-list-format'],
      displayLevels: Math.max(1, Number(level.attributes['text:display-levels'] ?? '1') || 1),
      start: Number.isInteger(start) ? start : 1,
      joined: alignment?.attributes['text:label-followed-by'] === 'nothing',
    });
  }
  return levels;
}

/**
 * Counts the next item at `level` of a list in `style` and returns its label (null when the level
 * shows none). `startValue` is an item's own restart (text:start-value).
 */
export function nextListLabel(
  style: OdfListStyle | undefined,
  counters: ListCounters,
  level: number,
  startValue?: number,
): { label: string; joined: boolean } | null {
  const definition = style?.get(level);
  const index = level - 1;
  const current = counters.values[index];
  counters.values[index] = startValue ?? (current === undefined ? (definition?.start ?? 1) : current + 1);
  counters.values.length = level;
  if (!style || !definition?.format) return null;
  const numberAt = (shown: number) => {
    const shownLevel = style.get(shown + 1);
    const value = counters.values[shown] ?? shownLevel?.start ?? 1;
    return (shownLevel?.format ?? String)(value);
  };
  let label: string;
  if (definition.template !== undefined) label = fillLabel(definition.template, 'odf', numberAt);
  else {
    const first = Math.max(0, index - definition.displayLevels + 1);
    const numbers = Array.from({ length: index - first + 1 }, (_, i) => numberAt(first + i));
    label = numbers.every((n) => n === '') ? '' : `${definition.prefix}${numbers.join('.')}${definition.suffix}`;
  }
  return label.trim() === '' ? null : { label, joined: definition.joined };
}
