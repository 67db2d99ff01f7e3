// `npm run bench:append [-- --seconds 30 --rows 0]`: are rows lost when a unit (or a sync client)
// appends to a CSV tab while runs write it? A copy of examples/wanhua-115 gets `--rows` padding rows
// in `表單回應 1.csv` (a larger tab makes each write slower); then a child process appends one row
// to that file every 20 ms with fs.appendFile, while `guankao consolidate` runs on the folder in a
// loop, for `--seconds`. Afterwards every appended row must still be in the file.
// Prints rows appended, rows present afterwards, rows lost, and how many runs wrote meanwhile;
// exits 1 when a row was lost.
import { fork } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TAB = '表單回應 1.csv';
const MARK = 'append-race-';
const EVERY_MS = 20;

if (process.argv[2] === 'append') await appendRows(process.argv[3] ?? '', Number(process.argv[4]));
else await main();

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, rows: { type: 'string', default: '0' } } });
  const seconds = Number(values.seconds);
  const padding = Number(values.rows);
  const { runCli } = await import('../functions/command-line.ts');
  const examples = fileURLToPath(new URL('../examples/wanhua-115', import.meta.url));
  const folder = join(await mkdtemp(join(tmpdir(), 'guankao-append-race-')), 'wanhua-115');
  await cp(examples, folder, { recursive: true });
  if (padding > 0) await appendFile(join(folder, TAB), paddingRows(padding));

  const io = { stdout: { write: () => true }, stderr: { write: () => true }, now: () => Date.now(), env: {} };
  process.stdout.write(
    `${seconds} s of appends every ${EVERY_MS} ms to ${TAB} (${padding} padding rows) while consolidate runs in a loop…\n`,
  );
  const appender = fork(fileURLToPath(import.meta.url), ['append', join(folder, TAB), String(seconds * 1000)], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let appended = 0;
  appender.stdout?.on('data', (data: Buffer) => (appended = Number(data.toString().trim().split('\n').at(-1))));
  const appenderDone = new Promise<void>((resolve) => appender.on('exit', () => resolve()));
  let running = true;
  void appenderDone.then(() => (running = false));

  let runs = 0;
  let failed = 0;
  while (running) {
    const code = await runCli(['consolidate', folder], io);
    runs++;
    if (code !== 0) failed++;
  }
  await appenderDone;

  const text = (await readFile(join(folder, TAB), 'utf8')).replace(/^\uFEFF/u, '');
  const present = new Set(text.match(new RegExp(`${MARK}\\d+`, 'gu')) ?? []).size;
  process.stdout.write(
    [
      `consolidate runs:        ${runs}${failed > 0 ? ` (${failed} not exit 0)` : ''}`,
      `rows appended:           ${appended}`,
      `rows present afterwards: ${present}`,
      `rows lost:               ${appended - present}`,
      '',
    ].join('\n'),
  );
  await rm(join(folder, '..'), { recursive: true, force: true });
  process.exitCode = appended - present > 0 ? 1 : 0;
}

// The child: one row per tick, each awaited before the next, as a sync client or a script would.
async function appendRows(path: string, forMs: number): Promise<void> {
  const until = Date.now() + forMs;
  let count = 0;
  while (Date.now() < until) {
    count++;
    await appendFile(path, row(count));
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  process.stdout.write(`${count}\n`);
}

function row(n: number): string {
  const id = `${MARK}${String(n).padStart(6, '0')}`;
  return `2026/5/4 上午 9:00:00,civil@wanhua.example.gov.tw,民政課,3 ${id},115年4月,辦理中,,${id},,,,\r\n`;
}

function paddingRows(count: number): string {
  const lines: string[] = [];
  for (let n = 1; n <= count; n++)
    lines.push(`2026/4/2 上午 9:00:00,civil@wanhua.example.gov.tw,民政課,3,115年3月,辦理中,,第 ${n} 列,,,,\r\n`);
  return lines.join('');
}
