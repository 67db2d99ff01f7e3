// Word's automatic numbering (word/numbering.xml) rendered as the labels Word shows. An abstract
// numbering defines up to nine levels (start, numFmt, lvlText such as 「%1、」「(%2)」); each w:num
// instance points at one. As Word does, instances of one abstract numbering share their counters —
// a list continues across them — unless an instance overrides a level's start, which restarts it.
// Using a level restarts the deeper ones (w:lvlRestart can say otherwise).

import { integerAttribute, type WordStyles } from './docx-styles.ts';
import { fillLabel, type NumberRendering, wordNumberRendering } from './list-number-format.ts';
import { childNamed, parseXmlTree, type XmlElement } from './xml-tree.ts';

/** A generated label, and whether Word puts nothing between it and the text (w:suff). */
export interface ListLabel {
  readonly label: string;
  readonly joined: boolean;
}

/** Hands out each numbered paragraph's label, in document order. */
export interface WordNumbering {
  /** The label of the next paragraph numbered with instance `numId` at `level`, or null when none shows. */
  next(numId: string, level: number): ListLabel | null;
  /** The level a paragraph of `styleId` takes in instance `numId` when its style does not say (a level linked to the style, else 0). */
  levelOfStyle(numId: string, styleId: string | undefined): number;
}

interface Level {
  readonly start: number;
  readonly rendering: NumberRendering;
  readonly text: string | undefined;
  readonly restartAfter: number | undefined;
  readonly legal: boolean;
  readonly joined: boolean;
  readonly styleId: string | undefined;
}

interface Instance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

const LEVELS = 9;

/** The numbering of word/numbering.xml (none when the part is missing). */
export function readWordNumbering(xml: string | undefined, styles: WordStyles): WordNumbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; styleLink: string | undefined }>();
  const instances = new Map<string, Instance>();
  if (xml !== undefined) {
    for (const element of parseXmlTree(xml).children) {
      if (element.name === 'w:abstractNum' && element.attributes['w:abstractNumId'] !== undefined) {
        abstracts.set(element.attributes['w:abstractNumId'], {
          levels: levelsOf(element),
          styleLink: childNamed(element, 'w:numStyleLink')?.attributes['w:val'],
        });
      } else if (element.name === 'w:num' && element.attributes['w:numId'] !== undefined) {
        instances.set(element.attributes['w:numId'], instanceOf(element));
      }
    }
  }
  // An abstract numbering that only links to a numbering style takes the levels of the numbering that style carries.
  const resolve = (abstractId: string, depth = 0): string => {
    const link = abstracts.get(abstractId)?.styleLink;
    const numId = link === undefined ? undefined : styles.numbering(link)?.numId;
    const target = numId === undefined ? undefined : instances.get(numId)?.abstractId;
    return target === undefined || target === abstractId || depth > 5 ? abstractId : resolve(target, depth + 1);
  };
  const counters = new Map<string, (number | undefined)[]>();
  const started = new Set<string>();

  const levelOf = (instance: Instance, abstractId: string, level: number): Level | undefined =>
    instance.levelOverrides.get(level) ?? abstracts.get(abstractId)?.levels.get(level);

  return {
    next(numId, level) {
      const instance = instances.get(numId);
      if (!instance || level < 0 || level >= LEVELS) return null;
      const abstractId = resolve(instance.abstractId);
      const definition = levelOf(instance, abstractId, level);
      if (!definition) return null;
      let values = counters.get(abstractId);
      if (!values) counters.set(abstractId, (values = []));
      if (!started.has(numId)) {
        started.add(numId);
        // An instance that overrides a start is a restarted list: its levels begin again.
        if (instance.startOverrides.size > 0) {
          values.fill(undefined);
          for (const [overridden, start] of instance.startOverrides) values[overridden] = start - 1;
        }
      }
      const current = values[level];
      values[level] = current === undefined ? definition.start : current + 1;
      for (let deeper = level + 1; deeper < LEVELS; deeper++) {
        const restartAfter = levelOf(instance, abstractId, deeper)?.restartAfter;
        if (restartAfter === undefined || level < restartAfter) values[deeper] = undefined;
      }
      if (definition.rendering === null || !definition.text) return null;
      const label = fillLabel(definition.text, 'word', (shown) => {
        const shownLevel = levelOf(instance, abstractId, shown);
        const value = values[shown] ?? shownLevel?.start ?? 1;
        const rendering = definition.legal ? null : (shownLevel?.rendering ?? null);
        return rendering ? rendering(value) : String(value);
      });
      return label.trim() === '' ? null : { label, joined: definition.joined };
    },
    levelOfStyle(numId, styleId) {
      const instance = instances.get(numId);
      if (!instance || styleId === undefined) return 0;
      for (const [level, definition] of abstracts.get(resolve(instance.abstractId))?.levels ?? []) {
        if (definition.styleId === styleId) return level;
      }
      return 0;
    },
  };
}

function levelsOf(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of abstract.children) {
    const level = lvl.name === 'w:lvl' ? Number(lvl.attributes['w:ilvl']) : Number.NaN;
    if (Number.isInteger(level)) levels.set(level, levelDefinition(lvl));
  }
  return levels;
}

function levelDefinition(lvl: XmlElement): Level {
  const isLgl = childNamed(lvl, 'w:isLgl');
  return {
    // ECMA-376 makes a level without w:start begin at 0.
    start: integerAttribute(childNamed(lvl, 'w:start')) ?? 0,
    rendering: wordNumberRendering(childNamed(lvl, 'w:numFmt')?.attributes['w:val']),
    text: childNamed(lvl, 'w:lvlText')?.attributes['w:val'],
    restartAfter: integerAttribute(childNamed(lvl, 'w:lvlRestart')),
    legal: isLgl !== undefined && !isOff(isLgl.attributes['w:val']),
    joined: childNamed(lvl, 'w:suff')?.attributes['w:val'] === 'nothing',
    styleId: childNamed(lvl, 'w:pStyle')?.attributes['w:val'],
  };
}

function instanceOf(num: XmlElement): Instance {
  const startOverrides = new Map<number, number>();
  const levelOverrides = new Map<number, Level>();
  for (const override of num.children) {
    const level = override.name === 'w:lvlOverride' ? Number(override.attributes['w:ilvl']) : Number.NaN;
    if (!Number.isInteger(level)) continue;
    const start = integerAttribute(childNamed(override, 'w:startOverride'));
    if (start !== undefined) startOverrides.set(level, start);
    const lvl = childNamed(override, 'w:lvl');
    if (lvl) levelOverrides.set(level, levelDefinition(lvl));
  }
  return { abstractId: childNamed(num, 'w:abstractNumId')?.attributes['w:val'] ?? '', startOverrides, levelOverrides };
}

/** True for the ways WordprocessingML writes "off" on a toggle (w:val="0", "false", "off"). */
export function isOff(value: string | undefined): boolean {
  return value === '0' || value === 'false' || value === 'off';
}
