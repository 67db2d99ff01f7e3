import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../shared/status.ts';

// The documents a clone of the repository holds: the README, docs/, examples/ and each folder's
// README. Users have nothing outside the repository, so every link must land inside it.
const root = new URL('..', import.meta.url).pathname;

function documents(): string[] {
  const markdownIn = (dir: string) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => name.endsWith('.md'))
          .map((name) => join(dir, name))
      : [];
  const folders = readdirSync(root).filter(
    (name) => name !== 'node_modules' && !name.startsWith('.') && statSync(join(root, name)).isDirectory(),
  );
  return [
    ...new Set([
      'README.md',
      ...markdownIn('docs'),
      ...markdownIn('examples'),
      ...folders.flatMap((folder) => markdownIn(folder).filter((file) => file.endsWith('/README.md'))),
    ]),
  ];
}

/** A heading's anchor as GitHub makes it: lower case, punctuation and symbols dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /gu, '-');

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^ {4}.*$/gmu, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gmu)].map((match) => anchorOf(match[1] ?? '')));
}

/** The links of a Markdown file that point into the repository, without code blocks. */
function localLinks(file: string): { target: string; anchor: string }[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/^ {4}.*$/gmu, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/gu)]
    .map((match) => match[1] ?? '')
    .filter((link) => !/^[a-z]+:/iu.test(link))
    .map((link) => {
      const [target = '', anchor = ''] = link.split('#');
      return { target: decodeURIComponent(target), anchor: decodeURIComponent(anchor) };
    });
}

describe('the documents in a clone', () => {
  const files = documents();

  it('are found: the README, docs/ in zh-TW for users, examples/ and each folder’s README', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'docs/README.md', 'docs/使用說明.md', 'examples/README.md', 'apps-script/README.md']),
    );
  });

  it.each(files)('%s points nowhere outside the repository', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/\.\.\/(?:\.\.\/)?shared\//u);
  });

  it.each(files)('%s links only to files and headings that exist', (file) => {
    const broken = localLinks(file).flatMap(({ target, anchor }) => {
      const path = target ? join(root, dirname(file), target) : join(root, file);
      if (!existsSync(path)) return [`${target} (no such file)`];
      if (anchor && path.endsWith('.md') && !anchorsIn(path).has(anchor)) return [`${relative(root, path)}#${anchor} (no such heading)`];
      return [];
    });
    expect(broken).toEqual([]);
  });
});

describe("the users' guide to 辦理狀態 (docs/檢核規則.md)", () => {
  it('explains exactly the statuses the system accepts', () => {
    const text = readFileSync(join(root, 'docs/檢核規則.md'), 'utf8');
    const section = text.slice(text.indexOf('## 辦理狀態'), text.indexOf('\n## ', text.indexOf('## 辦理狀態') + 1));
    const explained = [...section.matchAll(/^\| `([^`]+)` \|/gmu)].map((match) => match[1]);
    expect(explained.sort()).toEqual([...STATUSES].sort());
  });
});

/** The text of a Markdown file from a `## ` heading to the next one. */
function section(file: string, heading: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  expect(start, `${file} has a section “${heading}”`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The file and folder names a text puts in backticks: `x.ts`, `dir/x.ts`, `dir/`. */
const namedPaths = (text: string): string[] => [
  ...new Set([...text.matchAll(/`([\w.@/-]+(?:\.(?:ts|js|md|jsonc|csv)|\/))`/gu)].map((match) => match[1] ?? '')),
];

/** Every file and folder of the source tree, relative to the root, folders ending in '/'. */
function treePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        paths.push(`${path}/`);
        walk(path);
      } else paths.push(path);
    }
  };
  walk('');
  return paths;
}

describe('the map of the code (README › How it is built, apps-script/README.md › The code)', () => {
  const tree = treePaths();
  // A name is a path from the root (`shared/status.ts`) or the end of one (`status.ts`, `csv/`).
  const exists = (name: string) => tree.some((path) => path === name || path.endsWith(`/${name}`));

  it('names only files and folders that exist', () => {
    const text = section('README.md', 'How it is built') + section('apps-script/README.md', 'The code (`src/`)');
    expect(namedPaths(text).filter((name) => !exists(name))).toEqual([]);
  });

  it('names every folder of shared/ and functions/', () => {
    const named = new Set(namedPaths(section('README.md', 'How it is built')).map((name) => name.split('/').at(-2) ?? name));
    const folders = tree.filter((path) => /^(?:shared|functions)\/.+\/$/u.test(path)).map((path) => path.split('/').at(-2) ?? path);
    expect(folders.filter((folder) => !named.has(folder))).toEqual([]);
  });

  it('names every file of apps-script/src', () => {
    const named = new Set(namedPaths(section('apps-script/README.md', 'The code (`src/`)')));
    expect(readdirSync(join(root, 'apps-script/src')).filter((file) => !named.has(file))).toEqual([]);
  });
});
