// The lines a PDF page draws, as table borders are drawn: pdf.js's operator list turned into
// horizontal and vertical rules in page space (points, y upwards, as text positions are). Producers
// draw borders as stroked paths (LibreOffice: a moveTo/lineTo per cell edge) or as thin filled
// rectangles (Word, and most printers to PDF); both count. A wider filled rectangle is a shaded
// cell, and its edges count too, since they bound cells as borders do. Curves, clipping paths and
// anything painted white (invisible on paper) do not.

/** A rule across the page at `y`, from `from` to `to` along x; or down the page at `x` (then from/to are y). */
export interface Rule {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** A page's rules, horizontal (at = y) and vertical (at = x). */
export interface PageRules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

/** pdf.js's operator list, as page.getOperatorList() returns it. */
export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/** The numbers pdf.js gives the operators read here (its exported OPS table). */
export type OperatorCodes = Readonly<Record<(typeof USED_OPERATORS)[number], number>>;

const USED_OPERATORS = [
  'save',
  'restore',
  'transform',
  'paintFormXObjectBegin',
  'paintFormXObjectEnd',
  'setLineWidth',
  'setStrokeRGBColor',
  'setFillRGBColor',
  'constructPath',
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
] as const;

// pdf.js's DrawOPS: the path commands inside a constructPath's data.
const DRAW = { move: 0, line: 1, curve: 2, quadratic: 3, close: 4 } as const;

// A filled rectangle no thicker than this (points) is a line; LibreOffice and Word draw 0.5–3 pt borders.
const THIN = 3;
// How far from straight a line may be and still count (points).
const STRAIGHT = 0.5;

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface State {
  matrix: Matrix;
  stroke: string;
  fill: string;
  lineWidth: number;
}

type Point = readonly [number, number];

/** The rules drawn by a page's operators. */
export function rulesOf(list: OperatorList, ops: OperatorCodes): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const stack: State[] = [];
  let state: State = { matrix: IDENTITY, stroke: '#000000', fill: '#000000', lineWidth: 1 };
  const add = (a: Point, b: Point) => {
    if (Math.abs(a[1] - b[1]) <= STRAIGHT && Math.abs(a[0] - b[0]) > STRAIGHT) horizontal.push(rule(a[1], a[0], b[0]));
    else if (Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) vertical.push(rule(a[0], a[1], b[1]));
  };
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index];
    if (fn === ops.save) stack.push({ ...state });
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform) state.matrix = multiply(numbers(args), state.matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...state });
      const [matrix] = Array.isArray(args) ? args : [];
      state.matrix = multiply(numbers(matrix), state.matrix);
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setLineWidth) state.lineWidth = numbers(args)[0] ?? state.lineWidth;
    else if (fn === ops.setStrokeRGBColor) state.stroke = colourOf(args, state.stroke);
    else if (fn === ops.setFillRGBColor) state.fill = colourOf(args, state.fill);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, data] = args as [unknown, unknown];
      const strokes =
        paint === ops.stroke ||
        paint === ops.closeStroke ||
        paint === ops.fillStroke ||
        paint === ops.eoFillStroke ||
        paint === ops.closeFillStroke ||
        paint === ops.closeEOFillStroke;
      const fills =
        paint === ops.fill ||
        paint === ops.eoFill ||
        paint === ops.fillStroke ||
        paint === ops.eoFillStroke ||
        paint === ops.closeFillStroke ||
        paint === ops.closeEOFillStroke;
      const path = Array.isArray(data) ? data[0] : undefined;
      if (!path || typeof path !== 'object' || !('length' in path)) return;
      for (const subpath of subpathsOf(path as ArrayLike<number>)) {
        const points = subpath.points.map((point) => apply(state.matrix, point));
        if (strokes && !isWhite(state.stroke)) {
          for (let i = 1; i < points.length; i++) add(points[i - 1] as Point, points[i] as Point);
          if (subpath.closed && points.length > 2) add(points.at(-1) as Point, points[0] as Point);
        } else if (fills && !isWhite(state.fill)) {
          const box = rectangleOf(points);
          if (!box) continue;
          const [x0, y0, x1, y1] = box;
          if (y1 - y0 <= THIN) horizontal.push(rule((y0 + y1) / 2, x0, x1));
          else if (x1 - x0 <= THIN) vertical.push(rule((x0 + x1) / 2, y0, y1));
          else {
            horizontal.push(rule(y0, x0, x1), rule(y1, x0, x1));
            vertical.push(rule(x0, y0, y1), rule(x1, y0, y1));
          }
        }
      }
    }
  });
  return { horizontal, vertical };
}

function rule(at: number, a: number, b: number): Rule {
  return { at, from: Math.min(a, b), to: Math.max(a, b) };
}

interface Subpath {
  readonly points: Point[];
  closed: boolean;
}

// Straight subpaths only: a curve ends the subpath it is in (a rounded corner is not a border).
function subpathsOf(data: ArrayLike<number>): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  let i = 0;
  while (i < data.length) {
    const command = data[i];
    if (command === DRAW.move || command === DRAW.line) {
      const point: Point = [data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (command === DRAW.move || !current) {
        current = { points: [point], closed: false };
        subpaths.push(current);
      } else current.points.push(point);
      i += 3;
    } else if (command === DRAW.curve || command === DRAW.quadratic) {
      const last = command === DRAW.curve ? 6 : 4;
      current = { points: [[data[i + last - 1] ?? 0, data[i + last] ?? 0]], closed: false };
      subpaths.push(current);
      i += last + 1;
    } else if (command === DRAW.close) {
      if (current) current.closed = true;
      current = null;
      i += 1;
    } else break;
  }
  return subpaths;
}

// An axis-aligned rectangle (four corners, perhaps the first repeated): its [x0, y0, x1, y1].
function rectangleOf(points: readonly Point[]): [number, number, number, number] | null {
  const corners = points.length === 5 && same(points[0] as Point, points[4] as Point) ? points.slice(0, 4) : points;
  if (corners.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = corners[i] as Point;
    const b = corners[(i + 1) % 4] as Point;
    if (Math.abs(a[0] - b[0]) > STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) return null;
  }
  const xs = corners.map((point) => point[0]);
  const ys = corners.map((point) => point[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function same(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) <= STRAIGHT;
}

function multiply(m: readonly number[], by: Matrix): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [A, B, C, D, E, F] = by;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, [x, y]: Point): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function numbers(value: unknown): number[] {
  if (value && typeof value === 'object' && 'length' in value)
    return Array.from(value as ArrayLike<unknown>, (n) => (typeof n === 'number' ? n : 0));
  return [];
}

function colourOf(args: unknown, fallback: string): string {
  const [colour] = Array.isArray(args) ? args : [];
  return typeof colour === 'string' ? colour.toLowerCase() : fallback;
}

function isWhite(colour: string): boolean {
  return colour === '#ffffff' || colour === '#fff';
}
