/// <reference types="google-apps-script" />
// SpreadsheetApp as the reference describes it, for the methods the bundle uses: ranges are
// 1-based (row, column, numRows, numColumns); getValues gives '' for an empty cell and Date
// objects for dates; setValues parses text as if typed (a number stays a number, text that reads
// as a number — `0123`, `12e45` — becomes one, `=` starts a formula, a leading apostrophe keeps
// text as text and is not stored); a sheet's last row and column are the last ones holding anything.
import { formatJavaDate } from './utilities.ts';

export type Value = string | number | boolean | Date;

/** A data-validation rule as built by newDataValidation(). */
export class FakeDataValidation {
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
  constructor(values: readonly string[], showDropdown: boolean, allowInvalid: boolean, helpText: string) {
    this.values = values;
    this.showDropdown = showDropdown;
    this.allowInvalid = allowInvalid;
    this.helpText = helpText;
  }
  getCriteriaType(): string {
    return 'VALUE_IN_LIST';
  }
  getCriteriaValues(): unknown[] {
    return [[...this.values], this.showDropdown];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  #values: readonly string[] = [];
  #dropdown = true;
  #allowInvalid = true;
  #help = '';
  requireValueInList(values: string[], showDropdown = true): this {
    if (values.length > 500) throw new Error('The data validation rule has more than 500 items.');
    this.#values = [...values];
    this.#dropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.#allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.#help = helpText;
    return this;
  }
  build(): FakeDataValidation {
    return new FakeDataValidation(this.#values, this.#dropdown, this.#allowInvalid, this.#help);
  }
}

// Text Sheets reads as a number when it is typed (or set with setValues, which parses as typed):
// digits with a sign, a decimal point or E notation — `0123` → 123, `12e45` → 1.2e46. Hex digits
// such as `1234e56` are numbers too; `12e45a` or `sha256:…` stay text.
const TYPED_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/iu;

/** What a user typing `text` into a cell ends up with. */
export function parseTyped(value: Value): { value: Value; formula?: string } {
  if (typeof value !== 'string') return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith('=')) return { value: '', formula: value };
  const number = TYPED_NUMBER.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (Number.isFinite(number)) return { value: number };
  return { value };
}

export class FakeSheet {
  readonly #spreadsheet: FakeSpreadsheet;
  #name: string;
  readonly #id: number;
  readonly cells: Value[][] = [];
  readonly formulas = new Map<string, string>();
  readonly validations = new Map<string, FakeDataValidation>();
  /** Merged ranges, 1-based as Apps Script counts: set up with merge(). */
  readonly merges: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number }[] = [];
  hidden = false;
  frozenRows = 0;
  formUrl: string | null = null;
  // The grid: a new tab is 1000 × 26; a range outside it is refused, as Sheets refuses it. What
  // Google itself writes (put: a form response, a test's setup) grows it.
  #maxRows = 1000;
  #maxColumns = 26;

  constructor(spreadsheet: FakeSpreadsheet, name: string, id: number, rows: readonly (readonly Value[])[] = []) {
    this.#spreadsheet = spreadsheet;
    this.#name = name;
    this.#id = id;
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        this.put(r + 1, c + 1, value);
      });
    });
  }

  getName(): string {
    return this.#name;
  }
  setName(name: string): this {
    this.#name = name;
    return this;
  }
  getSheetId(): number {
    return this.#id;
  }
  getParent(): FakeSpreadsheet {
    return this.#spreadsheet;
  }
  getFormUrl(): string | null {
    return this.formUrl;
  }
  getLastRow(): number {
    for (let r = this.cells.length; r >= 1; r--) if ((this.cells[r - 1] ?? []).some((v) => v !== '')) return r;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.cells) for (let c = row.length; c > last; c--) if (row[c - 1] !== '' && row[c - 1] !== undefined) last = c;
    return last;
  }
  getMaxRows(): number {
    return this.#maxRows;
  }
  getMaxColumns(): number {
    return this.#maxColumns;
  }
  /** Test setup: a grid of exactly this size (a tab Forms made with one column per question). */
  resize(rows: number, columns: number): this {
    this.#maxRows = Math.max(rows, this.cells.length);
    this.#maxColumns = Math.max(columns, ...this.cells.map((line) => line.length));
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.cells.splice(
      afterPosition,
      0,
      ...Array.from({ length: Math.max(0, Math.min(howMany, this.cells.length - afterPosition)) }, (): Value[] => []),
    );
    this.#maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    for (const line of this.cells) if (line.length > afterPosition) line.splice(afterPosition, 0, ...Array<Value>(howMany).fill(''));
    this.#maxColumns += howMany;
    return this;
  }
  getRange(row: number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (column === undefined) throw new Error('A1 notation is not faked; use getRange(row, column, numRows, numColumns)');
    for (const n of [row, column, numRows, numColumns]) {
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`The coordinates or dimensions of the range are invalid (${row}, ${column}, ${numRows}, ${numColumns}).`);
    }
    if (row + numRows - 1 > this.#maxRows || column + numColumns - 1 > this.#maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  appendRow(row: Value[]): this {
    const line = this.getLastRow() + 1;
    row.forEach((value, c) => {
      this.write(line, c + 1, value);
    });
    return this;
  }
  /** Removes rows; those below move up, with their formulas and validations (Sheet.deleteRows). */
  deleteRows(rowPosition: number, howMany: number): void {
    if (!Number.isInteger(rowPosition) || !Number.isInteger(howMany) || rowPosition < 1 || howMany < 1) {
      throw new Error(`Those rows are out of bounds (${rowPosition}, ${howMany}).`);
    }
    if (rowPosition + howMany - 1 > this.getMaxRows()) throw new Error('Those rows are out of bounds.');
    this.cells.splice(rowPosition - 1, howMany);
    this.#maxRows -= howMany;
    for (const map of [this.formulas, this.validations] as Map<string, unknown>[]) {
      const moved = [...map].flatMap(([key, value]): [string, unknown][] => {
        const [row = 0, column = 0] = key.split(',').map(Number);
        if (row < rowPosition) return [[key, value]];
        return row < rowPosition + howMany ? [] : [[`${row - howMany},${column}`, value]];
      });
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    }
  }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }

  /** Test setup: merges cells as a user does; only the top-left value stays, as in Sheets. */
  merge(row: number, column: number, rows: number, columns: number): this {
    for (let r = row; r < row + rows; r++)
      for (let c = column; c < column + columns; c++) if (r !== row || c !== column) this.put(r, c, '');
    this.merges.push({ row, column, rows, columns });
    return this;
  }

  /** The value at (row, column), '' when empty. */
  at(row: number, column: number): Value {
    return this.cells[row - 1]?.[column - 1] ?? '';
  }
  /** Stores a value as it is (a test setting up what Google wrote). */
  put(row: number, column: number, value: Value): void {
    this.#maxRows = Math.max(this.#maxRows, row);
    this.#maxColumns = Math.max(this.#maxColumns, column);
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1] ?? [];
    while (line.length < column) line.push('');
    line[column - 1] = value;
    this.formulas.delete(`${row},${column}`);
  }
  /** Stores a value as Range.setValue does: parsed as if typed. */
  write(row: number, column: number, value: Value): void {
    const typed = parseTyped(value);
    this.put(row, column, typed.value);
    if (typed.formula) this.formulas.set(`${row},${column}`, typed.formula);
  }
  /** Every row as values, header first, trailing empty cells dropped. */
  rows(): Value[][] {
    const width = this.getLastColumn();
    return Array.from({ length: this.getLastRow() }, (_, r) => Array.from({ length: width }, (_, c) => this.at(r + 1, c + 1)));
  }
  display(value: Value): string {
    if (value instanceof Date) return formatJavaDate(value.getTime(), this.#spreadsheet.getSpreadsheetTimeZone(), 'yyyy/M/d H:mm:ss');
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }
}

export class FakeRange {
  readonly #sheet: FakeSheet;
  readonly #row: number;
  readonly #column: number;
  readonly #rows: number;
  readonly #columns: number;
  constructor(sheet: FakeSheet, row: number, column: number, rows: number, columns: number) {
    this.#sheet = sheet;
    this.#row = row;
    this.#column = column;
    this.#rows = rows;
    this.#columns = columns;
  }
  getSheet(): FakeSheet {
    return this.#sheet;
  }
  getRow(): number {
    return this.#row;
  }
  getColumn(): number {
    return this.#column;
  }
  getNumRows(): number {
    return this.#rows;
  }
  getNumColumns(): number {
    return this.#columns;
  }
  getLastRow(): number {
    return this.#row + this.#rows - 1;
  }
  #grid<T>(cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.#rows }, (_, r) =>
      Array.from({ length: this.#columns }, (_, c) => cell(this.#row + r, this.#column + c)),
    );
  }
  getValues(): Value[][] {
    this.#sheet.getParent().cellsRead += this.#rows * this.#columns;
    // A fresh copy: what a script changes in the array does not reach the sheet.
    return this.#grid((r, c) => {
      const value = this.#sheet.at(r, c);
      return value instanceof Date ? new Date(value.getTime()) : value;
    });
  }
  getDisplayValues(): string[][] {
    this.#sheet.getParent().cellsRead += this.#rows * this.#columns;
    return this.#grid((r, c) => this.#sheet.display(this.#sheet.at(r, c)));
  }
  getValue(): Value {
    return this.#sheet.at(this.#row, this.#column);
  }
  /** The merged ranges that lie in this range or overlap it (Range.getMergedRanges). */
  getMergedRanges(): FakeRange[] {
    const overlaps = (m: FakeSheet['merges'][number]) =>
      m.row <= this.getLastRow() &&
      this.#row < m.row + m.rows &&
      m.column < this.#column + this.#columns &&
      this.#column < m.column + m.columns;
    return this.#sheet.merges.filter(overlaps).map((m) => new FakeRange(this.#sheet, m.row, m.column, m.rows, m.columns));
  }
  getFormulas(): string[][] {
    return this.#grid((r, c) => this.#sheet.formulas.get(`${r},${c}`) ?? '');
  }
  setValues(values: Value[][]): this {
    if (values.length !== this.#rows || values.some((row) => row.length !== this.#columns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range: data ${values.length}×${values[0]?.length ?? 0}, range ${this.#rows}×${this.#columns}.`,
      );
    }
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        this.#sheet.write(this.#row + r, this.#column + c, value);
      });
    });
    return this;
  }
  setValue(value: Value): this {
    for (let r = 0; r < this.#rows; r++) for (let c = 0; c < this.#columns; c++) this.#sheet.write(this.#row + r, this.#column + c, value);
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    for (let r = 0; r < this.#rows; r++) {
      for (let c = 0; c < this.#columns; c++) {
        const key = `${this.#row + r},${this.#column + c}`;
        if (rule) this.#sheet.validations.set(key, rule);
        else this.#sheet.validations.delete(key);
      }
    }
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.#sheet.validations.get(`${this.#row},${this.#column}`) ?? null;
  }
  setNumberFormat(): this {
    return this;
  }
}

export class FakeSpreadsheet {
  readonly #id: string;
  readonly sheets: FakeSheet[] = [];
  timeZone: string;
  formUrl: string | null = null;
  /** Cells handed out by getValues / getDisplayValues over every tab: what a run costs in reads. */
  cellsRead = 0;
  #nextSheetId = 1;

  constructor(id = 'spreadsheet-1', timeZone = 'Asia/Taipei') {
    this.#id = id;
    this.timeZone = timeZone;
  }
  getId(): string {
    return this.#id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** The zone every date cell is shown in (File › Settings › Time zone); dates keep their instant. */
  setSpreadsheetTimeZone(timezone: string): this {
    this.timeZone = timezone;
    return this;
  }
  getFormUrl(): string | null {
    return this.formUrl;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  }
  insertSheet(name: string, rows: readonly (readonly Value[])[] = []): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.#nextSheetId++, rows);
    this.sheets.push(sheet);
    return sheet;
  }
  /** The sheet named `name`, or a test failure. */
  sheet(name: string): FakeSheet {
    const found = this.getSheetByName(name);
    if (!found) throw new Error(`no tab ${name}; tabs: ${this.sheets.map((sheet) => sheet.getName()).join(', ')}`);
    return found;
  }
}

/** A dialog the bundle showed. */
export interface Alert {
  readonly title: string;
  readonly prompt: string;
}

export class FakeUi {
  readonly alerts: Alert[] = [];
  readonly menus: { title: string; items: ({ caption: string; functionName: string } | null)[] }[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  createMenu(title: string) {
    const items: ({ caption: string; functionName: string } | null)[] = [];
    const menu = {
      addItem: (caption: string, functionName: string) => {
        items.push({ caption, functionName });
        return menu;
      },
      addSeparator: () => {
        items.push(null);
        return menu;
      },
      addToUi: () => {
        this.menus.push({ title, items });
      },
    };
    return menu;
  }
  alert(titleOrPrompt: string, prompt?: string): string {
    this.alerts.push(prompt === undefined ? { title: '', prompt: titleOrPrompt } : { title: titleOrPrompt, prompt });
    return this.Button.OK;
  }
  /** What the coordinator types into the next prompts (OK), or null to cancel; a prompt with none waiting is cancelled. */
  readonly answers: (string | null)[] = [];
  /** The prompts the bundle showed. */
  readonly prompts: Alert[] = [];
  prompt(title: string, prompt: string): { getResponseText(): string; getSelectedButton(): string } {
    this.prompts.push({ title, prompt });
    const answer = this.answers.length > 0 ? this.answers.shift() : null;
    return {
      getResponseText: () => answer ?? '',
      getSelectedButton: () => (answer === null || answer === undefined ? this.Button.CANCEL : this.Button.OK),
    };
  }
}

export class FakeSpreadsheetApp {
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi();
  /** False in a time-driven or form-submit execution, where getUi() throws. */
  uiAvailable = true;
  readonly DataValidationCriteria = { VALUE_IN_LIST: 'VALUE_IN_LIST' };
  constructor(spreadsheet: FakeSpreadsheet) {
    this.spreadsheet = spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    if (!this.uiAvailable) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  flush(): void {}
}
