// A minimal OLE compound file (version 3, 512-byte sectors): one FAT sector, one directory sector
// holding the root and the named entries, no stream data. Enough for a reader that lists names,
// as a password-protected .docx (EncryptionInfo, EncryptedPackage) or a .doc (WordDocument) has them.
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** The bytes of a compound file whose directory lists `names` (at most three) under the root. */
export function aCompoundFile(names: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREE, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);
  const directory = 1024;
  ['Root Entry', ...names].forEach((name, i) => {
    const entry = directory + 128 * i;
    for (const [j, c] of [...name].entries()) view.setUint16(entry + 2 * j, c.charCodeAt(0), true);
    view.setUint16(entry + 0x40, 2 * (name.length + 1), true);
    bytes[entry + 0x42] = i === 0 ? 5 : 2;
    view.setUint32(entry + 0x74, END_OF_CHAIN, true);
  });
  return bytes;
}
