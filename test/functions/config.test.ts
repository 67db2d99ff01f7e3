import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WORKBOOK, loadConfig, loadDriveSettings, servedTarget } from '../../functions/config.ts';
import { openWorkbook } from '../../functions/workbooks/open-workbook.ts';
import { WorkbookError } from '../../functions/workbooks/workbook-error.ts';
import { spreadsheetIdOf } from '../../functions/workbooks/workbook-location.ts';
import * as msg from '../../shared/messages/functions/index.ts';

const SECRET = 'x'.repeat(32);
const DEV_SECRET = 'this-machines-development-secret-0123456789';
const SPREADSHEET_ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration from the environment', () => {
  it('defaults to the embedded example workbook and port 8080', () => {
    const config = loadConfig({});
    expect(isAbsolute(config.workbook)).toBe(true);
    expect(config.workbook.endsWith(DEFAULT_WORKBOOK)).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.hmacSecrets).toEqual([]);
    expect(config.sheetsApiUrl).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        GUANKAO_WORKBOOK: SPREADSHEET_ID,
        GUANKAO_HMAC_SECRETS: ` ${SECRET}1 , ${SECRET}2 `,
        GUANKAO_SHEETS_API_URL: 'http://127.0.0.1:9090/',
        PORT: '9000',
      },
      { requireSecrets: true },
    );
    expect(config).toEqual({
      workbook: SPREADSHEET_ID,
      hmacSecrets: [`${SECRET}1`, `${SECRET}2`],
      devSecret: false,
      sheetsApiUrl: 'http://127.0.0.1:9090/',
      port: 9000,
    });
  });

  it.each([
    { name: 'missing', env: {} },
    { name: 'blank', env: { GUANKAO_HMAC_SECRETS: ' , ' } },
  ])('names GUANKAO_HMAC_SECRETS when ingest needs it and it is $name', ({ env }) => {
    expect(errorOf(() => loadConfig(env, { requireSecrets: true }))).toContain('GUANKAO_HMAC_SECRETS');
  });

  it('names GUANKAO_HMAC_SECRETS and the position of a secret that is too short', () => {
    const message = errorOf(() => loadConfig({ GUANKAO_HMAC_SECRETS: `${SECRET},short` }));
    expect(message).toContain('GUANKAO_HMAC_SECRETS');
    expect(message).toContain('第 2 組');
  });

  it('refuses more than two active secrets', () => {
    expect(errorOf(() => loadConfig({ GUANKAO_HMAC_SECRETS: [SECRET, SECRET, SECRET].join(',') }))).toMatch(
      /GUANKAO_HMAC_SECRETS.*最多兩組/u,
    );
  });

  it.each(['abc', '0', '70000', '80.5'])('names PORT when it is %s', (port) => {
    expect(errorOf(() => loadConfig({ PORT: port }))).toMatch(/^環境變數 PORT /u);
  });

  it.each(['not a url', 'ftp://example.com/'])('names GUANKAO_SHEETS_API_URL when it is %s', (url) => {
    expect(errorOf(() => loadConfig({ GUANKAO_SHEETS_API_URL: url }))).toMatch(/^環境變數 GUANKAO_SHEETS_API_URL /u);
  });

  it('uses the development secret only when given one and only for a local workbook, asking for it only then', () => {
    let asked = 0;
    const devSecret = () => {
      asked++;
      return DEV_SECRET;
    };
    const local = loadConfig({ GUANKAO_WORKBOOK: 'examples/wanhua-115' }, { requireSecrets: true, devSecret });
    expect(local.hmacSecrets).toEqual([DEV_SECRET]);
    expect(local.devSecret).toBe(true);
    expect(errorOf(() => loadConfig({ GUANKAO_WORKBOOK: SPREADSHEET_ID }, { requireSecrets: true, devSecret }))).toContain(
      'GUANKAO_HMAC_SECRETS',
    );
    expect(
      errorOf(() =>
        loadConfig(
          { GUANKAO_WORKBOOK: `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit` },
          { requireSecrets: true, devSecret },
        ),
      ),
    ).toContain('GUANKAO_HMAC_SECRETS');
    expect(loadConfig({ GUANKAO_HMAC_SECRETS: SECRET }, { requireSecrets: true, devSecret }).devSecret).toBe(false);
    expect(asked).toBe(1);
    expect(errorOf(() => loadConfig({ GUANKAO_WORKBOOK: 'examples/wanhua-115' }, { requireSecrets: true }))).toBe(msg.configSecretsMissing);
  });

  // Config, the functions and the backends decide "is this a spreadsheet" in one place.
  it.each([
    [`  ${'1AbCdEfGhIjKlMnOpQrStUvWxYz0123'}  `, true],
    ['https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123/edit#gid=0', true],
    ['1AbCdEfGhIjKlMnOpQrStUvWxYz0123', true],
    ['out/1AbCdEfGhIjKlMnOpQrStUvWxYz0123', false],
    ['1AbCdEfGhIjKlMnOpQrStUvWxYz0123.xlsx', false],
    ['examples/wanhua-115', false],
  ])('refuses the development secret exactly when %j opens as a Google spreadsheet (%s)', (location, google) => {
    // openWorkbook opens a spreadsheet by its id; a local path it looks for on disk (a missing one is named).
    const opened = (() => {
      try {
        return openWorkbook(location).location;
      } catch (error) {
        return error instanceof WorkbookError && error.message.startsWith('找不到活頁簿') ? location : 'unexpected';
      }
    })();
    expect(opened).toBe(google ? spreadsheetIdOf(location) : location);
    expect(spreadsheetIdOf(location) !== null).toBe(google);
    const attempt = () => loadConfig({ GUANKAO_WORKBOOK: location }, { requireSecrets: true, devSecret: () => DEV_SECRET });
    if (google) expect(errorOf(attempt)).toContain('GUANKAO_HMAC_SECRETS');
    else expect(attempt().devSecret).toBe(true);
  });

  it('reports every wrong variable at once', () => {
    const message = errorOf(() => loadConfig({ PORT: 'x', GUANKAO_SHEETS_API_URL: 'y' }));
    expect(message).toContain('PORT');
    expect(message).toContain('GUANKAO_SHEETS_API_URL');
  });

  it('finds the function target the framework serves', () => {
    expect(servedTarget(['node', 'ff', '--target', 'ingest'], {})).toBe('ingest');
    expect(servedTarget(['node', 'ff', '--target=yearEnd'], {})).toBe('yearEnd');
    expect(servedTarget(['node', 'ff'], { FUNCTION_TARGET: 'consolidate' })).toBe('consolidate');
    expect(servedTarget(['node', 'ff'], {})).toBeUndefined();
  });

  it('reads the Drive folder as an id or a folder URL, with an API root for tests', () => {
    const id = '0AbCdEfGhIjKlMnOpQrStUv';
    expect(loadDriveSettings({})).toBeUndefined();
    expect(loadDriveSettings({ GUANKAO_DRIVE_FOLDER: ` ${id} ` })).toEqual({ folderId: id });
    expect(
      loadDriveSettings({
        GUANKAO_DRIVE_FOLDER: `https://drive.google.com/drive/folders/${id}?usp=sharing`,
        GUANKAO_DRIVE_API_URL: 'http://127.0.0.1:9091/',
      }),
    ).toEqual({
      folderId: id,
      apiUrl: 'http://127.0.0.1:9091/',
    });
    expect(loadConfig({ GUANKAO_WORKBOOK: SPREADSHEET_ID, GUANKAO_DRIVE_FOLDER: id }).drive).toEqual({ folderId: id });
  });

  it.each([
    { variable: 'GUANKAO_DRIVE_FOLDER', env: { GUANKAO_DRIVE_FOLDER: '我的資料夾' } },
    { variable: 'GUANKAO_DRIVE_API_URL', env: { GUANKAO_DRIVE_FOLDER: '0AbCdEfGhIjKlMnOpQrStUv', GUANKAO_DRIVE_API_URL: 'not a url' } },
  ])('names $variable when it is wrong', ({ variable, env }) => {
    expect(errorOf(() => loadDriveSettings(env))).toContain(variable);
  });
});
