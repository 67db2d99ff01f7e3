// The year's 量化成果 of a practice, and of a unit's practices side by side: the numbers added up per
// measure word (quantity.ts), and the reports whose 量化成果 holds none kept apart, so a total never
// claims text it could not count. The year-end draft (year-end-draft.ts) and 單位成效
// (unit-summary.ts) both say the year's 量化成果 this one way.

import * as msg from './messages/domain/index.ts';
import { extractQuantities, type Quantity } from './quantity.ts';

/** A measure word's year: the sum of its numbers and how many there were (% is averaged by it). */
export interface QuantityTotal {
  readonly word: string;
  readonly sum: number;
  readonly count: number;
}

/** Totals per measure word in the order the words first came, and the 量化成果 with no number in them. */
export interface QuantityTotals {
  readonly totals: readonly QuantityTotal[];
  readonly uncounted: readonly string[];
}

const PERCENT = '%';

/**
 * One practice's 量化成果 over the year, in period order. Each period's number is added; a running
 * total (累計2,100人次) takes the place of the periods before it, since it holds them. Percentages
 * are averaged: adding them means nothing.
 * @example totalQuantities(['3次', '2則', '6則']).totals // → [{ word: '次', sum: 3, … }, { word: '則', sum: 8, … }]
 */
export function totalQuantities(texts: readonly string[]): QuantityTotals {
  const totals = new Map<string, { sum: number; count: number }>();
  const uncounted: string[] = [];
  for (const text of texts) {
    const found = extractQuantities(text);
    if (found.length === 0) {
      addUncounted(uncounted, text);
      continue;
    }
    for (const [word, quantities] of byWord(found)) {
      const entry = totals.get(word) ?? { sum: 0, count: 0 };
      totals.set(word, entry);
      const running = word === PERCENT ? [] : quantities.filter((quantity) => quantity.cumulative);
      if (running.length > 0) entry.sum = Math.max(...running.map((quantity) => quantity.value));
      else entry.sum += quantities.reduce((sum, quantity) => sum + quantity.value, 0);
      entry.count += quantities.length;
    }
  }
  return { totals: [...totals].map(([word, { sum, count }]) => ({ word, sum, count })), uncounted };
}

/** Several practices' years as one (a unit's 量化成果 合計): sums added, running totals stay each practice's own. */
export function combineTotals(parts: readonly QuantityTotals[]): QuantityTotals {
  const totals = new Map<string, { sum: number; count: number }>();
  const uncounted: string[] = [];
  for (const part of parts) {
    for (const { word, sum, count } of part.totals) {
      const entry = totals.get(word) ?? { sum: 0, count: 0 };
      totals.set(word, { sum: entry.sum + sum, count: entry.count + count });
    }
    for (const text of part.uncounted) addUncounted(uncounted, text);
  }
  return { totals: [...totals].map(([word, { sum, count }]) => ({ word, sum, count })), uncounted };
}

/**
 * The totals as the documents write them, the 量化成果 with no number after them.
 * @example formatQuantities(totalQuantities(['3場', '辦理三場', '2場、滿意度90%'])) // → '5場、平均 90%，另「辦理三場」'
 */
export function formatQuantities({ totals, uncounted }: QuantityTotals): string {
  const counted = totals.map(({ word, sum, count }) =>
    word === PERCENT ? msg.quantityAverage(rounded(sum / count)) : `${rounded(sum).toLocaleString('en-US')}${word}`,
  );
  return msg.quantityTotals(counted, uncounted);
}

function byWord(found: readonly Quantity[]): Map<string, Quantity[]> {
  const words = new Map<string, Quantity[]>();
  for (const quantity of found) words.set(quantity.word, [...(words.get(quantity.word) ?? []), quantity]);
  return words;
}

function addUncounted(uncounted: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed && !uncounted.includes(trimmed)) uncounted.push(trimmed);
}

const rounded = (value: number) => Math.round(value * 100) / 100;
