import type { ReadBytes } from './chunk-store';

/**
 * The OLE2 compound file ([MS-CFB]): the container of old binary Office files (.doc, .xls,
 * .ppt) and of encrypted Office Open XML files, which it holds as the streams
 * `EncryptionInfo` and `EncryptedPackage`. Only the directory's names are read, a sector
 * at a time, never the file whole.
 */

export const COMPOUND_FILE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers from here up are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_SECTOR = 0xfffffffa;
/** The FAT sectors the header lists itself; further ones are in DIFAT sectors. */
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** More directory sectors than any Office file has: a loop in a broken chain stops here. */
const MAX_DIRECTORY_SECTORS = 4096;

class BrokenCompoundFile extends Error {}

/** The names in a compound file's directory (storages and streams); empty if it is broken. */
export async function compoundFileNames(read: ReadBytes): Promise<string[]> {
  try {
    return await directoryNames(read);
  } catch (error) {
    if (error instanceof BrokenCompoundFile) return [];
    throw error;
  }
}

async function directoryNames(read: ReadBytes): Promise<string[]> {
  const header = await read(0, 512);
  if (header.length < 512 || !header.subarray(0, 8).equals(COMPOUND_FILE_MAGIC)) {
    throw new BrokenCompoundFile();
  }
  const sectorSize = 1 << header.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) throw new BrokenCompoundFile();
  const perSector = sectorSize / 4;
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  const u32 = async (offset: number) => {
    const bytes = await read(offset, 4);
    if (bytes.length < 4) throw new BrokenCompoundFile();
    return bytes.readUInt32LE(0);
  };

  /** Where the `index`-th sector of the FAT is: in the header's list, or in a DIFAT sector. */
  const fatSector = async (index: number): Promise<number> => {
    if (index < HEADER_DIFAT_ENTRIES) return header.readUInt32LE(0x4c + index * 4);
    let difat = header.readUInt32LE(0x44);
    let left = index - HEADER_DIFAT_ENTRIES;
    // Each DIFAT sector lists perSector - 1 FAT sectors, then the next DIFAT sector.
    while (left >= perSector - 1) {
      if (difat > MAX_SECTOR) throw new BrokenCompoundFile();
      difat = await u32(sectorAt(difat) + (perSector - 1) * 4);
      left -= perSector - 1;
    }
    if (difat > MAX_SECTOR) throw new BrokenCompoundFile();
    return u32(sectorAt(difat) + left * 4);
  };
  const nextSector = async (sector: number): Promise<number> => {
    const fat = await fatSector(Math.floor(sector / perSector));
    if (fat > MAX_SECTOR) throw new BrokenCompoundFile();
    return u32(sectorAt(fat) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  let sector = header.readUInt32LE(0x30);
  for (let n = 0; sector !== END_OF_CHAIN; n++) {
    if (sector > MAX_SECTOR || n >= MAX_DIRECTORY_SECTORS) throw new BrokenCompoundFile();
    const entries = await read(sectorAt(sector), sectorSize);
    for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= entries.length; at += DIRECTORY_ENTRY_SIZE) {
      // The name is UTF-16LE; its length in bytes, the closing NUL included, follows it.
      const length = entries.readUInt16LE(at + 0x40);
      if (length >= 2 && length <= 64) {
        names.push(entries.subarray(at, at + length - 2).toString('utf16le'));
      }
    }
    sector = await nextSector(sector);
  }
  return names;
}

/** Whether the names are those of an encrypted Office Open XML file ([MS-OFFCRYPTO]). */
export const isEncryptedPackage = (names: string[]): boolean =>
  names.includes('EncryptionInfo') && names.includes('EncryptedPackage');
