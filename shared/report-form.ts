import { SUBMISSION_COLUMNS, type SubmissionColumn } from './input-columns.ts';
import * as msg from './messages/domain/index.ts';
import { periodLabel, periodsOfYear } from './period.ts';
import type { Plan } from './plan.ts';
import { practiceChoice, reportingUnits, unitPracticeChoices } from './practice-choice.ts';
import { STATUSES } from './status.ts';

// The Google Form 依計畫更新表單 builds, as data: its pages, questions and where each answer leads.
// The Apps Script applies it to the real Form (apps-script/src/form-sync.ts); the burden benchmark
// walks it (bench/report-burden.ts). It asks only what the plan and the period cannot answer:
//
//   page 1    填報單位 (each unit leads to its own page) and 具體作法 (every practice, optional: a
//             催報 link fills it in, and then it leads straight to 填報內容 — Google Forms follows
//             the last answered choice with navigation on a page, so the unit's page is skipped)
//   <單位>    具體作法（<單位>）: only that unit's practices
//   填報內容  填報期間, 辦理狀態 (落後 leads to 落後說明, any other status submits), 辦理日期,
//             執行成效, 量化成果, 佐證資料
//   落後說明  落後原因, 改善措施: asked only after 落後, and required there

/** Where a page goes next: another page by its title, or submitting the form. */
export type FormNext = { readonly page: string } | 'submit';

/** One choice of a question, and where choosing it leads once the page is done. */
export interface FormChoice {
  readonly value: string;
  readonly next?: FormNext;
}

/** Question kinds, named as FormApp.ItemType names them. */
export type QuestionType = 'MULTIPLE_CHOICE' | 'LIST' | 'DATE' | 'TEXT' | 'PARAGRAPH_TEXT';

/** One question. */
export interface FormQuestion {
  readonly title: string;
  /** The submission column its answer fills. */
  readonly column: SubmissionColumn;
  readonly type: QuestionType;
  readonly required: boolean;
  readonly help?: string;
  readonly choices?: readonly FormChoice[];
}

/** One page: the first has no title (the form's own start), each other begins with a page break of its title. */
export interface FormPage {
  readonly title: string;
  readonly questions: readonly FormQuestion[];
  /** Where the page goes when no answer on it leads elsewhere; the following page when absent. */
  readonly next?: FormNext;
}

/** The whole form. */
export interface ReportForm {
  readonly pages: readonly FormPage[];
}

const title = (column: SubmissionColumn) => SUBMISSION_COLUMNS[column][0];

/** The title of the question a 催報 link fills with the practice (page 1). */
export const DIRECT_PRACTICE_TITLE = title('具體作法');

/**
 * The form for a plan (see above).
 * @example reportForm(plan).pages.map((page) => page.title) // → ['', '秘書室', '民政課', '社會課', '填報內容', '落後說明']
 */
export function reportForm(plan: Plan): ReportForm {
  const units = reportingUnits(plan);
  const content = { page: msg.formContentSection };
  const late = { page: msg.formLateSection };
  const first: FormPage = {
    title: '',
    questions: [
      {
        title: title('填報單位'),
        column: '填報單位',
        type: 'MULTIPLE_CHOICE',
        required: true,
        choices: units.map((unit) => ({ value: unit, next: { page: unit } })),
      },
      {
        title: DIRECT_PRACTICE_TITLE,
        column: '具體作法',
        type: 'LIST',
        required: false,
        help: msg.formDirectPracticeHelp,
        choices: plan.practices
          .filter((practice) => practice.units.length > 0)
          .map((practice) => ({ value: practiceChoice(practice), next: content })),
      },
    ],
  };
  const unitPages = units.map(
    (unit): FormPage => ({
      title: unit,
      questions: [
        {
          title: msg.formPracticeQuestion(unit),
          column: '具體作法',
          type: 'LIST',
          required: true,
          help: msg.formPracticeHelp,
          choices: unitPracticeChoices(plan, unit).map((value) => ({ value })),
        },
      ],
      next: content,
    }),
  );
  const contentPage: FormPage = {
    title: msg.formContentSection,
    questions: [
      {
        title: title('填報期間'),
        column: '填報期間',
        type: 'LIST',
        required: true,
        choices: periodsOfYear(plan.settings.year, plan.settings.cycle).map((period) => ({ value: periodLabel(period) })),
      },
      {
        title: title('辦理狀態'),
        column: '辦理狀態',
        type: 'MULTIPLE_CHOICE',
        required: true,
        help: msg.formStatusHelp,
        choices: STATUSES.map((status) => ({ value: status, next: status === '落後' ? late : 'submit' })),
      },
      { title: title('辦理日期'), column: '辦理日期', type: 'DATE', required: false },
      { title: title('執行成效'), column: '執行成效', type: 'PARAGRAPH_TEXT', required: false, help: msg.formResultHelp },
      { title: title('量化成果'), column: '量化成果', type: 'TEXT', required: false, help: msg.formQuantityHelp },
      { title: title('佐證資料'), column: '佐證資料', type: 'PARAGRAPH_TEXT', required: false, help: msg.formEvidenceHelp },
    ],
    next: 'submit',
  };
  const latePage: FormPage = {
    title: msg.formLateSection,
    questions: [
      { title: title('落後原因'), column: '落後原因', type: 'PARAGRAPH_TEXT', required: true, help: msg.formLateHelp },
      { title: title('改善措施'), column: '改善措施', type: 'PARAGRAPH_TEXT', required: true, help: msg.formLateHelp },
    ],
    next: 'submit',
  };
  return { pages: [first, ...unitPages, contentPage, latePage] };
}

/** What a respondent meets on the way through the form with some answers given. */
export interface FormWalk {
  /** Titles of the pages shown, in order ('' for the first). */
  readonly pages: readonly string[];
  /** The questions on those pages. */
  readonly shown: readonly FormQuestion[];
  /** The answers that reach the response (those on pages shown). */
  readonly answers: ReadonlyMap<string, string>;
  /** Required questions shown without an answer: the form cannot be sent. */
  readonly missing: readonly string[];
}

/**
 * Walks the form as Google Forms leads a respondent with these answers (by question title): from
 * the first page, each page leads by the last answered choice on it that has navigation, else by
 * its own next, else to the following page; the last page submits.
 */
export function walkForm(form: ReportForm, given: ReadonlyMap<string, string>): FormWalk {
  const pages: string[] = [];
  const shown: FormQuestion[] = [];
  const answers = new Map<string, string>();
  const missing: string[] = [];
  let index = 0;
  let page = form.pages[index];
  while (page !== undefined && !pages.includes(page.title)) {
    pages.push(page.title);
    let next: FormNext | undefined = page.next;
    for (const question of page.questions) {
      shown.push(question);
      const answer = given.get(question.title);
      if (answer === undefined || answer === '') {
        if (question.required) missing.push(question.title);
        continue;
      }
      answers.set(question.title, answer);
      next = question.choices?.find((choice) => choice.value === answer)?.next ?? next;
    }
    if (index === form.pages.length - 1 || next === 'submit') break;
    index = next === undefined ? index + 1 : form.pages.findIndex((candidate) => candidate.title === next.page);
    page = form.pages[index];
  }
  return { pages, shown, answers, missing };
}
