// npm run bench:import — imports every plan fixture and prints what it got right against the hand
// transcription: practices found (recall, precision), 實施要項, units, 項次, 完成期限 and the year.
// `--verbose` lists the practices missed and those found that the transcription does not have.
import { type Accuracy, measureFixture, planFixtures, type Score } from './plan-import-accuracy.ts';

const verbose = process.argv.includes('--verbose');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const ratio = ({ right, of }: Score) => `${right}/${of} ${percent(right / Math.max(1, of))}`;

const results: Accuracy[] = [];
for (const fixture of planFixtures()) {
  const accuracy = await measureFixture(fixture);
  results.push(accuracy);
  process.stdout.write(
    [
      `${fixture.name}  (${fixture.shape})`,
      `  practices  expected ${accuracy.expected}, found ${accuracy.found}, matched ${accuracy.matched} (${accuracy.sameText} same text): recall ${percent(accuracy.recall)}, precision ${percent(accuracy.precision)}`,
      `  實施要項 ${ratio(accuracy.measures)}   units ${ratio(accuracy.units)}   項次 ${ratio(accuracy.ids)}   完成期限 ${ratio(accuracy.deadlines)}`,
      `  單位 tab ${ratio(accuracy.unitTab)} of the transcription's units found${accuracy.unitTab.extra > 0 ? `, ${accuracy.unitTab.extra} it does not list` : ''}`,
      `  year ${accuracy.year.found} (expected ${accuracy.year.expected}) ${accuracy.year.right ? 'right' : 'WRONG'}   agency ${accuracy.agency ? 'right' : 'WRONG'}   notes ${accuracy.notes}`,
      ...(verbose ? [...accuracy.missed.map((text) => `    missed: ${text.slice(0, 60)}`), ...accuracy.extra.map((text) => `    extra:  ${text.slice(0, 60)}`)] : []),
      '',
    ].join('\n'),
  );
}

const sum = (pick: (a: Accuracy) => number) => results.reduce((total, a) => total + pick(a), 0);
const total = (pick: (a: Accuracy) => Score): Score => ({ right: sum((a) => pick(a).right), of: sum((a) => pick(a).of) });
process.stdout.write(
  [
    `all ${results.length} fixtures`,
    `  practices  expected ${sum((a) => a.expected)}, found ${sum((a) => a.found)}, matched ${sum((a) => a.matched)}: recall ${percent(sum((a) => a.matched) / sum((a) => a.expected))}, precision ${percent(sum((a) => a.matched) / sum((a) => a.found))}`,
    `  實施要項 ${ratio(total((a) => a.measures))}   units ${ratio(total((a) => a.units))}   項次 ${ratio(total((a) => a.ids))}   完成期限 ${ratio(total((a) => a.deadlines))}`,
    `  單位 tab ${ratio(total((a) => a.unitTab))}   years right ${results.filter((a) => a.year.right).length}/${results.length}`,
    '',
  ].join('\n'),
);
