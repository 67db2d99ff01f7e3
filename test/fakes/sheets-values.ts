// Cell values in the fake: what a write stores (RAW keeps text as typed; USER_ENTERED parses it as
// if typed into the UI) and what a read returns (UNFORMATTED_VALUE, FORMATTED_VALUE, FORMULA;
// SERIAL_NUMBER or FORMATTED_STRING for dates). Formulas are evaluated only as arithmetic
// (`=1+2*3`); any other formula reads as the error `#NAME?`.
//
// Assumption (not confirmed against Google, see research §1.4): under USER_ENTERED a leading `+`
// or `-` before text that is not a number starts a formula, which fails to parse (`#ERROR!`);
// a leading `@` stays text.

/** A cell's value as the API models it. */
export interface ExtendedValue {
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  formulaValue?: string;
}

/** A stored cell (the CellData fields the fake keeps). */
export interface FakeCell {
  userEnteredValue?: ExtendedValue;
  userEnteredFormat?: Record<string, unknown>;
  note?: string;
  dataValidation?: unknown;
}

export type Scalar = string | number | boolean;
export type ValueInputOption = 'RAW' | 'USER_ENTERED';
export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

const DATE_FORMAT = { numberFormat: { type: 'DATE', pattern: 'yyyy/m/d' } };
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/u;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** The cell a values write stores for one input value. */
export function enteredCell(input: Scalar, option: ValueInputOption): FakeCell {
  if (typeof input === 'number') return { userEnteredValue: { numberValue: input } };
  if (typeof input === 'boolean') return { userEnteredValue: { boolValue: input } };
  if (option === 'RAW') return { userEnteredValue: { stringValue: input } };
  const text = input;
  if (text.startsWith("'")) return { userEnteredValue: { stringValue: text.slice(1) } };
  if (text.startsWith('=')) return { userEnteredValue: { formulaValue: text } };
  const trimmed = text.trim();
  if (trimmed !== '' && /\d/u.test(trimmed) && NUMBER.test(trimmed))
    return { userEnteredValue: { numberValue: Number(trimmed.replaceAll(',', '')) } };
  if (/^-?\d+(?:\.\d+)?%$/u.test(trimmed)) return { userEnteredValue: { numberValue: Number(trimmed.slice(0, -1)) / 100 } };
  if (/^(true|false)$/iu.test(trimmed)) return { userEnteredValue: { boolValue: trimmed.toLowerCase() === 'true' } };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(trimmed);
  if (date) {
    const at = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return { userEnteredValue: { numberValue: (at - EPOCH) / DAY_MS }, userEnteredFormat: DATE_FORMAT };
  }
  if (/^[+-]/u.test(text)) return { userEnteredValue: { formulaValue: text } };
  return { userEnteredValue: { stringValue: text } };
}

/** What a read returns for a cell; '' for an empty one. */
export function renderCell(cell: FakeCell | undefined, render: ValueRenderOption, dateTime: DateTimeRenderOption): Scalar {
  const value = cell?.userEnteredValue;
  if (!value) return '';
  if (render === 'FORMULA' && value.formulaValue !== undefined) return value.formulaValue;
  const effective = effectiveValue(value);
  const isDate = (cell?.userEnteredFormat?.numberFormat as { type?: string } | undefined)?.type === 'DATE';
  if (typeof effective === 'number' && isDate && (render === 'FORMATTED_VALUE' || dateTime === 'FORMATTED_STRING'))
    return formatDate(effective);
  if (render !== 'FORMATTED_VALUE') return effective;
  if (typeof effective === 'boolean') return effective ? 'TRUE' : 'FALSE';
  return String(effective);
}

/** The value a cell shows: a formula evaluated, the rest as stored. */
function effectiveValue(value: ExtendedValue): Scalar {
  if (value.formulaValue !== undefined) return evaluate(value.formulaValue);
  return value.stringValue ?? value.numberValue ?? value.boolValue ?? '';
}

function formatDate(serial: number): string {
  const date = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

// Arithmetic only: numbers, + - * /, parentheses, unary signs.
function evaluate(formula: string): Scalar {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (/[A-Za-z_"]/u.test(body)) return formula.startsWith('=') ? '#NAME?' : '#ERROR!';
  const tokens = body.match(/\d+(?:\.\d+)?|[-+*/()]|\S/gu) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new Error('parse');
  };
  const primary = (): number => {
    const token = tokens[i++];
    if (token === '(') {
      const value = sum();
      if (tokens[i++] !== ')') fail();
      return value;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token !== undefined && /^\d/u.test(token)) return Number(token);
    return fail();
  };
  const product = (): number => {
    let value = primary();
    while (tokens[i] === '*' || tokens[i] === '/') value = tokens[i++] === '*' ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (tokens[i] === '+' || tokens[i] === '-') value = tokens[i++] === '+' ? value + product() : value - product();
    return value;
  };
  try {
    const value = sum();
    return i === tokens.length && Number.isFinite(value) ? value : '#ERROR!';
  } catch {
    return '#ERROR!';
  }
}
