import { Readable } from 'node:stream';
import { drive as driveApi } from '@googleapis/drive';
import { describe, expect, it } from 'vitest';
import { useGoogleFakes } from './drive-server.ts';

const { sheets, drive } = useGoogleFakes();
const api = driveApi({ version: 'v3', rootUrl: 'https://www.googleapis.com/', retry: false });
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { status?: number }) => error.status,
  );

describe('the Drive fake', () => {
  it('creates a spreadsheet that lives in the Sheets fake, finds it by appProperties and exports it', async () => {
    const folder = drive.addFolder();
    const made = await api.files.create({
      requestBody: {
        name: "It's 一覽表",
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parents: [folder],
        appProperties: { guankao: 'year-end' },
      },
    });
    const id = made.data.id ?? '';
    expect(sheets.tabs(id).map((tab) => tab.name)).toEqual(['工作表1']);
    const q = `'${folder}' in parents and trashed = false and name = 'It\\'s 一覽表' and appProperties has { key='guankao' and value='year-end' }`;
    expect((await api.files.list({ q })).data.files?.map((file) => file.id)).toEqual([id]);
    expect((await api.files.list({ q: q.replace("value='year-end'", "value='other'") })).data.files).toEqual([]);
    const pdf = await api.files.export({ fileId: id, mimeType: 'application/pdf' }, { responseType: 'arraybuffer' });
    expect(
      Buffer.from(pdf.data as ArrayBuffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('stores multipart uploads byte for byte and replaces the content on update, keeping the id', async () => {
    const folder = drive.addFolder();
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255, 1]);
    const made = await api.files.create({
      requestBody: { name: 'a.bin', parents: [folder] },
      media: { mimeType: 'application/octet-stream', body: Readable.from([bytes]) },
    });
    const id = made.data.id ?? '';
    expect(Buffer.from(drive.file(id).content ?? []).equals(bytes)).toBe(true);
    await api.files.update({
      fileId: id,
      requestBody: { name: 'b.bin' },
      media: { mimeType: 'application/octet-stream', body: Readable.from([Buffer.from('new')]) },
    });
    expect(drive.files().map((file) => [file.id, file.name, Buffer.from(file.content ?? []).toString(), file.version])).toEqual([
      [id, 'b.bin', 'new', 2],
    ]);
  });

  it('answers as Drive does: 404 for a folder not shared, 403 for a viewer or outside a shared drive, 400 for a query it does not know', async () => {
    const hidden = drive.addFolder({ access: 'none' });
    const viewer = drive.addFolder({ access: 'read' });
    const myDrive = drive.addFolder({ sharedDrive: false });
    expect(await status(api.files.get({ fileId: hidden }))).toBe(404);
    const create = (parent: string) => api.files.create({ requestBody: { name: 'x', parents: [parent] } });
    expect(await status(create(hidden))).toBe(404);
    expect(await status(create(viewer))).toBe(403);
    const quota = await create(myDrive).catch((error: { response?: { data?: unknown } }) => error.response?.data);
    expect(quota).toMatchObject({ error: { code: 403, errors: [{ reason: 'storageQuotaExceeded', domain: 'global' }] } });
    expect(await status(api.files.list({ q: 'fullText contains "x"' }))).toBe(400);
    expect(drive.requests.map((request) => request.operation)).toEqual([
      'files.get',
      'files.create',
      'files.create',
      'files.create',
      'files.list',
    ]);
  });
});
