import { SUBMISSION_COLUMNS } from '../../shared/columns.ts';
import * as msg from '../../shared/messages.ts';
import { periodLabel, periodsOfYear } from '../../shared/period.ts';
import { planTitle } from '../../shared/plan-title.ts';
import { ok, type Result } from '../../shared/result.ts';
import { STATUSES } from '../../shared/validation.ts';
import type { Gas } from './gas.ts';
import { readPlan } from './plan-reader.ts';
import { reportingUnits, unitPracticeChoices } from '../../shared/practice-choice.ts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ItemType = GoogleAppsScript.Forms.ItemType;

/** What 依計畫更新表單 did. */
export interface FormSyncReport {
  readonly formUrl: string;
  readonly created: boolean;
  readonly units: number;
  readonly practices: number;
}

const title = (column: keyof typeof SUBMISSION_COLUMNS) => SUBMISSION_COLUMNS[column][0];

/**
 * Creates or updates the spreadsheet's Form from 計畫 / 單位 / 設定: 填報單位 leads to a section per
 * unit listing only that unit's practices, then one section with the rest of the report. Items are
 * found by title and updated in place — never deleted, so no response is lost — and a second run
 * leaves the form as the first left it.
 */
export function syncForm(gas: Gas): Result<FormSyncReport> {
  const spreadsheet = gas.spreadsheets.getActive();
  const read = readPlan(spreadsheet);
  if (!read.ok) return read;
  const { plan } = read.value;
  const { settings } = plan;
  const existingUrl = spreadsheet.getFormUrl();
  const form = existingUrl ? gas.forms.openByUrl(existingUrl) : gas.forms.create(msg.gasFormTitle(planTitle(settings)));
  if (!existingUrl) form.setDestination(gas.forms.DestinationType.SPREADSHEET, spreadsheet.getId());
  form.setTitle(msg.gasFormTitle(planTitle(settings))).setDescription(msg.gasFormDescription).setCollectEmail(true);

  const types = gas.forms.ItemType;
  const ensure = (type: ItemType, itemTitle: string, add: () => { setTitle(text: string): { getId(): number } }): Item =>
    form.getItems(type).find((item) => item.getTitle() === itemTitle) ?? form.getItemById(add().setTitle(itemTitle).getId());

  const units = reportingUnits(plan);
  const unitQuestion = ensure(types.MULTIPLE_CHOICE, title('填報單位'), () => form.addMultipleChoiceItem());
  const sections = units.map((unit) => ({
    page: ensure(types.PAGE_BREAK, unit, () => form.addPageBreakItem()),
    practices: ensure(types.LIST, msg.gasPracticeQuestion(unit), () => form.addListItem()),
    choices: unitPracticeChoices(plan, unit),
  }));
  const contentPage = ensure(types.PAGE_BREAK, msg.gasContentSection, () => form.addPageBreakItem());
  const period = ensure(types.LIST, title('填報期間'), () => form.addListItem());
  const status = ensure(types.MULTIPLE_CHOICE, title('辦理狀態'), () => form.addMultipleChoiceItem());
  const texts = [
    ensure(types.DATE, title('辦理日期'), () => form.addDateItem()),
    ensure(types.PARAGRAPH_TEXT, title('執行成效'), () => form.addParagraphTextItem()),
    ensure(types.TEXT, title('量化成果'), () => form.addTextItem()),
    ensure(types.PARAGRAPH_TEXT, title('佐證資料'), () => form.addParagraphTextItem()),
    ensure(types.PARAGRAPH_TEXT, title('落後原因'), () => form.addParagraphTextItem()),
    ensure(types.PARAGRAPH_TEXT, title('改善措施'), () => form.addParagraphTextItem()),
  ];

  const order = [unitQuestion, ...sections.flatMap((section) => [section.page, section.practices]), contentPage, period, status, ...texts];
  order.forEach((item, index) => {
    if (item.getIndex() !== index) form.moveItem(item, index);
  });

  const unitChoice = unitQuestion.asMultipleChoiceItem();
  unitChoice.setChoices(sections.map((section, index) => unitChoice.createChoice(units[index] ?? '', section.page.asPageBreakItem()))).setRequired(true);
  sections.forEach((section, index) => {
    section.practices.asListItem().setChoiceValues(section.choices).setRequired(true).setHelpText(msg.gasPracticeHelp);
    // A page break says where the page before it goes: every unit section but the last skips the
    // other units' sections and goes on to 填報內容; the first follows the choice on page one.
    const page = section.page.asPageBreakItem();
    if (index === 0) page.setGoToPage(gas.forms.PageNavigationType.CONTINUE);
    else page.setGoToPage(contentPage.asPageBreakItem());
  });
  period.asListItem().setChoiceValues(periodsOfYear(settings.year, settings.cycle).map(periodLabel)).setRequired(true);
  status.asMultipleChoiceItem().setChoiceValues([...STATUSES]).setRequired(true);
  texts[1]?.setHelpText(msg.gasResultHelp);
  texts[3]?.setHelpText(msg.gasEvidenceHelp);
  texts[4]?.setHelpText(msg.gasLateHelp);
  texts[5]?.setHelpText(msg.gasLateHelp);
  endAfterContent(gas, form, order.length);

  return ok({ formUrl: form.getPublishedUrl(), created: !existingUrl, units: units.length, practices: sections.reduce((sum, section) => sum + section.choices.length, 0) });
}

// Sections of units no longer in the plan stay (their answers are responses) but sit after 填報內容:
// the first page break there submits the form instead of walking into them.
function endAfterContent(gas: Gas, form: Form, managed: number): void {
  const leftover = form.getItems().slice(managed).find((item) => item.getType() === gas.forms.ItemType.PAGE_BREAK);
  leftover?.asPageBreakItem().setGoToPage(gas.forms.PageNavigationType.SUBMIT);
}
