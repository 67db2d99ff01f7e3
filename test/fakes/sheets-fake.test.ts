// The fake is tested through Google's own client library, as the backend uses it: if the fake
// drifted from the real API's shapes, these tests would say so before the backend's tests did.
import { sheets } from '@googleapis/sheets';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { quotedTabName } from '../../functions/workbooks/cell-address.ts';
import { parseA1 } from './sheets-a1.ts';
import { useSheetsFake } from './sheets-server.ts';

let clock = 1_000_000;
const fake = useSheetsFake({ rootUrl: 'http://sheets.fake.test/', now: () => clock });
const api = sheets({ version: 'v4', rootUrl: fake.rootUrl, retry: false });

/** The error JSON and status a call failed with. */
async function failure(call: Promise<unknown>): Promise<{ status?: number; data?: unknown; headers?: Headers; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { status?: number; message: string; response?: { data?: unknown; headers?: Headers } };
    return {
      ...(e.status ? { status: e.status } : {}),
      data: e.response?.data,
      ...(e.response?.headers ? { headers: e.response.headers } : {}),
      message: e.message,
    };
  }
  throw new Error('the call succeeded');
}

const seed = () =>
  fake.createSpreadsheet([
    { name: '表單回應 1', rows: [['時間戳記', '填報單位', '', null], ['a', 'b', 'c'], [], ['d', null, null, null], [null], [null, null]] },
    { name: "It's 填報", rows: [['x', 1, true]] },
  ]);

describe('A1 notation', () => {
  it.each([
    { input: 'Sheet1!A1:B2', expected: { sheet: 'Sheet1', startRow: 0, endRow: 2, startColumn: 0, endColumn: 2 } },
    { input: "'It''s 填報'!A:C", expected: { sheet: "It's 填報", startColumn: 0, endColumn: 3 } },
    { input: "'表單回應 1'!A5:A", expected: { sheet: '表單回應 1', startRow: 4, startColumn: 0, endColumn: 1 } },
    { input: 'Sheet1!1:2', expected: { sheet: 'Sheet1', startRow: 0, endRow: 2 } },
    { input: 'B2:A1', expected: { sheet: null, startRow: 0, endRow: 2, startColumn: 0, endColumn: 2 } },
    { input: 'Sheet1', expected: { sheet: 'Sheet1' } },
    { input: "'My Custom Sheet'", expected: { sheet: 'My Custom Sheet' } },
    // CRM = 3·26² + 18·26 + 13 = 2509th column: a tab named CRM26 must be quoted.
    { input: 'CRM26', expected: { sheet: null, startRow: 25, endRow: 26, startColumn: 2508, endColumn: 2509 } },
  ])('reads $input as the API does', ({ input, expected }) => {
    expect(parseA1(input)).toEqual(expected);
  });

  it.each(["'unclosed!A1", "'x'A1", 'Sheet1!A1:B2:C3', 'Sheet1!1A'])('refuses %s with "Unable to parse range"', (input) => {
    expect(() => parseA1(input)).toThrow(`Unable to parse range: ${input}`);
  });

  it('reads back every tab name the backend quotes, apostrophes, spaces and CJK included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (name) => {
        expect(parseA1(quotedTabName(name))).toEqual({ sheet: name });
        expect(parseA1(`${quotedTabName(name)}!B3:C`)).toEqual({ sheet: name, startRow: 2, startColumn: 1, endColumn: 3 });
      }),
    );
  });
});

describe('reading values', () => {
  it('trims trailing empty cells and rows but keeps blank rows inside, and echoes the whole range', async () => {
    const id = seed();
    const { data } = await api.spreadsheets.values.get({ spreadsheetId: id, range: quotedTabName('表單回應 1') });
    expect(data).toEqual({
      range: "'表單回應 1'!A1:Z1000",
      majorDimension: 'ROWS',
      values: [['時間戳記', '填報單位'], ['a', 'b', 'c'], [], ['d']],
    });
  });

  it('omits values for a range that holds nothing and clamps an end past the grid', async () => {
    const id = seed();
    const { data } = await api.spreadsheets.values.get({ spreadsheetId: id, range: "'It''s 填報'!D5:AB2000" });
    expect(data).toEqual({ range: "'It''s 填報'!D5:Z1000", majorDimension: 'ROWS' });
  });

  it('reads whole columns, open ranges, whole rows and the first tab', async () => {
    const id = seed();
    const { data } = await api.spreadsheets.values.batchGet({
      spreadsheetId: id,
      ranges: ["'表單回應 1'!B:C", "'表單回應 1'!A2:A", "'表單回應 1'!2:2", 'A1:A2'],
    });
    expect(data.valueRanges?.map((range) => range.values)).toEqual([
      [['填報單位'], ['b', 'c']],
      [['a'], [], ['d']],
      [['a', 'b', 'c']],
      [['時間戳記'], ['a']],
    ]);
  });

  it('answers numbers and booleans typed when UNFORMATTED and as text when FORMATTED', async () => {
    const id = seed();
    const get = (valueRenderOption: string) => api.spreadsheets.values.get({ spreadsheetId: id, range: "'It''s 填報'", valueRenderOption });
    expect((await get('UNFORMATTED_VALUE')).data.values).toEqual([['x', 1, true]]);
    expect((await get('FORMATTED_VALUE')).data.values).toEqual([['x', '1', 'TRUE']]);
  });

  it('refuses a start outside the grid as the API does', async () => {
    const id = seed();
    const { status, data } = await failure(api.spreadsheets.values.get({ spreadsheetId: id, range: "'It''s 填報'!A1001" }));
    expect(status).toBe(400);
    expect(data).toEqual({
      error: {
        code: 400,
        message: "Range ('It''s 填報'!A1001) exceeds grid limits. Max rows: 1000, max columns: 26",
        status: 'INVALID_ARGUMENT',
      },
    });
  });
});

describe('writing values', () => {
  const write = async (valueInputOption: string, values: unknown[][]) => {
    const id = fake.createSpreadsheet([{ name: 'Data', rows: [] }]);
    await api.spreadsheets.values.update({ spreadsheetId: id, range: 'Data!A1', valueInputOption, requestBody: { values } });
    const read = async (valueRenderOption: string, dateTimeRenderOption = 'SERIAL_NUMBER') =>
      (await api.spreadsheets.values.get({ spreadsheetId: id, range: 'Data', valueRenderOption, dateTimeRenderOption })).data.values;
    return read;
  };

  it('stores text as typed under RAW: a formula stays text', async () => {
    const read = await write('RAW', [['=1+1', '007', '+886', '2024-03-05']]);
    expect(await read('UNFORMATTED_VALUE')).toEqual([['=1+1', '007', '+886', '2024-03-05']]);
    expect(await read('FORMULA')).toEqual([['=1+1', '007', '+886', '2024-03-05']]);
  });

  it('parses text under USER_ENTERED as if typed into the UI', async () => {
    const read = await write('USER_ENTERED', [['=1+1', '007', "'007", '12%', 'true', '2024-03-05', '=IMPORTXML("x","//a")', '+886 2']]);
    expect(await read('UNFORMATTED_VALUE')).toEqual([[2, 7, '007', 0.12, true, 45356, '#NAME?', '#ERROR!']]);
    expect(await read('FORMULA')).toEqual([['=1+1', 7, '007', 0.12, true, 45356, '=IMPORTXML("x","//a")', '+886 2']]);
    expect(await read('FORMATTED_VALUE')).toEqual([['2', '7', '007', '0.12', 'TRUE', '2024/3/5', '#NAME?', '#ERROR!']]);
    expect((await read('UNFORMATTED_VALUE', 'FORMATTED_STRING'))?.[0]?.[5]).toBe('2024/3/5');
  });

  it('requires valueInputOption, as the API does', async () => {
    const id = seed();
    const { status, data } = await failure(
      api.spreadsheets.values.update({ spreadsheetId: id, range: 'A1', requestBody: { values: [['x']] } }),
    );
    expect(status).toBe(400);
    expect(data).toEqual({ error: { code: 400, message: "'valueInputOption' is required but not specified", status: 'INVALID_ARGUMENT' } });
  });

  it('appends after the last row of the table and clears values only', async () => {
    const id = seed();
    const appended = await api.spreadsheets.values.append({
      spreadsheetId: id,
      range: "'表單回應 1'!A1",
      valueInputOption: 'RAW',
      insertDataOption: 'INSERT_ROWS',
      requestBody: { values: [['e', 'f']] },
    });
    expect(appended.data.updates?.updatedRange).toBe("'表單回應 1'!A5:B5");
    await api.spreadsheets.values.clear({ spreadsheetId: id, range: "'表單回應 1'!A2:C2" });
    expect(fake.tabs(id)[0]?.rows).toEqual([['時間戳記', '填報單位'], [], [], ['d'], ['e', 'f']]);
  });
});

describe('spreadsheets.get and batchUpdate', () => {
  it('answers the field mask asked for, with the API defaults omitted', async () => {
    const id = seed();
    const { data } = await api.spreadsheets.get({
      spreadsheetId: id,
      fields: 'properties(timeZone),sheets(properties(sheetId,title,index,gridProperties(rowCount)))',
    });
    expect(data).toEqual({
      properties: { timeZone: 'Asia/Taipei' },
      sheets: [
        { properties: { title: '表單回應 1', gridProperties: { rowCount: 1000 } } },
        { properties: { sheetId: expect.any(Number), title: "It's 填報", index: 1, gridProperties: { rowCount: 1000 } } },
      ],
    });
  });

  it('applies a batch all together or not at all', async () => {
    const id = seed();
    const { status, data } = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ addSheet: { properties: { title: '新分頁' } } }, { deleteSheet: { sheetId: 999 } }] },
      }),
    );
    expect(status).toBe(400);
    expect(data).toEqual({
      error: { code: 400, message: 'Invalid requests[1].deleteSheet: No grid with id: 999', status: 'INVALID_ARGUMENT' },
    });
    expect(fake.tabs(id).map((tab) => tab.name)).toEqual(['表單回應 1', "It's 填報"]);
  });

  it('writes stringValue as text and formulaValue as a formula with updateCells', async () => {
    const id = seed();
    await api.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          { addSheet: { properties: { sheetId: 7, title: '輸出', gridProperties: { rowCount: 3, columnCount: 2, frozenRowCount: 1 } } } },
          {
            updateCells: {
              start: { sheetId: 7, rowIndex: 0, columnIndex: 0 },
              rows: [{ values: [{ userEnteredValue: { stringValue: '=1+1' } }, { userEnteredValue: { formulaValue: '=1+1' } }] }],
              fields: 'userEnteredValue',
            },
          },
          {
            repeatCell: {
              range: { sheetId: 7 },
              cell: { userEnteredFormat: { wrapStrategy: 'WRAP' } },
              fields: 'userEnteredFormat.wrapStrategy',
            },
          },
        ],
      },
    });
    expect(fake.tabs(id)[2]).toEqual({ name: '輸出', rows: [['=1+1', 2]] });
    expect(fake.spreadsheet(id).sheets[2]?.cells[2]?.[1]?.userEnteredFormat).toEqual({ wrapStrategy: 'WRAP' });
  });

  it('merges cells as Sheets does: only the first value of each merge stays, MERGE_COLUMNS makes one per column, and get lists them', async () => {
    const id = fake.createSpreadsheet([
      {
        name: '計畫',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
          ['e', 'f'],
        ],
      },
    ]);
    await api.spreadsheets.batchUpdate({
      spreadsheetId: id,
      requestBody: {
        requests: [
          {
            mergeCells: {
              mergeType: 'MERGE_COLUMNS',
              range: { sheetId: 0, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 },
            },
          },
        ],
      },
    });
    expect(fake.tabs(id)[0]?.rows).toEqual([['a', 'b'], [], ['e', 'f']]);
    const { data } = await api.spreadsheets.get({ spreadsheetId: id, fields: 'sheets(merges)' });
    expect(data).toEqual({
      sheets: [
        {
          merges: [
            { endRowIndex: 2, endColumnIndex: 1 },
            { endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 2 },
          ],
        },
      ],
    });
    const overlap = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [
            {
              mergeCells: {
                mergeType: 'MERGE_ALL',
                range: { sheetId: 0, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 1 },
              },
            },
          ],
        },
      }),
    );
    expect(overlap.data).toMatchObject({
      error: { message: 'Invalid requests[0].mergeCells: You cannot merge cells that overlap an existing merge.' },
    });
  });

  it('refuses cells outside the grid and a body over the payload limit', async () => {
    const id = seed();
    const outside = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [{ updateCells: { start: { sheetId: 0, rowIndex: 999, columnIndex: 0 }, rows: [{}, {}], fields: 'userEnteredValue' } }],
        },
      }),
    );
    expect(outside.data).toMatchObject({
      error: { message: "Invalid requests[0].updateCells: Range ('表單回應 1') exceeds grid limits. Max rows: 1000, max columns: 26" },
    });
    const huge = 'x'.repeat(10_485_760);
    const tooLarge = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ updateSpreadsheetProperties: { properties: { title: huge }, fields: 'title' } }] },
      }),
    );
    expect(tooLarge.data).toEqual({
      error: { code: 400, message: 'Request payload size exceeds the limit: 10485760 bytes.', status: 'INVALID_ARGUMENT' },
    });
  });
});

describe('errors as Google sends them', () => {
  it('answers 404 NOT_FOUND for an unknown spreadsheet and 403 PERMISSION_DENIED for one not shared', async () => {
    expect((await failure(api.spreadsheets.get({ spreadsheetId: 'no-such-spreadsheet' }))).data).toEqual({
      error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' },
    });
    const id = seed();
    fake.setAccess(id, 'none');
    expect((await failure(api.spreadsheets.get({ spreadsheetId: id }))).data).toEqual({
      error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' },
    });
    fake.setAccess(id, 'read');
    await api.spreadsheets.get({ spreadsheetId: id });
    expect((await failure(api.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests: [] } }))).status).toBe(403);
  });

  it('answers 429 RESOURCE_EXHAUSTED with the quota details once a minute’s quota is used', async () => {
    const id = seed();
    fake.setQuota({ readsPerMinute: 2 });
    clock = 60_000;
    await api.spreadsheets.get({ spreadsheetId: id });
    await api.spreadsheets.get({ spreadsheetId: id });
    const limited = await failure(api.spreadsheets.get({ spreadsheetId: id }));
    expect(limited.status).toBe(429);
    expect(limited.data).toMatchObject({
      error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ reason: 'RATE_LIMIT_EXCEEDED' }] },
    });
    clock = 120_001;
    await api.spreadsheets.get({ spreadsheetId: id });
  });
});

describe('faults and the request log', () => {
  it('fails the requests a fault names, with Retry-After, then answers normally', async () => {
    const id = seed();
    fake.inject({ kind: 'read', status: 503, retryAfter: '7' });
    const first = await failure(api.spreadsheets.get({ spreadsheetId: id }));
    expect(first.status).toBe(503);
    expect(first.headers?.get('retry-after')).toBe('7');
    expect(first.data).toEqual({ error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } });
    await api.spreadsheets.get({ spreadsheetId: id });
  });

  it('drops the connection of the Nth write, and can apply a write before failing it', async () => {
    const id = seed();
    const rename = (title: string) =>
      api.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: [{ updateSheetProperties: { properties: { sheetId: 0, title }, fields: 'title' } }] },
      });
    fake.inject({ kind: 'write', nth: 2, reset: true });
    await rename('一');
    expect((await failure(rename('二'))).status).toBeUndefined();
    expect(fake.tabs(id)[0]?.name).toBe('一');
    fake.inject({ kind: 'write', status: 500, afterApply: true });
    expect((await failure(rename('三'))).status).toBe(500);
    expect(fake.tabs(id)[0]?.name).toBe('三');
  });

  it('logs each request with its kind, time and status, and that it carried no credentials', async () => {
    const id = seed();
    clock = 5_000;
    await api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: [quotedTabName('表單回應 1')] });
    clock = 6_000;
    await failure(api.spreadsheets.values.get({ spreadsheetId: id, range: 'Nope!A1' }));
    expect(
      fake.requests.map(({ method, path, kind, time, status, authorized }) => ({ method, path, kind, time, status, authorized })),
    ).toEqual([
      { method: 'GET', path: `/v4/spreadsheets/${id}/values:batchGet`, kind: 'read', time: 5_000, status: 200, authorized: false },
      { method: 'GET', path: `/v4/spreadsheets/${id}/values/Nope!A1`, kind: 'read', time: 6_000, status: 400, authorized: false },
    ]);
  });

  it('waits the injected latency before answering', async () => {
    const id = seed();
    fake.inject({ latencyMs: 30 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let answered = false;
      const answer = api.spreadsheets.get({ spreadsheetId: id }).then(() => {
        answered = true;
      });
      await vi.advanceTimersByTimeAsync(29);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await answer;
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails a request no handler serves instead of letting it reach the network', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch('http://elsewhere.example.test/v4/anything')).rejects.toThrow();
    expect(String(printed.mock.calls[0]?.[0])).toContain('without a matching request handler');
  });
});
