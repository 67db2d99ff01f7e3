// Reads a multipart/related upload (Drive's uploadType=multipart): the first part is the file's
// JSON metadata, the second its content, each with its own Content-Type. Binary-safe: the content
// may hold any bytes.
import { driveBadRequest } from './drive-errors.ts';

/** The two parts of an upload. */
export interface Upload {
  readonly metadata: unknown;
  readonly mimeType: string;
  readonly content: Uint8Array;
}

/** Splits the body by the boundary the Content-Type names; 400 when it is not a two-part upload. */
export function parseMultipart(contentType: string, body: Uint8Array): Upload {
  const boundary = /boundary="?([^";]+)"?/iu.exec(contentType)?.[1];
  if (!/^multipart\/related/iu.test(contentType) || !boundary) throw driveBadRequest('Bad content type. Please use multipart.');
  const bytes = Buffer.from(body);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = bytes.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (bytes.subarray(start, start + 2).toString() === '--') break;
    const next = bytes.indexOf(delimiter, start);
    if (next < 0) break;
    // Each part runs from after the delimiter's line break to before the next delimiter's.
    parts.push(bytes.subarray(start + 2, bytes[next - 2] === 13 ? next - 2 : next));
    at = next;
  }
  const [meta, media] = parts.map(splitHeaders);
  if (!meta || !media) throw driveBadRequest('Multipart upload needs a metadata part and a media part.');
  let metadata: unknown;
  try {
    metadata = JSON.parse(meta.body.toString('utf8'));
  } catch {
    throw driveBadRequest('Invalid JSON payload received.');
  }
  return { metadata, mimeType: media.contentType, content: new Uint8Array(media.body) };
}

function splitHeaders(part: Buffer): { contentType: string; body: Buffer } {
  const end = part.indexOf('\r\n\r\n');
  const head = end < 0 ? '' : part.subarray(0, end).toString('utf8');
  const contentType = /content-type:\s*([^\r\n]+)/iu.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
  return { contentType, body: end < 0 ? part : part.subarray(end + 4) };
}
