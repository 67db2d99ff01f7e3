type Utilities = GoogleAppsScript.Utilities.Utilities;

/** Lower-case hex of Apps Script bytes, which are signed (−128…127). */
export function hexOf(bytes: readonly number[]): string {
  return bytes.map((byte) => (byte & 0xff).toString(16).padStart(2, '0')).join('');
}

/**
 * The X-Guankao-Signature value (SPEC.md › Signed submissions): HMAC-SHA256 over the UTF-8 bytes
 * of `<timestamp>.<body>`, one `v1=` per secret while a secret is rotated.
 * @example signatureHeader(Utilities, ['secret…'], 1772673300, '{"responseId":…}') // → 'v1=9391a78e…'
 */
export function signatureHeader(utilities: Utilities, secrets: readonly string[], timestamp: number, body: string): string {
  return secrets
    .map((secret) => `v1=${hexOf(utilities.computeHmacSha256Signature(`${timestamp}.${body}`, secret, utilities.Charset.UTF_8))}`)
    .join(',');
}

/** A short stable digest of text (SHA-256, hex, first `length` digits). */
export function digestOf(utilities: Utilities, text: string, length = 24): string {
  return hexOf(utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, text, utilities.Charset.UTF_8)).slice(0, length);
}
