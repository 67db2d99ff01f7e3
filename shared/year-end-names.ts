/** File name (without extension) of the published table, as SPEC.md gives it. */
export const YEAR_END_NAME = '年度執行成效一覽表';

/** File name (without extension) of one unit's summary, as SPEC.md gives it. */
export const unitSummaryName = (unit: string) => `單位成效-${unit}`;
