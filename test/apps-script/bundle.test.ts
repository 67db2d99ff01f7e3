import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppsScript, MISSING_GLOBALS } from '../../apps-script/build.ts';
import { sign } from '../../functions/ingest/signature.ts';
import vector from '../fixtures/signature-vector.json' with { type: 'json' };
import { BUNDLE, formSubmitEvent } from './fakes/sandbox.ts';
import { FakeUtilities } from './fakes/utilities.ts';
import { buildBundle, bundleWithIngest, coordinatorSpreadsheet, goodResponse, SECRET } from './setup-bundle.ts';

beforeAll(buildBundle);

const ENTRY_POINTS = [
  'checkSetup',
  'consolidateNow',
  'createUnitTabs',
  'installTriggers',
  'onFormSubmit',
  'onOpen',
  'prepareRows',
  'prepareRowsNow',
  'previewReminders',
  'requeueFailedNow',
  'retryQueue',
  'rollForwardNow',
  'sendReminders',
  'syncFormFromPlan',
  'yearEndNow',
];

describe('the Apps Script bundle (npm run build:gas)', () => {
  it('declares one top-level function per trigger and menu item, and nothing else at the top', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect([...code.matchAll(/^function (\w+)\(/gmu)].map((match) => match[1]).sort()).toEqual(ENTRY_POINTS);
    const context = vm.createContext({});
    const builtins = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
    vm.runInContext(code, context);
    // What Apps Script lists (in the editor, as trigger handlers) are the global functions.
    const added = Object.getOwnPropertyNames(vm.runInContext('globalThis', context)).filter((name) => !builtins.has(name));
    expect(added.filter((name) => typeof context[name] === 'function').sort()).toEqual(ENTRY_POINTS);
    const footer = code
      .slice(code.lastIndexOf('})();\n') + '})();\n'.length)
      .trimEnd()
      .split('\n');
    expect(footer).toEqual(ENTRY_POINTS.map((name) => `function ${name}(e) { return Guankao.${name}(e); }`));
  });

  it('ships the manifest: Asia/Taipei, V8 and the scopes the README explains', () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8')) as {
      timeZone: string;
      runtimeVersion: string;
      oauthScopes: string[];
    };
    expect(manifest.timeZone).toBe('Asia/Taipei');
    expect(manifest.runtimeVersion).toBe('V8');
    const readme = readFileSync(new URL('../../apps-script/README.md', import.meta.url), 'utf8');
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope.replace('https://www.googleapis.com/auth/', ''));
  });

  it('uses no global Apps Script lacks (fetch, URL, TextEncoder, setTimeout, structuredClone…) except behind a typeof check', async () => {
    // esbuild replaces exactly the free references to a global (not properties, not strings) with a marker.
    const outDir = mkdtempSync(join(tmpdir(), 'guankao-gas-scan-'));
    const { file } = await buildAppsScript({
      outDir,
      define: Object.fromEntries(MISSING_GLOBALS.map((name) => [name, `__missing_${name}`])),
    });
    const code = readFileSync(file, 'utf8');
    const unguarded = [...code.matchAll(/__missing_(\w+)/gu)]
      .filter((match) => {
        const before = code.slice(Math.max(0, match.index - 80), match.index);
        return !before.endsWith('typeof ') && !before.includes(`typeof __missing_${match[1]}`);
      })
      .map((match) => code.slice(Math.max(0, match.index - 60), match.index + 40));
    expect(unguarded).toEqual([]);
  });

  it('runs where none of those globals exist', () => {
    const context = vm.createContext({});
    vm.runInContext(readFileSync(BUNDLE, 'utf8'), context);
    for (const name of MISSING_GLOBALS) expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    expect(typeof context.onFormSubmit).toBe('function');
  });

  it('adds the 管考 menu on open', () => {
    const { gas } = bundleWithIngest(coordinatorSpreadsheet());
    gas.run('onOpen');
    expect(gas.spreadsheetApp.ui.menus.map((menu) => [menu.title, menu.items.map((item) => item?.caption ?? '—')])).toEqual([
      [
        '管考',
        [
          '立即彙整',
          '產生年度成效',
          '建立明年度活頁簿',
          '—',
          '依計畫更新表單',
          '建立單位填報分頁',
          '準備本期填報列',
          '—',
          '檢查設定',
          '安裝觸發程序',
          '催報預覽（不寄出）',
          '重新傳送失敗項目',
        ],
      ],
    ]);
  });
});

describe('signing (SPEC.md › Signed submissions)', () => {
  it('computes the shared test vector from Apps Script signed bytes', async () => {
    // The bundle's signing module alone, built as the bundle builds it, run against Utilities' signed bytes.
    const built = await build({
      entryPoints: [new URL('../../apps-script/src/signing.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'signing',
      target: 'es2020',
      platform: 'neutral',
    });
    const context = vm.createContext({ Utilities: new FakeUtilities() });
    vm.runInContext(built.outputFiles[0]?.text ?? '', context);
    const header = vm.runInContext(
      `signing.signatureHeader(Utilities, [${JSON.stringify(vector.secret)}], ${vector.timestamp}, ${JSON.stringify(vector.body)})`,
      context,
    ) as string;
    expect(header).toBe(vector.header);
    expect(sign(vector.secret, vector.timestamp, vector.body)).toBe(vector.header);
  });

  it('signs what the bundle sends so that the functions verify it, one v1= per secret during a rotation', () => {
    const spreadsheet = coordinatorSpreadsheet([goodResponse({ 執行成效: '回收１２０份問卷 ✓' })]);
    const newSecret = 'the-next-secret-0123456789-abcdefghijklm';
    const captured: { headers: Record<string, string>; payload: string }[] = [];
    const { gas, ingest } = bundleWithIngest(spreadsheet, {
      properties: { FUNCTION_URL: 'https://ingest.example.run.app/', HMAC_SECRET: `${SECRET}, ${newSecret}` },
    });
    gas.urlFetch.handler = (request) => {
      captured.push({ headers: { ...request.headers }, payload: request.payload });
      return ingest.handle(request);
    };
    gas.run('onFormSubmit', formSubmitEvent(spreadsheet, '表單回應 1', 2), { ui: false });
    const [request] = captured;
    const timestamp = request?.headers['X-Guankao-Timestamp'] ?? '';
    expect(request?.headers['X-Guankao-Signature']).toBe(
      `${sign(SECRET, timestamp, request?.payload ?? '')},${sign(newSecret, timestamp, request?.payload ?? '')}`,
    );
    expect(Number(timestamp)).toBe(Math.floor(gas.clock.now() / 1000));
    expect(ingest.accepted.size).toBe(1);
  });
});
