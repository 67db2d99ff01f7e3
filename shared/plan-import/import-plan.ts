// The plan document → the imported plan: its practice tables (or, without one, its numbered list
// of practices), 設定 from its title and 管考 section, 單位 from the practices' 執行單位, 項次 from the
// outline, and a note for every decision a person should confirm.

import { fromRocYear } from '../dates.ts';
import { type Deadline, describeDeadline, parseDeadline } from '../deadline.ts';
import * as msg from '../messages/domain/index.ts';
import { fail, ok, type Result } from '../result.ts';
import { matchKey } from '../text.ts';
import { parseUnitCell, splitUnitMentions } from '../units.ts';
import type { DocumentTable, PlanDocument } from './document.ts';
import type { DraftPractice, FoundSettings, ImportedPlan, ImportNote } from './imported-plan.ts';
import { cellsReadAsPractices } from './list-cells.ts';
import { readListPractices } from './list-practices.ts';
import { outlineLabel } from './outline-label.ts';
import { readReportingRule } from './plan-reporting.ts';
import { outlineOf, PRACTICE_SECTION, REPORTING_SECTION, RESPONSIBILITY_SECTION, type Section } from './plan-sections.ts';
import { type PlanTitle, readPlanTitle } from './plan-title.ts';
import { collectUnits, groupListings, practiceUnitMentions, type UnitMention } from './plan-units.ts';
import { readPlanTable } from './table-practices.ts';
import { isUnitList } from './unit-words.ts';
import { unwrapChinese } from './wrapped-text.ts';

/**
 * Reads a plan document into what the workbook's 設定, 單位, 計畫 and 匯入說明 tabs will hold.
 * Fails (with a zh-TW reason saying what was found) when the document holds no plan.
 * @example importPlan(readTextDocument(text, 'plan.txt', 'txt')) // → { ok: true, value: { practices, units, notes, … } }
 */
export function importPlan(document: PlanDocument): Result<ImportedPlan> {
  const outline = outlineOf(document);
  // The title: the lines before the first section (a few at most), else the document's first lines.
  const title = readPlanTitle((outline.title.length > 0 ? outline.title : outline.sections.map((s) => s.title)).slice(0, TITLE_LINES));
  const notes: ImportNote[] = [];
  const { practices: tablePractices, skipped } = readTables(document, title?.agency ?? '', title?.planName ?? '', notes);
  let practices = tablePractices;
  let cells: { practice: DraftPractice; cell: string }[] = [];
  const listSection = outline.sections.find((section) => PRACTICE_SECTION.test(section.title) && isNumberedList(section.paragraphs));
  if (practices.length === 0 && listSection) {
    const list = readListPractices(listSection.paragraphs, listSection.title);
    cells = cellsReadAsPractices(list.practices);
    // Mostly cells: a table pasted one cell to a line, whose columns cannot be told apart.
    if (cells.length * 2 >= list.practices.length)
      return fail(
        msg.importListOfCells(
          document.source,
          list.practices.length,
          cells.map(({ cell }) => cell),
        ),
      );
    practices = list.practices;
    notes.push(...list.notes, {
      tab: '計畫',
      where: msg.importWhereSection(listSection.title),
      message: msg.importListPractices(listSection.title, practices.length),
    });
    for (const { practice, cell } of cells)
      notes.push({ tab: '計畫', where: practice.where, message: msg.importListItemLooksLikeCell(cell), practice });
  } else if (listSection) {
    notes.push({ tab: '計畫', where: msg.importWhereSection(listSection.title), message: msg.importListSkipped(listSection.title) });
  }
  if (practices.length === 0) return fail(msg.importNoPlan(document.source, paragraphCount(document), tableCount(document), skipped));

  const settings = readSettings(title, outline.sections, document, notes);
  const units = readUnits(practices, outline.sections, document, notes);
  const settled = settle(practices, units, notes);
  if (settled.some((practice) => !practice.units.trim() || parseUnitCell(practice.units).everyUnit)) {
    notes.push({ tab: '單位', where: '', message: msg.importUnitsOnlyNamed(units.map((unit) => unit.name)) });
  }
  noteDeadlines(settled, settings.rocYear, notes);
  for (const practice of settled) {
    if (!practice.measure.trim()) notes.push({ tab: '計畫', where: practice.where, message: msg.importMeasureMissing, practice });
  }
  // Notes made while reading a practice point at it as read; they now point at it as settled.
  const settledOf = new Map<DraftPractice, DraftPractice>(practices.map((practice, index) => [practice, settled[index] ?? practice]));
  const settledAs = (practice: DraftPractice) => settledOf.get(practice) ?? practice;
  const pointed = notes.map(
    (note): ImportNote => ({
      ...note,
      ...(note.practice ? { practice: settledAs(note.practice) } : {}),
      ...(typeof note.message === 'string' ? {} : { message: { ...note.message, names: settledAs(note.message.names) } }),
    }),
  );
  return ok({
    settings,
    units,
    practices: settled,
    notes: inTabOrder(pointed, settled),
    ...(cells.length > 0 ? { cellsAsPractices: cells.length } : {}),
  });
}

const TITLE_LINES = 6;
const TAB_ORDER = ['設定', '計畫', '單位'] as const;

// Notes in the order a coordinator checks the tabs: 設定, then 計畫 by row, then 單位.
function inTabOrder(notes: readonly ImportNote[], practices: readonly DraftPractice[]): ImportNote[] {
  const rowOf = (note: ImportNote) => (note.practice ? practices.indexOf(note.practice) : -1);
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => TAB_ORDER.indexOf(a.note.tab) - TAB_ORDER.indexOf(b.note.tab) || rowOf(a.note) - rowOf(b.note) || a.index - b.index)
    .map(({ note }) => note);
}

// Two or more items numbered as a list (一、 (一) 1. (1)), not only headings such as 具體措施一：.
function isNumberedList(paragraphs: readonly string[]): boolean {
  return (
    paragraphs.filter((paragraph) => {
      const kind = outlineLabel(paragraph)?.kind;
      return kind !== undefined && kind !== 'named' && kind !== 'capital';
    }).length >= 2
  );
}

function paragraphCount(document: PlanDocument): number {
  return document.blocks.filter((block) => block.kind === 'paragraph').length;
}

function tableCount(document: PlanDocument): number {
  return document.blocks.filter((block) => block.kind === 'table').length;
}

// Each table in turn, with the paragraph just above it as the caption a table without a 實施要項
// column takes its 實施要項 from (the agency's name and the plan's title taken out of it).
function readTables(
  document: PlanDocument,
  agency: string,
  planName: string,
  notes: ImportNote[],
): { practices: DraftPractice[]; skipped: string[][] } {
  const practices: DraftPractice[] = [];
  const skipped: string[][] = [];
  let number = 0;
  document.blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    number++;
    const above = document.blocks[index - 1];
    const caption = above?.kind === 'paragraph' ? captionOf(above.text, agency, planName) : null;
    const reading = readPlanTable(block, number, caption);
    if (reading.kind === 'plan') {
      const fresh = reading.practices.filter((practice) => !repeats(practice, practices));
      if (fresh.length === 0 && reading.practices.length > 0) {
        notes.push({ tab: '計畫', where: msg.importWhereTable(number), message: msg.importTableRepeated });
        return;
      }
      practices.push(...reading.practices);
      if (block.rebuiltFrom)
        notes.push({ tab: '計畫', where: msg.importWhereTable(number), message: msg.importPdfTable(block.rebuiltFrom) });
      notes.push(...reading.notes);
    } else if (isEmptyTable(block)) {
      // A layout table with nothing in it says nothing.
    } else {
      skipped.push([...reading.header]);
      const message =
        reading.kind === 'results-form' ? msg.importResultsFormSkipped(reading.header) : msg.importOtherTableSkipped(reading.header);
      notes.push({ tab: '計畫', where: msg.importWhereTable(number), message });
    }
  });
  return { practices, skipped };
}

function repeats(practice: DraftPractice, earlier: readonly DraftPractice[]): boolean {
  const key = matchKey(practice.text);
  return earlier.some((other) => matchKey(other.text) === key);
}

function isEmptyTable(table: DocumentTable): boolean {
  return table.rows.every((row) => row.cells.every((cell) => cell.paragraphs.every((p) => !p.trim())));
}

// 「臺北市萬華區公所 115 年度提升服務品質執行計畫 — 各課室業務期程一覽表」 → 各課室業務期程一覽表.
function captionOf(text: string, agency: string, planName: string): string | null {
  let caption = unwrapChinese(text).replace(/\s+/gu, ' ').trim();
  for (const words of [agency, planName]) {
    const key = words.replace(/\s+/gu, '');
    if (key) caption = caption.replace(new RegExp(escaped(key).split('').join('\\s*'), 'u'), '');
  }
  caption = caption.replace(/^[\s—–\-－:：、,，]+|[\s—–\-－:：、,，]+$/gu, '');
  return caption.length > 0 && caption.length <= 80 && !/[。]$/u.test(caption) ? caption : null;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function readSettings(found: PlanTitle | null, sections: readonly Section[], document: PlanDocument, notes: ImportNote[]): FoundSettings {
  let rocYear = found?.rocYear ?? null;
  if (found?.agency || found?.planName) {
    notes.push({
      tab: '設定',
      where: msg.importWhereTitle,
      message: msg.importTitleRead(found.agency, found.planName, rocYear, found.text),
    });
  }
  if (!found?.agency) notes.push({ tab: '設定', where: msg.importWhereTitle, message: msg.importAgencyMissing });
  if (rocYear === null) {
    const fromText = mostNamedYear(document);
    if (fromText) {
      rocYear = fromText.year;
      notes.push({
        tab: '設定',
        where: msg.importWhereSection(fromText.where),
        message: msg.importYearFromText(fromText.year, fromText.text),
      });
    } else {
      notes.push({ tab: '設定', where: msg.importWhereTitle, message: msg.importYearMissing });
    }
  }
  const reportingSections = sections.filter((section) => REPORTING_SECTION.test(section.title));
  const rule = readReportingRule(reportingSections.flatMap((section) => [section.title, ...section.paragraphs]));
  const where = (sentence: string) =>
    msg.importWhereSection(reportingSections.find((s) => s.paragraphs.some((p) => p.includes(sentence)))?.title ?? '');
  // Whatever 設定 gets by default (SPEC.md's 月 and 5) is said, with what the document did say.
  if (rule.cycle)
    notes.push({ tab: '設定', where: where(rule.cycle.sentence), message: msg.importCycleFound(rule.cycle.word, rule.cycle.sentence) });
  if (rule.dueDay)
    notes.push({ tab: '設定', where: where(rule.dueDay.sentence), message: msg.importDueDayFound(rule.dueDay.day, rule.dueDay.sentence) });
  if (rule.dueUnread)
    notes.push({
      tab: '設定',
      where: where(rule.dueUnread.sentence),
      message: msg.importDueDayUnread(rule.dueUnread.wording, rule.dueUnread.sentence),
    });
  if (!rule.cycle && !rule.dueDay && !rule.dueUnread)
    notes.push({ tab: '設定', where: msg.importWhereTitle, message: msg.importCycleDefault });
  else if (!rule.cycle) notes.push({ tab: '設定', where: msg.importWhereTitle, message: msg.importCycleOnlyDefault });
  else if (!rule.dueDay && !rule.dueUnread)
    notes.push({ tab: '設定', where: where(rule.cycle.sentence), message: msg.importDueDayDefault });
  return {
    agency: found?.agency ?? '',
    planName: found?.planName ?? '',
    rocYear,
    cycle: rule.cycle?.word ?? null,
    dueDay: rule.dueDay?.day ?? null,
  };
}

// Without a year in the title: the year the plan's own paragraphs name most (本計畫… 115 年).
function mostNamedYear(document: PlanDocument): { year: number; text: string; where: string } | null {
  const counts = new Map<number, { count: number; text: string }>();
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const match of block.text.normalize('NFKC').matchAll(/(?<![0-9])(1[0-9]{2})\s*年/gu)) {
      const year = Number(match[1]);
      const entry = counts.get(year) ?? { count: 0, text: block.text.slice(0, 40) };
      entry.count++;
      counts.set(year, entry);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[0] - a[0])[0];
  return best ? { year: best[0], text: best[1].text, where: best[1].text } : null;
}

function readUnits(
  practices: readonly DraftPractice[],
  sections: readonly Section[],
  document: PlanDocument,
  notes: ImportNote[],
): ImportedPlan['units'] {
  const mentions: UnitMention[] = practiceUnitMentions(practices);
  const paragraphs = document.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  mentions.push(...groupListings(paragraphs, mentions));
  if (practices.every((practice) => !practice.units.trim())) {
    notes.push({ tab: '計畫', where: msg.importWherePlanTable, message: msg.importNoUnitsColumn });
    for (const section of sections.filter((s) => RESPONSIBILITY_SECTION.test(s.title))) {
      const named = section.paragraphs.flatMap((paragraph) => responsibleUnits(paragraph));
      if (named.length === 0) continue;
      mentions.push(...named.map((name) => ({ name, where: msg.importWhereSection(section.title) })));
      notes.push({ tab: '單位', where: msg.importWhereSection(section.title), message: msg.importUnitsFromSection(named) });
    }
  }
  const { units, notes: unitNotes } = collectUnits(mentions);
  notes.push(...unitNotes);
  return units;
}

// 「一、輔導組」「二、各組、室」: a paragraph of a 權責分工 section that names units (the part before its colon).
function responsibleUnits(paragraph: string): string[] {
  const head = (outlineLabel(paragraph)?.rest ?? paragraph).split(/[：:，,。]/u)[0]?.trim() ?? '';
  return isUnitList(head) ? splitUnitMentions(head).filter((name) => !mentionsEveryUnit(name)) : [];
}

function mentionsEveryUnit(units: string): boolean {
  return /(?:^|[、，,\s])(?:本[所處局署府]?)?(?:各|全)/u.test(units);
}

// Each practice as it goes into 計畫. 項次: the plan's own 編號 where it writes one, else the
// outline's numbers (一、(二)3. → 1-2-3); a repeated one becomes 6之2. 執行單位: a group (各分處)
// written out as the units of that kind the plan names.
function settle(
  practices: readonly DraftPractice[],
  units: ImportedPlan['units'],
  notes: ImportNote[],
): (DraftPractice & { id: string })[] {
  const used = new Set<string>();
  return practices.map((practice, index) => {
    const written = practice.writtenId?.trim() || (practice.outline.length > 0 ? practice.outline.join('-') : String(index + 1));
    let id = written;
    for (let n = 2; used.has(matchKey(id)); n++) id = `${written}之${n}`;
    used.add(matchKey(id));
    const groups: string[] = [];
    const named = splitUnitMentions(practice.units).flatMap((mention) => {
      const members = groupMembers(mention, units);
      if (members === null) return [mention];
      groups.push(mention);
      return members.length > 0 ? members : [mention];
    });
    const settled = { ...practice, id, units: groups.length > 0 ? [...new Set(named)].join('、') : practice.units };
    if (id !== written) notes.push({ tab: '計畫', where: practice.where, message: msg.importIdRepeated(written, id), practice: settled });
    for (const group of groups) {
      const members = groupMembers(group, units) ?? [];
      const message = members.length > 0 ? msg.importGroupWrittenOut(group, members) : msg.importGroupUnknown(group);
      notes.push({ tab: '計畫', where: practice.where, message, practice: settled });
    }
    return settled;
  });
}

// 各分處, 各科: the units whose names end so; null for a mention that is not such a group (各課室 is every unit).
function groupMembers(mention: string, units: ImportedPlan['units']): string[] | null {
  const kind = /^各(\p{Script=Han}{1,3})$/u.exec(mention.trim())?.[1];
  if (!kind || parseUnitCell(mention).everyUnit) return null;
  return units.filter((unit) => unit.name.endsWith(kind) && unit.name !== kind).map((unit) => unit.name);
}

// Deadlines are read as consolidate will read them: what it cannot read, and readings worth a look
// (ranges, several dates, a cycle), are noted.
function noteDeadlines(practices: readonly (DraftPractice & { id: string })[], rocYear: number | null, notes: ImportNote[]): void {
  if (rocYear === null) return;
  for (const practice of practices) {
    if (!practice.deadline.trim()) continue;
    const deadline: Deadline = parseDeadline(practice.deadline, fromRocYear(rocYear));
    if (deadline.kind === 'unknown')
      notes.push({ tab: '計畫', where: practice.where, message: msg.importDeadlineUnknown(practice.deadline), practice });
    else if (deadline.kind === 'range' || deadline.kind === 'multiple' || deadline.kind === 'recurring') {
      const reading = describeDeadline(deadline);
      if (matchKey(reading) !== matchKey(practice.deadline))
        notes.push({ tab: '計畫', where: practice.where, message: msg.importDeadlineRead(practice.deadline, reading), practice });
    }
  }
}
