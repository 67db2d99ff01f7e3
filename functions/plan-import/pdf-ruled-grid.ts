// A table's cells from its drawn borders. Rules that touch form one table; its column boundaries
// are where its vertical rules stand (and where its horizontal rules end, for a table drawn
// without side borders), its row boundaries where its horizontal rules lie. Two neighbouring grid
// positions are one merged cell when no rule separates them: a 實施要項 merged down its rows has no
// horizontal rule across its column between them. Rules drawn twice (a table's outer border beside
// its cells' borders, half a point apart) are one.
import type { RebuiltFrom } from '../../shared/plan-import/document.ts';
import type { PageRules, Rule } from './pdf-rulings.ts';

/** A cell of a ruled grid: where it starts and how many grid rows and columns it covers. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A table found from its rules: boundaries (x left to right, y top to bottom) and its cells in reading order. */
export interface RuledGrid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly cells: readonly GridCell[];
  /** How far text keeps from the column edges, when they were placed at the text itself (else it is measured). */
  readonly padding?: number;
  readonly rebuiltFrom: RebuiltFrom;
}

// Rules this close (points) are one; a rule reaching this close to another meets it.
const NEAR = 2.5;
// A boundary separates two positions when rules cover at least this share of their common side.
const COVERED = 0.5;

/** The tables a page's rules draw (every group of touching rules with at least two cells), top first, and the rules across the page that meet no vertical rule. */
export function ruledGrids(rules: PageRules): { grids: RuledGrid[]; across: Rule[] } {
  const horizontal = mergeRules(rules.horizontal);
  const vertical = mergeRules(rules.vertical);
  const grids: RuledGrid[] = [];
  const across: Rule[] = [];
  for (const group of groupsOf(horizontal, vertical)) {
    if (group.vertical.length === 0) across.push(...group.horizontal);
    const grid = gridOf(group.horizontal, group.vertical, 'borders');
    if (grid && grid.cells.length >= 2) grids.push(grid);
  }
  return { grids: grids.sort((a, b) => (b.ys[0] ?? 0) - (a.ys[0] ?? 0)), across };
}

// Rules on one line (within NEAR) whose extents touch or overlap become one rule.
function mergeRules(rules: readonly Rule[]): Rule[] {
  const merged: Rule[] = [];
  for (const line of clusters(rules, (rule) => rule.at)) {
    const at = line.reduce((sum, rule) => sum + rule.at, 0) / line.length;
    const sorted = [...line].sort((a, b) => a.from - b.from);
    let current: { from: number; to: number } | null = null;
    for (const rule of sorted) {
      if (current && rule.from <= current.to + NEAR) current.to = Math.max(current.to, rule.to);
      else {
        if (current) merged.push({ at, ...current });
        current = { from: rule.from, to: rule.to };
      }
    }
    if (current) merged.push({ at, ...current });
  }
  return merged;
}

// Values within NEAR of their neighbour, in order, form a cluster.
function clusters<T>(items: readonly T[], value: (item: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  const groups: T[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last !== undefined && value(item) - value(last) <= NEAR) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

function meets(h: Rule, v: Rule): boolean {
  return v.at >= h.from - NEAR && v.at <= h.to + NEAR && h.at >= v.from - NEAR && h.at <= v.to + NEAR;
}

// Connected groups of rules (a horizontal and a vertical rule are connected where they meet).
function groupsOf(horizontal: readonly Rule[], vertical: readonly Rule[]): { horizontal: Rule[]; vertical: Rule[] }[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      if (meets(h, v)) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  const groupOf = (i: number) => {
    const root = find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { horizontal: [], vertical: [] }));
    return group;
  };
  horizontal.forEach((rule, i) => {
    groupOf(i).horizontal.push(rule);
  });
  vertical.forEach((rule, j) => {
    groupOf(horizontal.length + j).vertical.push(rule);
  });
  return [...groups.values()];
}

/** The grid of touching rules (merged as ruledGrids merges them), or null when they bound no cell. */
export function gridOf(horizontal: readonly Rule[], vertical: readonly Rule[], rebuiltFrom: RebuiltFrom): RuledGrid | null {
  if (horizontal.length === 0 || vertical.length === 0) return null;
  // A table drawn without side (or top and bottom) borders ends where its other rules end.
  const xs = boundaries([
    ...vertical.map((rule) => rule.at),
    Math.min(...horizontal.map((rule) => rule.from)),
    Math.max(...horizontal.map((rule) => rule.to)),
  ]);
  const ys = boundaries([
    ...horizontal.map((rule) => rule.at),
    Math.min(...vertical.map((rule) => rule.from)),
    Math.max(...vertical.map((rule) => rule.to)),
  ]).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  // Whether a rule separates position (row, column) from the one right of it, or from the one below it.
  const wallRight = (row: number, column: number) => covers(vertical, xs[column + 1] as number, ys[row + 1] as number, ys[row] as number);
  const wallBelow = (row: number, column: number) =>
    covers(horizontal, ys[row + 1] as number, xs[column] as number, xs[column + 1] as number);
  const taken = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
  const cells: GridCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (taken[row]?.[column]) continue;
      let colSpan = 1;
      while (column + colSpan < columns && !wallRight(row, column + colSpan - 1) && !taken[row]?.[column + colSpan]) colSpan++;
      let rowSpan = 1;
      const opensBelow = (r: number) =>
        Array.from({ length: colSpan }, (_, i) => column + i).every((c) => !wallBelow(r, c) && !taken[r + 1]?.[c]) &&
        Array.from({ length: colSpan - 1 }, (_, i) => column + i).every((c) => !wallRight(r + 1, c));
      while (row + rowSpan < rows && opensBelow(row + rowSpan - 1)) rowSpan++;
      for (let r = row; r < row + rowSpan; r++) for (let c = column; c < column + colSpan; c++) (taken[r] as boolean[])[c] = true;
      cells.push({ row, column, rowSpan, colSpan });
    }
  }
  return { xs, ys, cells, rebuiltFrom };
}

// Positions within NEAR of each other are one boundary (their mean).
function boundaries(values: readonly number[]): number[] {
  return clusters(values, (value) => value).map((group) => group.reduce((sum, value) => sum + value, 0) / group.length);
}

// Whether rules at `at` cover at least COVERED of the stretch from `from` to `to`.
function covers(rules: readonly Rule[], at: number, from: number, to: number): boolean {
  const length = to - from;
  if (length <= 0) return true;
  let covered = 0;
  for (const rule of rules) {
    if (Math.abs(rule.at - at) > NEAR) continue;
    covered += Math.max(0, Math.min(to, rule.to) - Math.max(from, rule.from));
  }
  return covered >= COVERED * length;
}
