// How an .xlsx cell shows a date: the era year in zh-TW (LCID 404), so Excel and LibreOffice show
// 民國115年1月31日 as official documents write dates.

/** The number format of a date cell: 民國115年1月31日. */
export const ROC_DATE_FORMAT = '[$-404]gge"年"m"月"d"日"';
