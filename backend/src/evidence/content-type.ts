import { constants, inflateRawSync } from 'node:zlib';

/** How much of an upload `detectEvidenceType` needs: the first 64 KiB, or the whole file when it is smaller. */
export const EVIDENCE_SNIFF_BYTES = 65536;

export interface EvidenceType {
  mediaType: string;
  /** The extension the server gives the file on download, whatever name it was uploaded under. */
  extension: string;
}

const type = (mediaType: string, extension: string): EvidenceType => ({ mediaType, extension });

const PDF = type('application/pdf', 'pdf');
const PNG = type('image/png', 'png');
const JPEG = type('image/jpeg', 'jpg');
const GIF = type('image/gif', 'gif');
const WEBP = type('image/webp', 'webp');
const TIFF = type('image/tiff', 'tiff');

const OOXML = 'application/vnd.openxmlformats-officedocument';
// The content type `[Content_Types].xml` gives the main part of each kind of package.
const OOXML_BY_MAIN_PART: Record<string, EvidenceType> = {
  [`${OOXML}.wordprocessingml.document.main+xml`]: type(`${OOXML}.wordprocessingml.document`, 'docx'),
  [`${OOXML}.spreadsheetml.sheet.main+xml`]: type(`${OOXML}.spreadsheetml.sheet`, 'xlsx'),
  [`${OOXML}.presentationml.presentation.main+xml`]: type(`${OOXML}.presentationml.presentation`, 'pptx'),
};

const OPENDOCUMENT_BY_MIMETYPE: Record<string, EvidenceType> = {
  'application/vnd.oasis.opendocument.text': type('application/vnd.oasis.opendocument.text', 'odt'),
  'application/vnd.oasis.opendocument.spreadsheet': type('application/vnd.oasis.opendocument.spreadsheet', 'ods'),
  'application/vnd.oasis.opendocument.presentation': type('application/vnd.oasis.opendocument.presentation', 'odp'),
};

const XLS = type('application/vnd.ms-excel', 'xls');

// Root-level stream names (in upper case: the compound file format compares names case-insensitively).
const LEGACY_OFFICE_BY_STREAM: Record<string, EvidenceType> = {
  WORDDOCUMENT: type('application/msword', 'doc'),
  WORKBOOK: XLS,
  BOOK: XLS, // Excel 5/95, also beside `Workbook` in the dual 97/95 format
  'POWERPOINT DOCUMENT': type('application/vnd.ms-powerpoint', 'ppt'),
};

const startsWith = (head: Buffer, bytes: number[] | string, at = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= at + expected.length && head.subarray(at, at + expected.length).equals(expected);
};

/**
 * Identifies an evidence file from its first bytes (`EVIDENCE_SNIFF_BYTES` of them), never from its
 * name or the type the client declared. Returns null for anything that is not an accepted document
 * or image: text, CSV, HTML, SVG, executables, archives of other things, encrypted Office files
 * (those are compound files without a document stream), and files too short to tell.
 * More bytes, up to the whole file, only let it see further into ZIP and compound-file directories.
 */
export function detectEvidenceType(head: Buffer): EvidenceType | null {
  if (startsWith(head, '%PDF-')) return PDF;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return GIF;
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return WEBP;
  // Little- and big-endian TIFF, then the same for BigTIFF.
  if (['II*\0', 'MM\0*', 'II+\0', 'MM\0+'].some((magic) => startsWith(head, magic))) return TIFF;
  if (startsWith(head, 'PK\x03\x04')) return detectZipDocument(head);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectLegacyOffice(head);
  return null;
}

interface ZipEntry {
  name: string;
  method: number;
  /** Where the entry's bytes start and, when its local header gives their size, end. */
  dataStart: number;
  dataEnd?: number;
}

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_DATA_DESCRIPTOR_FLAG = 0x08;
const ZIP_STORED = 0;
const ZIP_DEFLATED = 8;

/** The entries whose local headers are in the head, in file order (the central directory is at the end). */
function zipEntries(head: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (offset + 30 <= head.length && head.readUInt32LE(offset) === ZIP_LOCAL_HEADER) {
    const flags = head.readUInt16LE(offset + 6);
    const method = head.readUInt16LE(offset + 8);
    const compressedSize = head.readUInt32LE(offset + 18);
    const nameEnd = offset + 30 + head.readUInt16LE(offset + 26);
    const dataStart = nameEnd + head.readUInt16LE(offset + 28);
    if (dataStart > head.length) break;
    const name = head.toString('utf8', offset + 30, nameEnd);
    // Streaming writers give the size after the data (data descriptor), ZIP64 in an extra field:
    // then the next entry is found by its signature.
    if (flags & ZIP_DATA_DESCRIPTOR_FLAG || compressedSize === 0xffffffff) {
      entries.push({ name, method, dataStart });
      const next = head.indexOf('PK\x03\x04', dataStart, 'latin1');
      if (next < 0) break;
      offset = next;
    } else {
      entries.push({ name, method, dataStart, dataEnd: dataStart + compressedSize });
      offset = dataStart + compressedSize;
    }
  }
  return entries;
}

/** An entry's text, or as much of it as the head holds; undefined when it cannot be read. */
function zipEntryText(head: Buffer, entry: ZipEntry): string | undefined {
  if (entry.method === ZIP_STORED) {
    return entry.dataEnd !== undefined && entry.dataEnd <= head.length
      ? head.toString('utf8', entry.dataStart, entry.dataEnd)
      : undefined;
  }
  if (entry.method !== ZIP_DEFLATED) return undefined;
  try {
    // A deflate stream ends by itself: what follows it is ignored, a cut-off one gives what it has.
    // The cap keeps a small entry from inflating into a large allocation (a [Content_Types].xml is a few KiB).
    const data = head.subarray(entry.dataStart, entry.dataEnd);
    return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 }).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * OpenDocument: the first entry is `mimetype`, stored uncompressed (the format requires it).
 * Office Open XML: `[Content_Types].xml` declares the main part of exactly one of docx, xlsx, pptx.
 * The declaration, not the folder names, tells a docx from a docm, dotx, xlsb or ppsx, which share
 * the folders but which Office will not open under a docx, xlsx or pptx name: those are refused
 * here, at upload, rather than at download. Office writes `[Content_Types].xml` first; a package
 * that puts it after the head (some generators write it last) is refused.
 */
function detectZipDocument(head: Buffer): EvidenceType | null {
  const entries = zipEntries(head);
  const [first] = entries;
  if (first?.name === 'mimetype') {
    const mimetype = first.method === ZIP_STORED ? zipEntryText(head, first) : undefined;
    return (mimetype && OPENDOCUMENT_BY_MIMETYPE[mimetype]) || null;
  }
  const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
  const declared = contentTypes && zipEntryText(head, contentTypes);
  if (!declared) return null;
  const mainParts = Object.keys(OOXML_BY_MAIN_PART).filter((mainPart) => declared.includes(mainPart));
  return mainParts.length === 1 ? OOXML_BY_MAIN_PART[mainParts[0]] : null;
}

const CFB_MAX_SECTOR = 0xfffffffa;
const CFB_NO_ENTRY = 0xffffffff;
const CFB_DIFAT_IN_HEADER = 109;
const CFB_ENTRY_SIZE = 128;
const CFB_STREAM = 2;

interface CfbEntry {
  name: string;
  isStream: boolean;
  left: number;
  right: number;
  child: number;
}

/**
 * Legacy Office files (doc, xls, ppt) are OLE2 compound files, a container that MSI installers and
 * Outlook messages use too: so the root storage's streams decide, and only the three applications'
 * main streams are accepted, each under its own extension so that the file opens on download.
 * A compound file whose directory is not within the head is refused.
 */
function detectLegacyOffice(head: Buffer): EvidenceType | null {
  if (head.length < 512) return null;
  const sectorShift = head.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  const nextSector = (sector: number): number | undefined => {
    const perFatSector = sectorSize / 4;
    const fatIndex = Math.floor(sector / perFatSector);
    if (fatIndex >= CFB_DIFAT_IN_HEADER) return undefined;
    const fatSector = head.readUInt32LE(0x4c + fatIndex * 4);
    if (fatSector > CFB_MAX_SECTOR) return undefined;
    const at = sectorOffset(fatSector) + (sector % perFatSector) * 4;
    return at + 4 <= head.length ? head.readUInt32LE(at) : undefined;
  };

  const directory: number[] = [];
  for (
    let sector: number | undefined = head.readUInt32LE(0x30);
    sector !== undefined && sector <= CFB_MAX_SECTOR && !directory.includes(sector);
    sector = nextSector(sector)
  ) {
    directory.push(sector);
  }

  const entriesPerSector = sectorSize / CFB_ENTRY_SIZE;
  const entry = (id: number): CfbEntry | undefined => {
    const sector = directory[Math.floor(id / entriesPerSector)];
    if (sector === undefined) return undefined;
    const at = sectorOffset(sector) + (id % entriesPerSector) * CFB_ENTRY_SIZE;
    if (at + CFB_ENTRY_SIZE > head.length) return undefined;
    const nameBytes = Math.min(head.readUInt16LE(at + 0x40), 64);
    return {
      name: head.toString('utf16le', at, at + Math.max(nameBytes - 2, 0)),
      isStream: head[at + 0x42] === CFB_STREAM,
      left: head.readUInt32LE(at + 0x44),
      right: head.readUInt32LE(at + 0x48),
      child: head.readUInt32LE(at + 0x4c),
    };
  };

  // The root storage's children form a tree through their left and right links.
  const root = entry(0);
  if (!root) return null;
  const found = new Set<EvidenceType>();
  const pending = [root.child];
  const seen = new Set<number>();
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === CFB_NO_ENTRY || seen.has(id)) continue;
    seen.add(id);
    const child = entry(id);
    if (!child) return null;
    const office = child.isStream ? LEGACY_OFFICE_BY_STREAM[child.name.toUpperCase()] : undefined;
    if (office) found.add(office);
    pending.push(child.left, child.right);
  }
  return found.size === 1 ? [...found][0] : null;
}
