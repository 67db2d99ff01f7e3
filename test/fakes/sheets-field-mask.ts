// Field masks as Sheets reads them: `a,b.c,d(e,f(g))`, `*` for everything. Used to pick the
// fields of a get answer and to say which CellData / properties fields a request writes.

type Json = Record<string, unknown>;

/** The dotted paths a mask names: `userEnteredFormat(wrapStrategy,textFormat(bold))` → [userEnteredFormat.wrapStrategy, userEnteredFormat.textFormat.bold]. */
export function maskPaths(mask: string): string[][] {
  const paths: string[][] = [];
  let i = 0;
  const parseList = (prefix: string[]): void => {
    for (;;) {
      let name = '';
      while (i < mask.length && !',()'.includes(mask[i] as string)) name += mask[i++];
      const path = [...prefix, ...name.trim().split('.').filter(Boolean)];
      if (mask[i] === '(') {
        i++;
        parseList(path);
        i++; // ')'
      } else if (path.length > prefix.length) {
        paths.push(path);
      }
      if (mask[i] === ',') {
        i++;
        continue;
      }
      return;
    }
  };
  parseList([]);
  return paths;
}

/** Only the fields the mask names (arrays are masked element by element); `*` or no mask keeps everything. */
export function pickFields(value: unknown, mask: string | null): unknown {
  if (mask === null || mask.trim() === '' || mask.trim() === '*') return value;
  return pick(value, maskPaths(mask));
}

function pick(value: unknown, paths: readonly string[][]): unknown {
  if (Array.isArray(value)) return value.map((item) => pick(item, paths));
  if (!isObject(value)) return value;
  if (paths.some((path) => path.length === 0 || path[0] === '*')) return value;
  const result: Json = {};
  const heads = new Set(paths.map((path) => path[0] as string));
  for (const head of heads) {
    if (!(head in value)) continue;
    const rest = paths.filter((path) => path[0] === head).map((path) => path.slice(1));
    const picked = rest.some((path) => path.length === 0) ? value[head] : pick(value[head], rest);
    if (picked !== undefined && !(isObject(picked) && Object.keys(picked).length === 0)) result[head] = picked;
  }
  return result;
}

/** The value at a dotted path (a copy), or undefined. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current === undefined ? undefined : structuredClone(current);
}

/** Sets (or, for undefined, deletes) the value at a dotted path, making the objects on the way. */
export function setAt(target: Json, path: readonly string[], value: unknown): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    if (!isObject(current[key])) {
      if (value === undefined) return;
      current[key] = {};
    }
    current = current[key] as Json;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete current[last];
  else current[last] = value;
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
