// A respondent going through a fake Form as Google Forms leads one (PageNavigationType reference):
// the form opens on its first page, with a prefilled link's answers already chosen; when a page is
// done, the last chosen option on it that has page navigation decides where to go; without one, the
// page break after the page says (setGoToPage: where the page before it goes), else the next page
// follows; a page marked SUBMIT, and the last page, end the form. Answers on pages never shown are
// not part of the response.
import { type FakeForm, type FakeItem, ItemType, PageNavigationType } from './forms.ts';

/** What a respondent met and sent. */
export interface FakeWalk {
  /** Titles of the pages shown ('' for the first). */
  readonly pages: readonly string[];
  /** Titles of the questions shown. */
  readonly shown: readonly string[];
  /** The answers the response carries, by question title. */
  readonly answers: Readonly<Record<string, string>>;
  /** Required questions shown without an answer: the form would not let the respondent send it. */
  readonly missing: readonly string[];
}

/** The answers a prefilled link carries, by the title of the item each `entry.<id>` names. */
export function prefilledAnswers(form: FakeForm, url: string): Record<string, string> {
  const query = url.split('?')[1] ?? '';
  const answers: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [key = '', value = ''] = pair.split('=');
    const id = /^entry\.(\d+)$/u.exec(key)?.[1];
    const item = id === undefined ? null : form.getItemById(Number(id));
    if (item) answers[item.getTitle()] = decodeURIComponent(value.replace(/\+/gu, ' '));
  }
  return answers;
}

/** Walks the form with these answers (a prefilled link's and what the respondent types, by title). */
export function walkFakeForm(form: FakeForm, given: Readonly<Record<string, string>>): FakeWalk {
  const pages: FakeItem[][] = [[]];
  const breaks: (FakeItem | null)[] = [null];
  for (const item of form.items) {
    if (item.getType() === ItemType.PAGE_BREAK) {
      pages.push([]);
      breaks.push(item);
    } else pages.at(-1)?.push(item);
  }
  const walk = { pages: [] as string[], shown: [] as string[], answers: {} as Record<string, string>, missing: [] as string[] };
  const seen = new Set<number>();
  let page = 0;
  while (page < pages.length && !seen.has(page)) {
    seen.add(page);
    walk.pages.push(breaks[page]?.getTitle() ?? '');
    let goTo: FakeItem | string | null = null;
    for (const item of pages[page] ?? []) {
      walk.shown.push(item.getTitle());
      const answer = given[item.getTitle()];
      if (answer === undefined || answer === '') {
        if (item.isRequired()) walk.missing.push(item.getTitle());
        continue;
      }
      walk.answers[item.getTitle()] = answer;
      const chosen = item.choices.find((choice) => choice.getValue() === answer);
      if (chosen && chosen.goTo !== null) goTo = chosen.goTo;
    }
    const following = breaks[page + 1];
    goTo ??= following?.goToPage ?? null;
    if (page === pages.length - 1 || goTo === PageNavigationType.SUBMIT) break;
    if (goTo === PageNavigationType.RESTART) page = 0;
    else if (goTo !== null && typeof goTo !== 'string') page = breaks.indexOf(goTo);
    else page += 1;
  }
  return walk;
}
