// `npm run demo`: the main job on the embedded default — every example workbook in examples/ —
// written to out/demo/ so the examples themselves stay as committed.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './command-line.ts';

const examples = 'examples';
const out = join('out', 'demo');
rmSync(out, { recursive: true, force: true });
const io = { stdout: process.stdout, stderr: process.stderr, now: () => Date.now(), env: process.env };

let failures = 0;
for (const name of readdirSync(examples).sort()) {
  const workbook = join(examples, name);
  if (!statSync(workbook).isDirectory()) continue;
  process.stdout.write(`\n=== ${workbook} ===\n`);
  const consolidated = join(out, name);
  failures += (await runCli(['consolidate', workbook, '--out', consolidated], io)) === 0 ? 0 : 1;
  // On the copy: year-end writes its 年度成效 tab into the workbook it is given.
  failures += (await runCli(['year-end', consolidated, '--out', join(out, `${name}-年度成效`)], io)) === 0 ? 0 : 1;
}
process.stdout.write(
  `\n完成。請開啟 ${out}/<範例>/ 下的 執行成效.csv、管考總表.csv、單位摘要.csv、檢核錯誤.csv，` +
    `以及各填報分頁的「檢核結果」欄與研考人員定稿用的 年度成效.csv；年度一覽表在 ${out}/<範例>-年度成效/。\n`,
);
process.exitCode = failures === 0 ? 0 : 1;
