// The names in an OLE compound file (the container of .doc, .xls, and of a password-protected
// .docx, whose whole package is one EncryptedPackage stream): enough to tell them apart without
// reading any stream. Layout per [MS-CFB]: a header with the sector size and the first sectors of
// the allocation table (more through DIFAT sectors), and a directory of 128-byte entries.

/** The leading bytes of every compound file. */
export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
// Bounds for a damaged or hostile file: no chain is followed further than the file could hold.
const MAX_DIRECTORY_ENTRIES = 100_000;

/** The names of the storages and streams in a compound file, or null when the bytes are not a readable one. */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || COMPOUND_FILE_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize);
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const inFile = (n: number) => n < sectorCount && sectorAt(n) + sectorSize <= bytes.length;

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat !== END_OF_CHAIN && inFile(difat) && hops < sectorCount; hops++) {
    const at = sectorAt(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + sectorSize - 4, true);
  }
  const fatCount = view.getUint32(0x2c, true);
  const fat = fatSectors.slice(0, fatCount).filter(inFile);
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fat[Math.floor(sector / perSector)];
    return fatSector === undefined ? END_OF_CHAIN : view.getUint32(sectorAt(fatSector) + 4 * (sector % perSector), true);
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let hops = 0; sector !== END_OF_CHAIN && inFile(sector) && hops < sectorCount && names.length < MAX_DIRECTORY_ENTRIES; hops++) {
    const at = sectorAt(sector);
    for (let entry = at; entry < at + sectorSize; entry += 128) {
      const length = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names.length > 0 ? names : null;
}
