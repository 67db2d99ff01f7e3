// npm run bench:import — imports every plan fixture and prints what it got right against the hand
// transcription: practices found (recall, precision), 實施要項, units, 項次, 完成期限, the 單位 tab
// and the year. Each plan is measured as text and, when LibreOffice is installed, as the .odt,
// .docx and .pdf made of it with its tables merged as agencies lay them out (plan-office-copies.ts),
// read through the real readers (`--text`: text only; `--pdf-styles`: also PDFs of the tables ruled
// across only, without rules, and printed from the .docx). `--verbose` lists the practices missed
// and those the transcription does not have.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { readPlanFile } from '../functions/plan-import/plan-file.ts';
import { type Accuracy, measureFixture, planFixtures, type Score } from './plan-import-accuracy.ts';
import { OFFICE_KINDS, officeCopies, PDF_STYLES } from './plan-office-copies.ts';

const verbose = process.argv.includes('--verbose');
const textOnly = process.argv.includes('--text');
const kinds = process.argv.includes('--pdf-styles') ? [...OFFICE_KINDS, ...PDF_STYLES] : OFFICE_KINDS;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const ratio = ({ right, of }: Score) => `${right}/${of} ${percent(right / Math.max(1, of))}`;
const folder = mkdtempSync(join(tmpdir(), 'guankao-bench-import-'));

const results = new Map<string, Accuracy[]>();
let office = !textOnly;
for (const fixture of planFixtures()) {
  const paths: [string, string][] = [[extname(fixture.document).slice(1), fixture.document]];
  if (office) {
    const copies = await officeCopies(await readPlanFile(fixture.document), fixture.name, folder, kinds);
    if (copies) paths.push(...Object.entries(copies).flatMap(([kind, path]): [string, string][] => (path ? [[kind, path]] : [])));
    else {
      office = false;
      process.stdout.write('soffice (LibreOffice) not found: the plans are measured as text only\n\n');
    }
  }
  process.stdout.write(`${fixture.name}  (${fixture.shape})\n`);
  for (const [kind, path] of paths) {
    const accuracy = await measureFixture(fixture, path);
    const group = kind === 'md' ? 'txt' : kind;
    results.set(group, [...(results.get(group) ?? []), accuracy]);
    process.stdout.write(
      [
        `  .${kind.padEnd(4)} practices  expected ${accuracy.expected}, found ${accuracy.found}, matched ${accuracy.matched} (${accuracy.sameText} same text): recall ${percent(accuracy.recall)}, precision ${percent(accuracy.precision)}`,
        `        實施要項 ${ratio(accuracy.measures)}   units ${ratio(accuracy.units)}   項次 ${ratio(accuracy.ids)}   完成期限 ${ratio(accuracy.deadlines)}`,
        `        單位 tab ${ratio(accuracy.unitTab)}${accuracy.unitTab.extra > 0 ? ` (+${accuracy.unitTab.extra} not transcribed)` : ''}   year ${accuracy.year.found}${accuracy.year.right ? '' : ` (WRONG, expected ${accuracy.year.expected})`}   agency ${accuracy.agency ? 'right' : 'WRONG'}   notes ${accuracy.notes}`,
        ...(verbose
          ? [
              ...accuracy.missed.map((text) => `        missed: ${text.slice(0, 60)}`),
              ...accuracy.extra.map((text) => `        extra:  ${text.slice(0, 60)}`),
            ]
          : []),
        '',
      ].join('\n'),
    );
  }
}
rmSync(folder, { recursive: true, force: true });

for (const [kind, list] of results) {
  const sum = (pick: (a: Accuracy) => number) => list.reduce((total, a) => total + pick(a), 0);
  const total = (pick: (a: Accuracy) => Score): Score => ({ right: sum((a) => pick(a).right), of: sum((a) => pick(a).of) });
  process.stdout.write(
    [
      `all ${list.length} fixtures as .${kind}`,
      `  practices  expected ${sum((a) => a.expected)}, found ${sum((a) => a.found)}, matched ${sum((a) => a.matched)}: recall ${percent(sum((a) => a.matched) / sum((a) => a.expected))}, precision ${percent(sum((a) => a.matched) / sum((a) => a.found))}`,
      `  實施要項 ${ratio(total((a) => a.measures))}   units ${ratio(total((a) => a.units))}   項次 ${ratio(total((a) => a.ids))}   完成期限 ${ratio(total((a) => a.deadlines))}`,
      `  單位 tab ${ratio(total((a) => a.unitTab))}   years right ${list.filter((a) => a.year.right).length}/${list.length}`,
      '',
    ].join('\n'),
  );
}
