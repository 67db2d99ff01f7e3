import { type Period, periodLabel } from '../../shared/period.ts';
import type { Plan, Practice } from '../../shared/plan.ts';
import { practiceChoice } from '../../shared/practice-choice.ts';
import { type FormQuestion, reportForm } from '../../shared/report-form.ts';
import { errorDetail, type Gas, logEvent } from './gas.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A unit's prefilled link to the Form for one practice, or null when none can be made. */
export type FormLink = (unit: string, practice: Practice) => string | null;

/**
 * Prefilled links to the spreadsheet's Form for `period` (FormResponse.toPrefilledUrl): 填報單位,
 * 具體作法 (the first page's question, so the Form skips the unit's page) and 填報期間 answered, so
 * the unit answers only its status and results. No link when the spreadsheet has no Form, or the
 * Form lacks a question or a choice the plan now has (依計畫更新表單 not run since): the letter
 * then says to use the Form as usual.
 */
export function formLinks(gas: Gas, spreadsheet: Spreadsheet, plan: Plan, period: Period): FormLink {
  const none: FormLink = () => null;
  const url = spreadsheet.getFormUrl();
  if (!url) return none;
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = gas.forms.openByUrl(url);
  } catch (error) {
    logEvent(gas, 'reminders.form-unavailable', { error: errorDetail(error) });
    return none;
  }
  // The Form's first 填報單位, 具體作法 and 填報期間 questions, as the shared design names them.
  const questions = reportForm(plan).pages.flatMap((page) => page.questions);
  const find = (column: FormQuestion['column']) => {
    const question = questions.find((candidate) => candidate.column === column);
    return question && form.getItems(gas.forms.ItemType[question.type]).find((item) => item.getTitle() === question.title);
  };
  const unitItem = find('填報單位');
  const practiceItem = find('具體作法');
  const periodItem = find('填報期間');
  if (!unitItem || !practiceItem || !periodItem) return none;
  return (unit, practice) => {
    try {
      return form
        .createResponse()
        .withItemResponse(unitItem.asMultipleChoiceItem().createResponse(unit))
        .withItemResponse(practiceItem.asListItem().createResponse(practiceChoice(practice)))
        .withItemResponse(periodItem.asListItem().createResponse(periodLabel(period)))
        .toPrefilledUrl();
    } catch {
      // A unit, practice or period the Form does not offer yet: no link rather than a wrong one.
      return null;
    }
  };
}
