/// <reference types="google-apps-script" />
// FormApp as the reference describes it, for what the bundle uses: items found with getItems(type),
// typed views by asXxxItem() (which throw for another type), choices that may navigate to a page
// break, moveItem by index, a destination spreadsheet that gets a 表單回應 tab, responses with ids
// and timestamps, and prefilled links (createResponse, item.createResponse, toPrefilledUrl). How a
// respondent moves through the pages is in form-walk.ts.
import type { FakeSpreadsheet } from './spreadsheet.ts';

export const ItemType = {
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  LIST: 'LIST',
  CHECKBOX: 'CHECKBOX',
  PAGE_BREAK: 'PAGE_BREAK',
  SECTION_HEADER: 'SECTION_HEADER',
  DATE: 'DATE',
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
} as const;
type ItemTypeName = (typeof ItemType)[keyof typeof ItemType];

export const PageNavigationType = { CONTINUE: 'CONTINUE', GO_TO_PAGE: 'GO_TO_PAGE', RESTART: 'RESTART', SUBMIT: 'SUBMIT' } as const;
type Navigation = (typeof PageNavigationType)[keyof typeof PageNavigationType];

export class FakeChoice {
  readonly value: string;
  readonly goTo: FakeItem | Navigation | null;
  constructor(value: string, goTo: FakeItem | Navigation | null) {
    this.value = value;
    this.goTo = goTo;
  }
  getValue(): string {
    return this.value;
  }
  getGotoPage(): FakeItem | null {
    return this.goTo instanceof FakeItem ? this.goTo : null;
  }
  getPageNavigationType(): Navigation {
    if (this.goTo instanceof FakeItem) return PageNavigationType.GO_TO_PAGE;
    return this.goTo ?? PageNavigationType.CONTINUE;
  }
}

const CHOICE_TYPES: readonly ItemTypeName[] = [ItemType.MULTIPLE_CHOICE, ItemType.LIST, ItemType.CHECKBOX];

/** One item of any type; the asXxxItem() views check the type as Apps Script does. */
export class FakeItem {
  readonly #form: FakeForm;
  readonly #id: number;
  readonly #type: ItemTypeName;
  title = '';
  helpText = '';
  required = false;
  choices: FakeChoice[] = [];
  goToPage: FakeItem | Navigation | null = null;

  constructor(form: FakeForm, id: number, type: ItemTypeName) {
    this.#form = form;
    this.#id = id;
    this.#type = type;
  }
  getId(): number {
    return this.#id;
  }
  getType(): ItemTypeName {
    return this.#type;
  }
  getIndex(): number {
    return this.#form.items.indexOf(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getHelpText(): string {
    return this.helpText;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  isRequired(): boolean {
    return this.required;
  }
  setRequired(required: boolean): this {
    if (this.#type === ItemType.PAGE_BREAK) throw new Error('A page break cannot be required.');
    this.required = required;
    return this;
  }
  createChoice(value: string, goTo?: FakeItem | Navigation): FakeChoice {
    this.#needChoices();
    if (goTo instanceof FakeItem && goTo.getType() !== ItemType.PAGE_BREAK) throw new Error('A choice can only navigate to a page break.');
    return new FakeChoice(value, goTo ?? null);
  }
  setChoices(choices: FakeChoice[]): this {
    this.#needChoices();
    if (choices.length === 0) throw new Error('Choices cannot be empty.');
    this.choices = [...choices];
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.#needChoices();
    if (values.length === 0) throw new Error('Choices cannot be empty.');
    if (new Set(values).size !== values.length) throw new Error('Choice values must be unique.');
    this.choices = values.map((value) => new FakeChoice(value, null));
    return this;
  }
  getChoices(): FakeChoice[] {
    this.#needChoices();
    return [...this.choices];
  }
  setGoToPage(goTo: FakeItem | Navigation): this {
    if (this.#type !== ItemType.PAGE_BREAK) throw new Error('Only a page break has a go-to page.');
    this.goToPage = goTo;
    return this;
  }
  getGoToPage(): FakeItem | null {
    return this.goToPage instanceof FakeItem ? this.goToPage : null;
  }
  getPageNavigationType(): Navigation {
    if (this.goToPage instanceof FakeItem) return PageNavigationType.GO_TO_PAGE;
    return this.goToPage ?? PageNavigationType.CONTINUE;
  }
  #as(type: ItemTypeName): this {
    if (this.#type !== type) throw new Error(`Item ${this.#id} is a ${this.#type}, not a ${type}.`);
    return this;
  }
  #needChoices(): void {
    if (!CHOICE_TYPES.includes(this.#type)) throw new Error(`A ${this.#type} item has no choices.`);
  }
  asMultipleChoiceItem(): this {
    return this.#as(ItemType.MULTIPLE_CHOICE);
  }
  asListItem(): this {
    return this.#as(ItemType.LIST);
  }
  asCheckboxItem(): this {
    return this.#as(ItemType.CHECKBOX);
  }
  asPageBreakItem(): this {
    return this.#as(ItemType.PAGE_BREAK);
  }
  asDateItem(): this {
    return this.#as(ItemType.DATE);
  }
  asTextItem(): this {
    return this.#as(ItemType.TEXT);
  }
  asParagraphTextItem(): this {
    return this.#as(ItemType.PARAGRAPH_TEXT);
  }
  /** An answer to this item, for a response or a prefilled link: a choice item takes only one of its choices. */
  createResponse(response: string): FakeItemResponse {
    if (this.#type === ItemType.PAGE_BREAK || this.#type === ItemType.SECTION_HEADER)
      throw new Error(`A ${this.#type} item takes no response.`);
    if (CHOICE_TYPES.includes(this.#type) && !this.choices.some((choice) => choice.value === response)) {
      throw new Error(`Invalid response submitted to item "${this.title}": "${response}" is not one of its choices.`);
    }
    return new FakeItemResponse(this, response);
  }
}

export class FakeItemResponse {
  readonly #item: FakeItem;
  readonly #response: string;
  constructor(item: FakeItem, response: string) {
    this.#item = item;
    this.#response = response;
  }
  getItem(): FakeItem {
    return this.#item;
  }
  getResponse(): string {
    return this.#response;
  }
}

/**
 * A response being put together (Form.createResponse()): answers added with withItemResponse, and
 * toPrefilledUrl giving the form's link with them filled in. Google names each answer
 * `entry.<entry id>`, a number of its own; the fake uses the item's id.
 */
export class FakeResponseDraft {
  readonly #form: FakeForm;
  readonly #answers: FakeItemResponse[] = [];
  constructor(form: FakeForm) {
    this.#form = form;
  }
  withItemResponse(response: FakeItemResponse): this {
    if (!this.#form.items.includes(response.getItem())) throw new Error('The item response belongs to another form.');
    const existing = this.#answers.findIndex((answer) => answer.getItem() === response.getItem());
    if (existing >= 0) this.#answers.splice(existing, 1);
    this.#answers.push(response);
    return this;
  }
  getItemResponses(): FakeItemResponse[] {
    return [...this.#answers];
  }
  toPrefilledUrl(): string {
    const entries = this.#answers.map(
      (answer) => `entry.${answer.getItem().getId()}=${encodeURIComponent(answer.getResponse()).replace(/%20/gu, '+')}`,
    );
    return `${this.#form.getPublishedUrl()}?usp=pp_url&${entries.join('&')}`;
  }
}

export class FakeFormResponse {
  readonly #id: string;
  readonly #timestamp: Date;
  readonly #email: string;
  constructor(id: string, timestamp: Date, email: string) {
    this.#id = id;
    this.#timestamp = timestamp;
    this.#email = email;
  }
  getId(): string {
    return this.#id;
  }
  getTimestamp(): Date {
    return new Date(this.#timestamp.getTime());
  }
  getRespondentEmail(): string {
    return this.#email;
  }
}

export class FakeForm {
  readonly #app: FakeFormApp;
  readonly #id: string;
  readonly items: FakeItem[] = [];
  readonly responses: FakeFormResponse[] = [];
  title: string;
  description = '';
  collectEmail = false;
  destination: string | null = null;
  #nextItemId = 1001;

  constructor(app: FakeFormApp, id: string, title: string) {
    this.#app = app;
    this.#id = id;
    this.title = title;
  }
  getId(): string {
    return this.#id;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.#id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.#id}/edit`;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  setCollectEmail(collect: boolean): this {
    this.collectEmail = collect;
    return this;
  }
  setDestination(type: string, id: string): this {
    if (type !== 'SPREADSHEET') throw new Error(`unsupported destination ${type}`);
    const spreadsheet = this.#app.spreadsheets.get(id);
    if (!spreadsheet) throw new Error(`No item with the given ID could be found: ${id}`);
    this.destination = id;
    // Google adds a response tab with 時間戳記 (and the e-mail column when collected) plus one column per question.
    let n = 1;
    while (spreadsheet.getSheetByName(`表單回應 ${n}`)) n++;
    const header = [
      '時間戳記',
      ...(this.collectEmail ? ['電子郵件地址'] : []),
      ...this.items.filter((item) => item.getType() !== ItemType.PAGE_BREAK).map((item) => item.title),
    ];
    const sheet = spreadsheet.insertSheet(`表單回應 ${n}`, [header]);
    sheet.formUrl = this.getEditUrl();
    spreadsheet.formUrl = this.getEditUrl();
    return this;
  }
  getItems(type?: ItemTypeName): FakeItem[] {
    return this.items.filter((item) => type === undefined || item.getType() === type);
  }
  getItemById(id: number): FakeItem | null {
    return this.items.find((item) => item.getId() === id) ?? null;
  }
  moveItem(from: FakeItem | number, toIndex: number): FakeItem {
    const index = typeof from === 'number' ? from : from.getIndex();
    const [item] = this.items.splice(index, 1);
    if (!item || toIndex < 0 || toIndex > this.items.length) throw new Error(`Invalid index ${toIndex}`);
    this.items.splice(toIndex, 0, item);
    return item;
  }
  #add(type: ItemTypeName): FakeItem {
    const item = new FakeItem(this, this.#nextItemId++, type);
    this.items.push(item);
    return item;
  }
  addMultipleChoiceItem(): FakeItem {
    return this.#add(ItemType.MULTIPLE_CHOICE);
  }
  addListItem(): FakeItem {
    return this.#add(ItemType.LIST);
  }
  addCheckboxItem(): FakeItem {
    return this.#add(ItemType.CHECKBOX);
  }
  addPageBreakItem(): FakeItem {
    return this.#add(ItemType.PAGE_BREAK);
  }
  addDateItem(): FakeItem {
    return this.#add(ItemType.DATE);
  }
  addTextItem(): FakeItem {
    return this.#add(ItemType.TEXT);
  }
  addParagraphTextItem(): FakeItem {
    return this.#add(ItemType.PARAGRAPH_TEXT);
  }
  /** A new response to fill in (for a prefilled link or to submit). */
  createResponse(): FakeResponseDraft {
    return new FakeResponseDraft(this);
  }
  /** Responses submitted after `timestamp` (all without it). */
  getResponses(timestamp?: Date): FakeFormResponse[] {
    return this.responses.filter((response) => timestamp === undefined || response.getTimestamp().getTime() > timestamp.getTime());
  }
  /** A test: a respondent submits (or edits, with the same id) at `timestamp`. */
  respond(id: string, timestamp: Date, email: string): void {
    const existing = this.responses.findIndex((response) => response.getId() === id);
    const response = new FakeFormResponse(id, timestamp, email);
    if (existing >= 0) this.responses[existing] = response;
    else this.responses.push(response);
  }

  /** The form as a respondent meets it: each item, its choices and where they lead, by title. */
  describe(): unknown[] {
    const target = (goTo: FakeItem | Navigation | null) =>
      goTo instanceof FakeItem ? `→ ${goTo.title}` : (goTo ?? PageNavigationType.CONTINUE);
    return this.items.map((item) => ({
      type: item.getType(),
      title: item.title,
      helpText: item.helpText,
      required: item.required,
      ...(CHOICE_TYPES.includes(item.getType())
        ? { choices: item.choices.map((choice) => (choice.goTo ? `${choice.value} ${target(choice.goTo)}` : choice.value)) }
        : {}),
      ...(item.getType() === ItemType.PAGE_BREAK ? { goTo: target(item.goToPage) } : {}),
    }));
  }
}

export class FakeFormApp {
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;
  readonly forms: FakeForm[] = [];
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  #next = 1;

  constructor(spreadsheets: readonly FakeSpreadsheet[] = []) {
    for (const spreadsheet of spreadsheets) this.spreadsheets.set(spreadsheet.getId(), spreadsheet);
  }
  create(title: string): FakeForm {
    const form = new FakeForm(this, `form-${this.#next++}`, title);
    this.forms.push(form);
    return form;
  }
  openById(id: string): FakeForm {
    const form = this.forms.find((candidate) => candidate.getId() === id);
    if (!form)
      throw new Error(
        `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`,
      );
    return form;
  }
  openByUrl(url: string): FakeForm {
    const form = this.forms.find((candidate) => url === candidate.getEditUrl() || url === candidate.getPublishedUrl());
    if (!form)
      throw new Error(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return form;
  }
}
