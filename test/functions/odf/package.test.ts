import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MEDIA_TYPES, odfPackage, zipOdf } from '../../../functions/odf/package.ts';
import { odsDocumentBytes } from '../../../functions/year-end/ods-document.ts';
import { overviewDocument } from '../../../shared/overview.ts';
import { yearInput } from '../../shared/year-end-fixture.ts';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

// Node reads TZ again whenever it is assigned, so one process can build a file in several zones.
function inZone<T>(timeZone: string, make: () => T): T {
  process.env.TZ = timeZone;
  return make();
}

describe('odfPackage', () => {
  it('stores mimetype first, uncompressed and without extra field, then the parts and a manifest listing them', () => {
    const bytes = odfPackage(MEDIA_TYPES.spreadsheet, { 'content.xml': ['<a>', '</a>'], 'Object 1/content.xml': '<b/>' }, [
      { folder: 'Object 1/', mediaType: MEDIA_TYPES.chart },
    ]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint16(28, true)).toBe(0);
    expect(strFromU8(bytes.subarray(30, 38 + MEDIA_TYPES.spreadsheet.length))).toBe(`mimetype${MEDIA_TYPES.spreadsheet}`);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['mimetype', 'content.xml', 'Object 1/content.xml', 'META-INF/manifest.xml']);
    expect(strFromU8(files['content.xml'] ?? new Uint8Array())).toBe('<a></a>');
    const manifest = strFromU8(files['META-INF/manifest.xml'] ?? new Uint8Array());
    expect(manifest).toContain(`manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MEDIA_TYPES.spreadsheet}"`);
    expect(manifest).toContain(`manifest:full-path="Object 1/" manifest:media-type="${MEDIA_TYPES.chart}"`);
    expect(manifest).toContain('manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"');
  });

  it('makes the same bytes for the same document in every time zone', () => {
    const document = overviewDocument(yearInput());
    const utc = inZone('UTC', () => odsDocumentBytes(document));
    for (const timeZone of ['Asia/Taipei', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(Buffer.from(inZone(timeZone, () => odsDocumentBytes(document))).equals(Buffer.from(utc))).toBe(true);
    }
  });

  it('writes entries read back as they were, with mimetype put first whatever the entries say', () => {
    const picture = new Uint8Array([1, 2, 3]);
    const bytes = zipOdf(MEDIA_TYPES.spreadsheet, { 'content.xml': '<x/>', 'Pictures/a.png': picture, mimetype: 'text/plain' });
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['mimetype', 'content.xml', 'Pictures/a.png']);
    expect(strFromU8(files.mimetype ?? new Uint8Array())).toBe(MEDIA_TYPES.spreadsheet);
    expect(files['Pictures/a.png']).toEqual(picture);
  });
});
