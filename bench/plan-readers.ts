// `npm run bench:plan-readers`: what reading a 130-practice plan document costs, per kind. The three
// plan shapes (萬華's schedule table, 鳥松's merged table, 榮民服務處's numbered outline; made as in
// the tests) are written as .odt and converted by LibreOffice to .docx, .doc, .rtf and .pdf; each
// file is read in a fresh Node process (best of RUNS), printing the read time and the process's
// peak RSS. Then the module load cost of the readers without and with pdf.js (loaded only for
// PDFs), and, for comparison, poppler's `pdftotext -bbox-layout` on the same PDFs when installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { niaosongOdt, veteransOdt, wanhuaOdt } from '../test/functions/plan-import/plan-fixtures.ts';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.RUNS ?? 3);
const practices = 130;
const folder = mkdtempSync(join(tmpdir(), 'guankao-bench-plan-'));
const reader = pathToFileURL(join(root, 'functions', 'plan-import', 'read-plan-document.ts')).href;

const plans = { wanhua: wanhuaOdt(practices), niaosong: niaosongOdt(practices), veterans: veteransOdt(practices) };
const sources = Object.entries(plans).map(([name, bytes]) => {
  const path = join(folder, `${name}.odt`);
  writeFileSync(path, bytes);
  return path;
});
const kinds = ['odt'];
const soffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (soffice) {
  for (const [kind, filter] of [
    ['docx', 'docx:MS Word 2007 XML'],
    ['doc', 'doc:MS Word 97'],
    ['rtf', 'rtf'],
    ['pdf', 'pdf'],
  ] as const) {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
        '--convert-to',
        filter,
        '--outdir',
        folder,
        ...sources,
      ],
      { stdio: 'ignore' },
    );
    kinds.push(kind);
  }
} else process.stdout.write('soffice not found: only the .odt files are measured\n');

// One read in a fresh process: module load, then the read, timed apart; peak RSS of the whole process.
function measure(code: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, number>;
}
const best = (samples: readonly Record<string, number>[], key: string) => Math.min(...samples.map((sample) => sample[key] ?? Number.NaN));
const readProbe = (path: string) => `
const t0 = performance.now();
const { readPlanDocument } = await import(${JSON.stringify(reader)});
const t1 = performance.now();
const document = await readPlanDocument(${JSON.stringify(path)});
const t2 = performance.now();
const tables = document.blocks.filter((b) => b.kind === 'table');
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, readMs: t2 - t1, peakMiB: process.resourceUsage().maxRSS / 1024, blocks: document.blocks.length, rows: tables.reduce((n, t) => n + t.rows.length, 0) }));
`;

process.stdout.write(
  `Reading a ${practices}-practice plan (best of ${runs}, fresh process each; .doc/.rtf include the LibreOffice conversion)\n`,
);
process.stdout.write('plan      kind   read ms   peak RSS MiB   blocks  table rows\n');
for (const name of Object.keys(plans)) {
  for (const kind of kinds) {
    const samples = Array.from({ length: kind === 'doc' || kind === 'rtf' ? 1 : runs }, () =>
      measure(readProbe(join(folder, `${name}.${kind}`))),
    );
    const row = [
      name.padEnd(9),
      kind.padEnd(5),
      best(samples, 'readMs').toFixed(0).padStart(8),
      best(samples, 'peakMiB').toFixed(0).padStart(14),
      String(samples[0]?.blocks).padStart(8),
      String(samples[0]?.rows).padStart(11),
    ];
    process.stdout.write(`${row.join('  ')}\n`);
  }
}

const loadProbe = (withPdf: boolean) => `
const t0 = performance.now();
await import(${JSON.stringify(reader)});
const t1 = performance.now();
${withPdf ? "await import('pdfjs-dist/legacy/build/pdf.mjs');" : ''}
const t2 = performance.now();
process.stdout.write(JSON.stringify({ readersMs: t1 - t0, pdfMs: t2 - t1, rssMiB: process.memoryUsage().rss / 1048576 }));
`;
const plain = Array.from({ length: runs }, () => measure(loadProbe(false)));
const withPdf = Array.from({ length: runs }, () => measure(loadProbe(true)));
process.stdout.write(
  `\nmodule load: readers ${best(plain, 'readersMs').toFixed(1)} ms (RSS ${best(plain, 'rssMiB').toFixed(0)} MiB); pdf.js on top ${best(withPdf, 'pdfMs').toFixed(1)} ms (RSS ${best(withPdf, 'rssMiB').toFixed(0)} MiB)\n`,
);

if (kinds.includes('pdf') && spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0) {
  for (const name of Object.keys(plans)) {
    const times = Array.from({ length: runs }, () => {
      const t0 = performance.now();
      execFileSync('pdftotext', ['-bbox-layout', join(folder, `${name}.pdf`), join(folder, `${name}.html`)]);
      return performance.now() - t0;
    });
    process.stdout.write(`pdftotext -bbox-layout ${name}.pdf (positions only, no layout): ${Math.min(...times).toFixed(0)} ms\n`);
  }
}
rmSync(folder, { recursive: true, force: true });
