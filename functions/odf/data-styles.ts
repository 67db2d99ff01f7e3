// Number formats (ODF data styles) a cell style can show its value in.

/** A date in the ROC era as official documents write it: 民國115年1月31日. */
export function rocDateStyleXml(name: string): string {
  return `<number:date-style style:name="${name}" number:language="zh" number:country="TW"><number:era number:calendar="ROC"/><number:year number:calendar="ROC"/><number:text>年</number:text><number:month number:calendar="ROC"/><number:text>月</number:text><number:day number:calendar="ROC"/><number:text>日</number:text></number:date-style>`;
}

/** A ratio as a percentage with `decimals` decimals: 66.7%. */
export function percentStyleXml(name: string, decimals: number): string {
  return `<number:percentage-style style:name="${name}"><number:number number:decimal-places="${decimals}" number:min-decimal-places="${decimals}" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>`;
}
