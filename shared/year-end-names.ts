/** File name (without extension) of the published table, as SPEC.md gives it. */
export const YEAR_END_NAME = '年度執行成效一覽表';

const UNIT_SUMMARY_PREFIX = '單位成效-';

/** File name (without extension) of one unit's summary, as SPEC.md gives it. */
export const unitSummaryName = (unit: string) => `${UNIT_SUMMARY_PREFIX}${unit}`;

/** Whether a tab is one the year-end run writes: 年度執行成效一覽表 or a 單位成效-<單位>. */
export const isYearEndTab = (name: string) => name === YEAR_END_NAME || name.startsWith(UNIT_SUMMARY_PREFIX);
