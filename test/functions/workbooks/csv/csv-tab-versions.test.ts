import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TabBytes, type TabVersions, tabVersions } from '../../../../functions/workbooks/csv/csv-tab-versions.ts';

const bytesOf = (text: string): TabBytes => ({ size: Buffer.byteLength(text), hash: createHash('sha256').update(text).digest('hex') });
const PLAN = '項次,具體作法\r\n1-1,檢討各項申請表單\r\n';
const UNIT = '具體作法,填報期間,辦理狀態\r\n1-1,115年3月,辦理中\r\n';
const OUTPUT = '項次,辦理狀態\r\n1-1,辦理中\r\n';

// A folder with two user tabs and an output tab, read as it is.
function readFolder(): { folder: string; versions: TabVersions } {
  const folder = mkdtempSync(join(tmpdir(), 'guankao-versions-'));
  writeFileSync(join(folder, '計畫.csv'), PLAN);
  writeFileSync(join(folder, '填報-民政課.csv'), UNIT);
  writeFileSync(join(folder, '執行成效.csv'), OUTPUT);
  const versions = tabVersions();
  versions.read(
    new Map([
      ['計畫.csv', bytesOf(PLAN)],
      ['填報-民政課.csv', bytesOf(UNIT)],
    ]),
  );
  versions.outputs(['執行成效.csv']);
  return { folder, versions };
}

describe('tabVersions: whether the users’ tabs of a CSV folder are still what the run read', () => {
  it('knows nothing unchanged before a read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guankao-versions-'));
    expect(await tabVersions().unchanged(folder)).toBe(false);
  });

  it.each<[string, (folder: string, versions: TabVersions) => void, boolean]>([
    ['nothing happened', () => undefined, true],
    ['the run rewrote an output tab', (folder) => writeFileSync(join(folder, '執行成效.csv'), `${OUTPUT}1-2,已完成\r\n`), true],
    [
      'the run wrote a user tab and said which bytes',
      (folder, versions) => {
        const text = `${UNIT}1-1,115年4月,辦理中\r\n`;
        writeFileSync(join(folder, '填報-民政課.csv'), text);
        versions.wrote('填報-民政課.csv', bytesOf(text));
      },
      true,
    ],
    ['someone edited a user tab, same size', (folder) => writeFileSync(join(folder, '計畫.csv'), PLAN.replace('1-1', '1-2')), false],
    ['someone appended a row to a user tab', (folder) => writeFileSync(join(folder, '計畫.csv'), `${PLAN}1-2,更新服務申辦資訊\r\n`), false],
    ['someone added a tab', (folder) => writeFileSync(join(folder, '填報-社會課.csv'), UNIT), false],
    ['someone removed a tab', (folder) => rmSync(join(folder, '填報-民政課.csv')), false],
    ['the run saw a tab change itself', (_, versions) => versions.changed(), false],
  ])('after %s, unchanged is %s', async (_, happen, unchanged) => {
    const { folder, versions } = readFolder();
    happen(folder, versions);
    expect(await versions.unchanged(folder)).toBe(unchanged);
  });
});
