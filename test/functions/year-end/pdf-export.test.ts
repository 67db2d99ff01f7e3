import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPdfs } from '../../../functions/year-end/pdf-export.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const aFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'guankao-pdf-export-'));
  folders.push(folder);
  return folder;
};

// A stand-in for soffice that "converts" only spreadsheets, as an installation with Calc but no Writer does.
function calcOnlySoffice(folder: string): string {
  const program = join(folder, 'soffice');
  writeFileSync(
    program,
    `#!/bin/sh
out=""; prev=""
for arg in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$arg"; fi
  case "$arg" in *.ods) name=$(basename "$arg" .ods); echo "%PDF-1.6 $name" > "$out/$name.pdf";; esac
  prev="$arg"
done
`,
  );
  chmodSync(program, 0o755);
  return program;
}

describe('exportPdfs', () => {
  it('puts each PDF where it was asked for, spreadsheets beside their source and Writer sources elsewhere, leaving no staging folder', async () => {
    const out = aFolder();
    const scratch = aFolder();
    writeFileSync(join(out, '年度管考總覽.ods'), '');
    const result = await exportPdfs([join(out, '年度管考總覽.ods')], { soffice: calcOnlySoffice(scratch) });
    expect(result).toEqual({ ok: true, value: [join(out, '年度管考總覽.pdf')] });
    expect(readFileSync(join(out, '年度管考總覽.pdf'), 'utf8')).toContain('年度管考總覽');
    expect(readdirSync(out).sort()).toEqual(['年度管考總覽.ods', '年度管考總覽.pdf']);
  });

  it('tells the user to install Writer when a Writer source was not converted', async () => {
    const out = aFolder();
    const scratch = aFolder();
    writeFileSync(join(scratch, '年度執行成效一覽表.fodt'), '');
    const result = await exportPdfs([{ source: join(scratch, '年度執行成效一覽表.fodt'), pdf: join(out, '年度執行成效一覽表.pdf') }], {
      soffice: calcOnlySoffice(scratch),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/未能產生「年度執行成效一覽表\.pdf」.*LibreOffice Writer/u);
    expect(readdirSync(out)).toEqual([]);
  });
});
