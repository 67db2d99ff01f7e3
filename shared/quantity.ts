// Numbers in 量化成果 ("辦理2場次，參加120人次", "滿意度92.5%") are added up in the summaries.
// Matching uses NFKC so full-width digits count; the text itself is kept as typed elsewhere.

/** Measure words recognised after a number, longest first so 人次 is not read as 人. */
export const QUANTITY_UNITS = ['場次', '人次', '件數', '小時', '場', '人', '件', '次', '份', '戶', '處', '班', '期', '天', '%'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

const pattern = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(${QUANTITY_UNITS.join('|')})`, 'gu');

/** Every number-with-measure-word in a text, in order. */
export function extractQuantities(text: string): { unit: QuantityUnit; value: number }[] {
  const found: { unit: QuantityUnit; value: number }[] = [];
  for (const match of text.normalize('NFKC').matchAll(pattern)) {
    const [, whole = '', fraction, unit] = match;
    const value = Number(`${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`);
    if (Number.isFinite(value)) found.push({ unit: unit as QuantityUnit, value });
  }
  return found;
}

/** Totals per measure word over many texts; percentages are averaged, since adding them means nothing. */
export function totalQuantities(texts: readonly string[]): { unit: QuantityUnit; value: number }[] {
  const sums = new Map<QuantityUnit, { total: number; count: number }>();
  for (const text of texts) {
    for (const { unit, value } of extractQuantities(text)) {
      const entry = sums.get(unit) ?? { total: 0, count: 0 };
      entry.total += value;
      entry.count += 1;
      sums.set(unit, entry);
    }
  }
  return QUANTITY_UNITS.flatMap((unit) => {
    const entry = sums.get(unit);
    if (!entry) return [];
    const value = unit === '%' ? entry.total / entry.count : entry.total;
    return [{ unit, value: Math.round(value * 100) / 100 }];
  });
}

/** `12場次、340人次、平均滿意度 92.5%` style text of totals. */
export function formatQuantities(totals: readonly { unit: QuantityUnit; value: number }[]): string {
  return totals.map(({ unit, value }) => (unit === '%' ? `平均 ${value}%` : `${value.toLocaleString('en-US')}${unit}`)).join('、');
}
