// How often units report and by when, where the plan says so: 「每季填報」, 「每月5日前提報」,
// 「於每月主管會報中，由各課、室提出本計畫執行情形」. Only sentences about reporting progress count:
// 每月 in a practice (每月服務會報交流) is what the practice does, not the plan's 填報週期.

/** What the plan says about reporting, with the sentence it says it in. */
export interface ReportingRule {
  readonly cycle: { readonly word: '月' | '季' | '半年' | '年'; readonly sentence: string } | null;
  readonly dueDay: { readonly day: number; readonly sentence: string } | null;
}

const REPORT_WORDS = '填報|提報|陳報|彙報|報送|送交|會報|管考|列管|檢討|執行情形|執行進度|辦理情形|進度';
const CYCLE = new RegExp(String.raw`每(月|季|半年|年)[^。；]*?(?:${REPORT_WORDS})|(?:${REPORT_WORDS})[^。；]*?每(月|季|半年)`, 'u');
const DUE_DAY = /(?:每月|次月|每季(?:結束|終了)?後?(?:次月)?|翌月)\s*([0-9]{1,2})\s*日(?:前|以前|止)/u;

/**
 * Reads the reporting cycle and due day from the plan's text (its 管考 section first).
 * @example readReportingRule(['（一）每月：於每月主管會報中，由各課、室提出本計畫執行情形。']) // → { cycle: { word: '月', … }, dueDay: null }
 */
export function readReportingRule(paragraphs: readonly string[]): ReportingRule {
  let cycle: ReportingRule['cycle'] = null;
  let dueDay: ReportingRule['dueDay'] = null;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[。；])/u)) {
      const text = sentence.normalize('NFKC').trim();
      const found = CYCLE.exec(text);
      const word = found?.[1] ?? found?.[2];
      if (!cycle && (word === '月' || word === '季' || word === '半年' || word === '年')) cycle = { word, sentence: sentence.trim() };
      const due = DUE_DAY.exec(text)?.[1];
      if (!dueDay && due !== undefined && Number(due) >= 1 && Number(due) <= 31) dueDay = { day: Number(due), sentence: sentence.trim() };
    }
  }
  return { cycle, dueDay };
}
