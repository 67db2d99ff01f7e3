// The subset of Drive's query language (files.list `q`) the fake understands — what our code and
// the usual scripts send: clauses joined by `and`, each one of
//   '<id>' in parents · trashed = true|false · name = '…' · mimeType = '…' · mimeType != '…'
//   appProperties has { key='…' and value='…' }
// Strings are single-quoted with \' and \\ escapes. Anything else is Drive's 400 "Invalid Value".
import { FakeDriveError } from './drive-errors.ts';

/** A file as a query sees it. */
export interface Queryable {
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly trashed: boolean;
  readonly appProperties: Readonly<Record<string, string>>;
}

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const CLAUSES: readonly { pattern: RegExp; test: (file: Queryable, values: string[]) => boolean }[] = [
  { pattern: new RegExp(`^${STRING}\\s+in\\s+parents$`, 'u'), test: (file, [id]) => file.parents.includes(id ?? '') },
  { pattern: /^trashed\s*=\s*(true|false)$/u, test: (file, [flag]) => file.trashed === (flag === 'true') },
  { pattern: new RegExp(`^name\\s*=\\s*${STRING}$`, 'u'), test: (file, [name]) => file.name === name },
  { pattern: new RegExp(`^mimeType\\s*=\\s*${STRING}$`, 'u'), test: (file, [type]) => file.mimeType === type },
  { pattern: new RegExp(`^mimeType\\s*!=\\s*${STRING}$`, 'u'), test: (file, [type]) => file.mimeType !== type },
  {
    pattern: new RegExp(`^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${STRING}\\s+and\\s+value\\s*=\\s*${STRING}\\s*\\}$`, 'u'),
    test: (file, [key, value]) => key !== undefined && file.appProperties[key] === value,
  },
];

/** A predicate for the query; throws Drive's 400 for what it does not understand. */
export function parseQuery(q: string): (file: Queryable) => boolean {
  const tests = splitAnd(q).map((clause) => {
    for (const { pattern, test } of CLAUSES) {
      const match = pattern.exec(clause);
      if (match) {
        const values = match.slice(1).map(unquote);
        return (file: Queryable) => test(file, values);
      }
    }
    throw invalidQuery();
  });
  return (file) => tests.every((test) => test(file));
}

// Splits on ` and ` outside quotes and braces (appProperties has { … and … } keeps its own).
function splitAnd(q: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /^\sand\s/iu.test(q.slice(i, i + 5))) {
      clauses.push(q.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  if (quoted || depth !== 0) throw invalidQuery();
  clauses.push(q.slice(start).trim());
  if (clauses.some((clause) => clause === '')) throw invalidQuery();
  return clauses;
}

function unquote(text: string | undefined): string {
  return (text ?? '').replace(/\\(.)/gu, '$1');
}

function invalidQuery(): FakeDriveError {
  return new FakeDriveError(400, 'Invalid Value', 'invalid', { location: 'q', locationType: 'parameter' });
}
