/// <reference types="google-apps-script" />
// Utilities as the Apps Script reference describes it: digests and HMACs come back as Java bytes,
// which are signed (−128…127); formatDate takes a java.text.SimpleDateFormat pattern.
import { createHash, createHmac } from 'node:crypto';
import { zoneOffset } from '../../../shared/zone-offset.ts';

type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;

const toSigned = (bytes: Uint8Array): number[] => [...bytes].map((byte) => (byte > 127 ? byte - 256 : byte));
const toBuffer = (value: string | readonly number[]): Buffer =>
  typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((byte) => byte & 0xff));

const ALGORITHMS: Record<string, string> = { SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512', MD5: 'md5' };

/** The subset of Utilities the bundle uses. */
export class FakeUtilities
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      'computeHmacSha256Signature' | 'computeDigest' | 'formatDate' | 'Charset' | 'DigestAlgorithm'
    >
{
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = {
    MD2: 'MD2',
    MD5: 'MD5',
    SHA_1: 'SHA_1',
    SHA_256: 'SHA_256',
    SHA_384: 'SHA_384',
    SHA_512: 'SHA_512',
  } as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: Charset): number[] {
    if (typeof value === 'string' && charset !== undefined && String(charset) !== 'UTF_8') throw new Error('only UTF_8 is faked');
    return toSigned(createHmac('sha256', toBuffer(key)).update(toBuffer(value)).digest());
  }

  computeDigest(algorithm: DigestAlgorithm, value: string | number[], charset?: Charset): number[] {
    if (typeof value === 'string' && charset !== undefined && String(charset) !== 'UTF_8') throw new Error('only UTF_8 is faked');
    const name = ALGORITHMS[String(algorithm)];
    if (!name) throw new Error(`unsupported digest ${String(algorithm)}`);
    return toSigned(createHash(name).update(toBuffer(value)).digest());
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatJavaDate(date.getTime(), timeZone, format);
  }
}

/** A SimpleDateFormat pattern (yyyy MM M dd d HH H mm ss XXX and 'quoted' text) in a time zone. */
export function formatJavaDate(epochMs: number, timeZone: string, format: string): string {
  const offset = zoneOffset(epochMs, timeZone);
  if (Number.isNaN(offset)) throw new Error(`Invalid argument: timeZone ${timeZone}`);
  const wall = new Date(epochMs + offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const tokens: Record<string, string> = {
    yyyy: String(wall.getUTCFullYear()),
    MM: pad(wall.getUTCMonth() + 1),
    M: String(wall.getUTCMonth() + 1),
    dd: pad(wall.getUTCDate()),
    d: String(wall.getUTCDate()),
    HH: pad(wall.getUTCHours()),
    H: String(wall.getUTCHours()),
    mm: pad(wall.getUTCMinutes()),
    ss: pad(wall.getUTCSeconds()),
    XXX: offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
  };
  return format.replace(
    /'([^']*)'|yyyy|MM|M|dd|d|HH|H|mm|ss|XXX/gu,
    (match, quoted: string | undefined) => quoted ?? tokens[match] ?? match,
  );
}
