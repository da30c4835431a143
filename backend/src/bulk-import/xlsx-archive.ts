import { FieldError, FieldErrorCode } from '@accord/shared';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createInflateRaw } from 'node:zlib';

/**
 * The parts of an XLSX file (a ZIP archive) that the import reads, checked and unpacked here before
 * exceljs sees them: a small upload must not unpack to gigabytes, nor hold what makes the reader loop.
 *
 * The archive is read from its central directory (the list at its end that spreadsheets themselves use),
 * the parts' sizes are bounded there, and the bytes actually inflated are counted against those sizes
 * (the directory may lie). exceljs then reads a new archive holding only those parts, stored uncompressed,
 * in the order that lets it stream the worksheet: relationships, workbook, styles, shared strings, the
 * first worksheet. (Given a worksheet before the shared strings, exceljs spools it to a temporary file.)
 */

/** The most the parts read may unpack to. */
export const XLSX_MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** The most the parts read may unpack to, per byte of the file: more is a ZIP bomb, not a spreadsheet. */
export const XLSX_MAX_RATIO = 100;
/** exceljs keeps every shared string in memory: their part's size and their count are bounded. */
export const SHARED_STRINGS_MAX_BYTES = 128 * 1024 * 1024;
export const SHARED_STRINGS_MAX_COUNT = 4_000_000;
/** Excel's last column (XFD): no file is read past it, CSV or XLSX. */
export const SPREADSHEET_MAX_COLUMNS = 16_384;

/** The archive is refused: `code` says why (unreadable, or past a bound). */
export class ArchiveRefused extends Error {
  constructor(readonly code: FieldErrorCode) {
    super(`The workbook is refused: ${code}`);
  }
}

const RELATIONSHIPS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** A workbook without shared strings gets an empty list, so that exceljs streams its worksheet too. */
const NO_SHARED_STRINGS = Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Sizes and offsets of this value are in a ZIP64 record: 4 GiB and more, far past the bounds. */
const ZIP64_MARK = 0xffffffff;

/** A part as the central directory lists it. */
export interface ArchivePart {
  name: string;
  method: number;
  /** Where its data starts in the file, and how long it is there. */
  start: number;
  compressedSize: number;
  /** What the directory says it unpacks to (checked while unpacking). */
  size: number;
  /** Given by the import itself (the empty shared strings of a workbook without). */
  content?: Buffer;
}

const unreadable = () => new ArchiveRefused(FieldError.UnreadableFile);

/** `length` bytes at `offset`, or unreadable when the file is shorter. */
function slice(content: Buffer, offset: number, length: number): Buffer {
  if (offset < 0 || length < 0 || offset + length > content.length) throw unreadable();
  return content.subarray(offset, offset + length);
}

/** The parts the import reads, in the order exceljs is given them; throws ArchiveRefused. */
export function workbookParts(content: Buffer): ArchivePart[] {
  const directory = listedParts(content);
  const named = (name: string) => directory.find((part) => part.name === name);
  const relationships = named(RELATIONSHIPS);
  const workbook = named(WORKBOOK);
  const worksheet = directory.find((part) => WORKSHEET.test(part.name));
  if (!relationships || !workbook || !worksheet) throw unreadable();
  const sharedStrings = named(SHARED_STRINGS) ?? {
    name: SHARED_STRINGS,
    method: STORED,
    start: 0,
    compressedSize: NO_SHARED_STRINGS.length,
    size: NO_SHARED_STRINGS.length,
    content: NO_SHARED_STRINGS,
  };
  const styles = named(STYLES);
  const parts = [relationships, workbook, ...(styles ? [styles] : []), sharedStrings, worksheet];

  const unpacked = parts.reduce((total, part) => total + part.size, 0);
  if (
    unpacked > XLSX_MAX_UNPACKED_BYTES ||
    unpacked > XLSX_MAX_RATIO * content.length ||
    sharedStrings.size > SHARED_STRINGS_MAX_BYTES
  ) {
    throw new ArchiveRefused(FieldError.WorkbookTooLarge);
  }
  return parts;
}

/** Every file of the archive, from its central directory. */
function listedParts(content: Buffer): ArchivePart[] {
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  const searchFrom = Math.max(0, content.length - 22 - 0xffff);
  let end = content.length - 22;
  while (end >= searchFrom && content.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < searchFrom) throw unreadable();
  const record = slice(content, end, 22);
  const count = record.readUInt16LE(10);
  const directorySize = record.readUInt32LE(12);
  const directoryStart = record.readUInt32LE(16);
  if (directorySize === ZIP64_MARK || directoryStart === ZIP64_MARK) throw unreadable();
  const directory = slice(content, directoryStart, directorySize);

  const parts: ArchivePart[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const entry = slice(directory, offset, 46);
    if (entry.readUInt32LE(0) !== DIRECTORY_ENTRY) throw unreadable();
    const flags = entry.readUInt16LE(8);
    const method = entry.readUInt16LE(10);
    const compressedSize = entry.readUInt32LE(20);
    const size = entry.readUInt32LE(24);
    const nameLength = entry.readUInt16LE(28);
    const skipped = entry.readUInt16LE(30) + entry.readUInt16LE(32);
    const localHeader = entry.readUInt32LE(42);
    const name = slice(directory, offset + 46, nameLength).toString('utf8');
    offset += 46 + nameLength + skipped;
    // Encrypted parts, other compressions and ZIP64 sizes are nothing a spreadsheet writes for its size.
    if (flags & 1 || (method !== STORED && method !== DEFLATED)) throw unreadable();
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK || localHeader === ZIP64_MARK) {
      throw new ArchiveRefused(FieldError.WorkbookTooLarge);
    }
    const header = slice(content, localHeader, 30);
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw unreadable();
    const start = localHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    slice(content, start, compressedSize);
    parts.push({ name, method, start, compressedSize, size });
  }
  return parts;
}

/** Handed to exceljs in pieces of this size, the event loop given a turn between them. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The parts as a new archive of stored (uncompressed) files, unpacked while exceljs reads it. `onBytes`
 * is told how many bytes of the file were read. A part that unpacks to more than the directory said,
 * more shared strings than allowed, or columns past XFD, ends the stream with an ArchiveRefused error.
 */
export function storedArchive(
  content: Buffer,
  parts: readonly ArchivePart[],
  onBytes: (done: number, total: number) => void,
): Readable {
  const total = parts.reduce((sum, part) => sum + part.compressedSize, 0);
  let done = 0;
  return Readable.from(
    (async function* () {
      for (const part of parts) {
        yield localHeader(part);
        let size = 0;
        const check =
          part.name === SHARED_STRINGS ? sharedStringsGuard() : WORKSHEET.test(part.name) ? columnsGuard() : undefined;
        for await (const chunk of unpacked(content, part, (read) => onBytes((done += read), total))) {
          size += chunk.length;
          if (size > part.size) throw new ArchiveRefused(FieldError.WorkbookTooLarge);
          check?.(chunk);
          yield chunk;
          await nextTurn();
        }
        if (size !== part.size) throw unreadable();
      }
      yield END_OF_ARCHIVE;
    })(),
  );
}

/** The part's bytes as the file holds them, then inflated when compressed. */
function unpacked(content: Buffer, part: ArchivePart, onRead: (bytes: number) => void): AsyncIterable<Buffer> {
  let read = 0;
  const pieces = chunksOf(part.content ?? content.subarray(part.start, part.start + part.compressedSize), (end) => {
    onRead(end - read);
    read = end;
  });
  if (part.method === STORED) return pieces;
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  pieces.pipe(inflater);
  return inflater;
}

/** `data` in chunks, `onChunk` told where each ends (reading is most of an import's time: its progress). */
export function chunksOf(data: Buffer, onChunk: (end: number) => void): Readable {
  return Readable.from(
    (function* () {
      for (let start = 0; start < data.length; start += CHUNK_BYTES) {
        const chunk = data.subarray(start, start + CHUNK_BYTES);
        onChunk(start + chunk.length);
        yield chunk;
      }
    })(),
  );
}

/** A local header saying the part is stored, with its size; exceljs's unzipper reads nothing else of it. */
function localHeader(part: ArchivePart): Buffer {
  const name = Buffer.from(part.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(STORED, 8);
  header.writeUInt32LE(part.size, 18);
  header.writeUInt32LE(part.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

/** An empty central directory's end record: where unzipper stops. */
const END_OF_ARCHIVE = (() => {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_DIRECTORY, 0);
  return record;
})();

/** Counts the shared strings (`<si>` elements) as they go by; throws past SHARED_STRINGS_MAX_COUNT. */
function sharedStringsGuard(): (chunk: Buffer) => void {
  let count = 0;
  let tail = '';
  return (chunk) => {
    // A tag cut between two chunks is found whole in the tail of one and the start of the next.
    const text = tail + chunk.toString('latin1');
    count += text.match(/<si[\s/>]/g)?.length ?? 0;
    tail = text.slice(-3);
    if (count > SHARED_STRINGS_MAX_COUNT) throw new ArchiveRefused(FieldError.WorkbookTooLarge);
  };
}

/** The longest `<col>` element looked at whole; a longer one is no spreadsheet's. */
const COLUMN_TAG_MAX_LENGTH = 4096;

/**
 * Refuses `<col min=".." max="..">` past XFD: exceljs creates an object per column of the range, and
 * `max="2000000000"` would hold the server for minutes. A value written with an entity is refused too
 * (exceljs would decode it). The worksheet reaches exceljs only through this check, a tag cut between
 * chunks being checked once whole (exceljs cannot act on half of it).
 */
function columnsGuard(): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    const text = pending + chunk.toString('latin1');
    pending = '';
    const tags = /<col[\s/>]/g;
    for (let found = tags.exec(text); found; found = tags.exec(text)) {
      const end = text.indexOf('>', found.index);
      if (end < 0) {
        pending = text.slice(found.index);
        if (pending.length > COLUMN_TAG_MAX_LENGTH) throw unreadable();
        return;
      }
      const tag = text.slice(found.index, end);
      for (const [, , value] of tag.matchAll(/\b(min|max)\s*=\s*["']([^"']*)/g)) {
        if (value.includes('&') || parseInt(value, 10) > SPREADSHEET_MAX_COLUMNS) throw unreadable();
      }
    }
    // `<co` or `<c` at the very end may be the start of a `<col`.
    pending = text.slice(-4);
  };
}
