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
