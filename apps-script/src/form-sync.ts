import * as msg from '../../shared/messages/apps-script.ts';
import { planTitle } from '../../shared/plan-heading.ts';
import { type FormNext, type FormQuestion, type QuestionType, reportForm } from '../../shared/report-form.ts';
import { ok, type Result } from '../../shared/result.ts';
import type { Gas } from './gas.ts';
import { readPlan } from './plan-reader.ts';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type PageBreakItem = GoogleAppsScript.Forms.PageBreakItem;
/** The page a choice or a page leads to; null for submitting the form. */
type PageOf = (next: FormNext) => PageBreakItem | null;
/** What MultipleChoiceItem and ListItem share for choices that lead somewhere. */
interface Chooser {
  createChoice(value: string, navigationItem: PageBreakItem): GoogleAppsScript.Forms.Choice;
  createChoice(value: string, navigationType: GoogleAppsScript.Forms.PageNavigationType): GoogleAppsScript.Forms.Choice;
}

/** What 依計畫更新表單 did. */
export interface FormSyncReport {
  readonly formUrl: string;
  readonly created: boolean;
  readonly units: number;
  readonly practices: number;
}

/**
 * Creates or updates the spreadsheet's Form as shared/report-form.ts lays it out from 計畫 / 單位 /
 * 設定. Items are found by title and type and updated in place — never deleted, so no response is
 * lost — and a second run leaves the form as the first left it.
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
  form
    .setTitle(msg.gasFormTitle(planTitle(settings)))
    .setDescription(msg.gasFormDescription)
    .setCollectEmail(true);

  const design = reportForm(plan);
  const breaks = new Map<string, Item>();
  const questions: { question: FormQuestion; item: Item }[] = [];
  const order: Item[] = [];
  design.pages.forEach((page, index) => {
    if (index > 0) {
      const pageBreak = ensureItem(gas, form, 'PAGE_BREAK', page.title);
      breaks.set(page.title, pageBreak);
      order.push(pageBreak);
    }
    for (const question of page.questions) {
      const item = ensureItem(gas, form, question.type, question.title);
      questions.push({ question, item });
      order.push(item);
    }
  });
  order.forEach((item, index) => {
    if (item.getIndex() !== index) form.moveItem(item, index);
  });

  const pageOf: PageOf = (next) => (next === 'submit' ? null : (breaks.get(next.page)?.asPageBreakItem() ?? null));
  const choice = (view: Chooser, value: string, next: FormNext) => {
    const page = pageOf(next);
    return page ? view.createChoice(value, page) : view.createChoice(value, gas.forms.PageNavigationType.SUBMIT);
  };
  for (const { question, item } of questions) setQuestion(item, question, choice);
  // A page break says where the page before it goes when no answer leads elsewhere.
  design.pages.forEach((page, index) => {
    const following = design.pages[index + 1];
    const pageBreak = following && breaks.get(following.title)?.asPageBreakItem();
    if (!pageBreak) return;
    const target = page.next === undefined ? null : pageOf(page.next);
    if (page.next === undefined || target?.getTitle() === following.title) pageBreak.setGoToPage(gas.forms.PageNavigationType.CONTINUE);
    else if (target) pageBreak.setGoToPage(target);
    else pageBreak.setGoToPage(gas.forms.PageNavigationType.SUBMIT);
  });
  endAfterLastPage(gas, form, order.length);

  const unitPages = design.pages.slice(1, -2);
  return ok({
    formUrl: form.getPublishedUrl(),
    created: !existingUrl,
    units: unitPages.length,
    practices: unitPages.reduce((sum, page) => sum + (page.questions[0]?.choices?.length ?? 0), 0),
  });
}

const ADD: Readonly<Record<QuestionType | 'PAGE_BREAK', (form: Form) => { setTitle(title: string): { getId(): number } }>> = {
  MULTIPLE_CHOICE: (form) => form.addMultipleChoiceItem(),
  LIST: (form) => form.addListItem(),
  DATE: (form) => form.addDateItem(),
  TEXT: (form) => form.addTextItem(),
  PARAGRAPH_TEXT: (form) => form.addParagraphTextItem(),
  PAGE_BREAK: (form) => form.addPageBreakItem(),
};

// The item of this type and title, or a new one at the end.
function ensureItem(gas: Gas, form: Form, type: QuestionType | 'PAGE_BREAK', title: string): Item {
  return (
    form.getItems(gas.forms.ItemType[type]).find((item) => item.getTitle() === title) ??
    form.getItemById(ADD[type](form).setTitle(title).getId())
  );
}

// Required, help text and choices; a choice that leads somewhere gets its page (Forms refuses an
// item mixing choices with and without navigation, so a question's choices all lead or none does).
function setQuestion(
  item: Item,
  question: FormQuestion,
  choice: (view: Chooser, value: string, next: FormNext) => GoogleAppsScript.Forms.Choice,
): void {
  const choices = question.choices ?? [];
  const leads = choices.some((candidate) => candidate.next !== undefined);
  const help = question.help ?? '';
  switch (question.type) {
    case 'MULTIPLE_CHOICE': {
      const view = item.asMultipleChoiceItem().setRequired(question.required).setHelpText(help);
      if (leads) view.setChoices(choices.map(({ value, next }) => choice(view, value, next ?? 'submit')));
      else view.setChoiceValues(choices.map(({ value }) => value));
      return;
    }
    case 'LIST': {
      const view = item.asListItem().setRequired(question.required).setHelpText(help);
      if (leads) view.setChoices(choices.map(({ value, next }) => choice(view, value, next ?? 'submit')));
      else view.setChoiceValues(choices.map(({ value }) => value));
      return;
    }
    case 'DATE':
      item.asDateItem().setRequired(question.required).setHelpText(help);
      return;
    case 'TEXT':
      item.asTextItem().setRequired(question.required).setHelpText(help);
      return;
    case 'PARAGRAPH_TEXT':
      item.asParagraphTextItem().setRequired(question.required).setHelpText(help);
  }
}

// Sections of units no longer in the plan stay (their answers are responses) but sit after the last
// page: the first page break there submits the form instead of walking into them.
function endAfterLastPage(gas: Gas, form: Form, managed: number): void {
  const leftover = form
    .getItems()
    .slice(managed)
    .find((item) => item.getType() === gas.forms.ItemType.PAGE_BREAK);
  leftover?.asPageBreakItem().setGoToPage(gas.forms.PageNavigationType.SUBMIT);
}
