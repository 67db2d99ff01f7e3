// The worker of the end-to-end test: the built bundle with the fakes, its UrlFetchApp bridged to
// real HTTP (fakes/sync-http.ts). It submits one form response and asks for 立即彙整, then
// hands back what the spreadsheet and the coordinator saw.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { Snapshot } from '../../shared/workbook.ts';
import { formSubmitEvent, loadBundle, spreadsheetFrom } from './fakes/sandbox.ts';
import { blockingFetch } from './fakes/sync-http.ts';

const input = workerData as { port: MessagePort; snapshot: Snapshot; properties: Record<string, string>; row: number };
// Google Forms writes the 時間戳記 as a date.
const spreadsheet = spreadsheetFrom(input.snapshot, (name, rows) =>
  name === '表單回應 1' ? rows.map((row, index) => (index === 0 ? row : [new Date(String(row[0])), ...row.slice(1)])) : rows,
);
const gas = loadBundle({ spreadsheet, fetch: blockingFetch(input.port), properties: input.properties, now: Date.now() });
gas.run('onFormSubmit', formSubmitEvent(spreadsheet, '表單回應 1', input.row), { ui: false });
gas.run('consolidateNow');
parentPort?.postMessage({
  responses: spreadsheet
    .sheet('表單回應 1')
    .rows()
    .map((row) => row.map(String)),
  queue: spreadsheet
    .sheet('待送')
    .rows()
    .map((row) => row.map(String)),
  alerts: gas.spreadsheetApp.ui.alerts,
});
input.port.close();
