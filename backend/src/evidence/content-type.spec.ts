import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { detectEvidenceType, EVIDENCE_SNIFF_BYTES } from './content-type';

interface ZipFile {
  name: string;
  content: string | Buffer;
  /**
   * stored (the default); deflated with its sizes in the local header, as Office writes entries;
   * or streamed: deflated with its sizes in a data descriptor after the data, as streaming writers do.
   */
  mode?: 'stored' | 'deflated' | 'streamed';
}

/** A complete ZIP archive (local headers, central directory, end record), written field by field. */
function zip(files: ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const content = Buffer.from(file.content);
    const mode = file.mode ?? 'stored';
    const data = mode === 'stored' ? content : deflateRawSync(content);
    const crc = crc32(content);
    const streamed = mode === 'streamed';
    const fields = (header: Buffer, at: number, sizesKnown: boolean) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(streamed ? 0x08 : 0, at + 2); // flags: bit 3 = data descriptor
      header.writeUInt16LE(mode === 'stored' ? 0 : 8, at + 4); // method
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(sizesKnown ? crc : 0, at + 10);
      header.writeUInt32LE(sizesKnown ? data.length : 0, at + 14);
      header.writeUInt32LE(sizesKnown ? content.length : 0, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4, !streamed);
    const descriptor = Buffer.alloc(streamed ? 16 : 0);
    if (streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(content.length, 12);
    }
    parts.push(local, name, data, descriptor);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    fields(entry, 6, true);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

interface CfbNode {
  name: string;
  children?: CfbNode[];
}

/**
 * A version 3 compound file (512-byte sectors): header, one FAT sector (sector 0), then the directory
 * from sector 1. Each storage's children are chained through their right links, a valid if
 * unbalanced tree. `directoryAt` moves the directory further into the file.
 */
function compoundFile(rootChildren: CfbNode[], directoryAt = 1): Buffer {
  const entries: { name: string; type: number; right: number; child: number }[] = [];
  const add = (name: string, type: number) => entries.push({ name, type, right: -1, child: -1 }) - 1;
  const addChildren = (parent: number, nodes: CfbNode[]) => {
    let previous = -1;
    for (const node of nodes) {
      const id = add(node.name, node.children ? 1 : 2);
      if (previous < 0) entries[parent].child = id;
      else entries[previous].right = id;
      previous = id;
      if (node.children) addChildren(id, node.children);
    }
  };
  addChildren(add('Root Entry', 5), rootChildren);

  const directorySectors = Math.ceil(entries.length / 4);
  const file = Buffer.alloc(512 * (1 + directoryAt + directorySectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file);
  file.writeUInt16LE(0x3e, 0x18); // minor version
  file.writeUInt16LE(3, 0x1a); // major version
  file.writeUInt16LE(0xfffe, 0x1c); // byte order
  file.writeUInt16LE(9, 0x1e); // 512-byte sectors
  file.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(directoryAt, 0x30);
  file.writeUInt32LE(4096, 0x38); // mini stream cutoff
  file.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  file.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  file.fill(0xff, 0x4c, 512);
  file.writeUInt32LE(0, 0x4c); // the FAT is sector 0

  const fat = 512;
  file.fill(0xff, fat, fat + 512); // free
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  for (let i = 0; i < directorySectors; i++) {
    const sector = directoryAt + i;
    file.writeUInt32LE(i === directorySectors - 1 ? 0xfffffffe : sector + 1, fat + sector * 4);
  }
  entries.forEach((entry, id) => {
    const at = 512 * (1 + directoryAt) + id * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(file, at);
    file.writeUInt16LE(name.length, at + 0x40);
    file[at + 0x42] = entry.type;
    file.writeInt32LE(-1, at + 0x44); // no left sibling
    file.writeInt32LE(entry.right, at + 0x48);
    file.writeInt32LE(entry.child, at + 0x4c);
  });
  return file;
}

/** Incompressible bytes, the same on every run. */
const noise = (size: number) =>
  Buffer.concat(
    Array.from({ length: Math.ceil(size / 32) }, (_, i) => createHash('sha256').update(String(i)).digest()),
  ).subarray(0, size);

const typeOf = (head: Buffer) => detectEvidenceType(head.subarray(0, EVIDENCE_SNIFF_BYTES));
const ascii = (text: string) => Buffer.from(text, 'latin1');
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** A minimal package: its `[Content_Types].xml` (deflated, as Office writes it) types the part at `path`. */
const ooxml = (path: string, mainType: string, mode: ZipFile['mode'] = 'deflated'): ZipFile[] => [
  {
    name: '[Content_Types].xml',
    content:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${path}" ContentType="${mainType}"/>` +
      '</Types>',
    mode,
  },
  { name: '_rels/.rels', content: `<Relationships><Relationship Target="${path}"/></Relationships>`, mode },
  { name: path, content: '<document/>', mode },
];
const DOCX_MAIN = `${OOXML}.wordprocessingml.document.main+xml`;

describe('detectEvidenceType', () => {
  it('reads only the first 64 KiB', () => {
    expect(EVIDENCE_SNIFF_BYTES).toBe(65536);
  });

  describe('accepts by magic number', () => {
    it.each([
      ['a PDF', ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'application/pdf', 'pdf'],
      [
        'a PNG',
        Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
        'image/png',
        'png',
      ],
      ['a JPEG (JFIF)', Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), 'image/jpeg', 'jpg'],
      ['a JPEG (Exif)', Buffer.from('ffd8ffe1001845786966000049492a00', 'hex'), 'image/jpeg', 'jpg'],
      ['a GIF87a', ascii('GIF87a\x01\x00\x01\x00\x80\x00\x00'), 'image/gif', 'gif'],
      ['a GIF89a', ascii('GIF89a\x01\x00\x01\x00\x80\x00\x00'), 'image/gif', 'gif'],
      ['a WebP', ascii('RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00'), 'image/webp', 'webp'],
      ['a little-endian TIFF', ascii('II*\x00\x08\x00\x00\x00'), 'image/tiff', 'tiff'],
      ['a big-endian TIFF', ascii('MM\x00*\x00\x00\x00\x08'), 'image/tiff', 'tiff'],
      ['a BigTIFF', ascii('II+\x00\x08\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00'), 'image/tiff', 'tiff'],
    ])('%s', (_, head, mediaType, extension) => {
      expect(typeOf(head)).toEqual({ mediaType, extension });
    });

    it('whatever name the file had: a PDF uploaded as scan.png is a PDF (no name is ever read)', () => {
      expect(typeOf(ascii('%PDF-1.4\n'))?.extension).toBe('pdf');
    });
  });

  describe('Office Open XML: a ZIP whose [Content_Types].xml declares the main part of one application', () => {
    it.each([
      ['word/document.xml', 'wordprocessingml.document', 'docx'],
      ['xl/workbook.xml', 'spreadsheetml.sheet', 'xlsx'],
      ['ppt/presentation.xml', 'presentationml.presentation', 'pptx'],
    ])('%s', (path, kind, extension) => {
      const file = zip(ooxml(path, `${OOXML}.${kind}.main+xml`));
      expect(typeOf(file)).toEqual({ mediaType: `${OOXML}.${kind}`, extension });
    });

    it.each(['stored', 'deflated', 'streamed'] as const)('reads a %s [Content_Types].xml', (mode) => {
      expect(typeOf(zip(ooxml('word/document.xml', DOCX_MAIN, mode)))?.extension).toBe('docx');
    });

    it('walks past large parts to a [Content_Types].xml within the first 64 KiB', () => {
      const thumbnail: ZipFile = { name: 'docProps/thumbnail.jpeg', content: Buffer.alloc(40_000, 0xab) };
      const streamedImage: ZipFile = { name: 'word/media/image1.png', content: noise(20_000), mode: 'streamed' };
      const [contentTypes, ...rest] = ooxml('word/document.xml', DOCX_MAIN);
      expect(typeOf(zip([thumbnail, streamedImage, contentTypes, ...rest]))?.extension).toBe('docx');
    });

    it('refuses a package whose [Content_Types].xml comes after the first 64 KiB', () => {
      const [contentTypes, ...rest] = ooxml('word/document.xml', DOCX_MAIN);
      const image: ZipFile = { name: 'word/media/image1.png', content: Buffer.alloc(70_000, 0xcd) };
      expect(typeOf(zip([...rest, image, contentTypes]))).toBeNull();
    });

    it.each([
      [
        'a macro-enabled document (docm)',
        'word/document.xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
      ],
      ['a macro-enabled workbook (xlsm)', 'xl/workbook.xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'],
      ['a binary workbook (xlsb)', 'xl/workbook.bin', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'],
      ['a template (dotx)', 'word/document.xml', `${OOXML}.wordprocessingml.template.main+xml`],
      ['a slide show (ppsx)', 'ppt/presentation.xml', `${OOXML}.presentationml.slideshow.main+xml`],
      ['an XPS document', 'FixedDocSeq.fdseq', 'application/vnd.ms-package.xps-fixeddocumentsequence+xml'],
    ])('refuses %s, which Office opens only under its own extension', (_, path, mainType) => {
      expect(typeOf(zip(ooxml(path, mainType)))).toBeNull();
    });

    it('refuses a package that declares the main parts of two applications', () => {
      const [contentTypes, ...rest] = ooxml('word/document.xml', DOCX_MAIN);
      const both = {
        ...contentTypes,
        content: `${contentTypes.content}<!-- ${OOXML}.spreadsheetml.sheet.main+xml -->`,
      };
      expect(typeOf(zip([both, ...rest]))).toBeNull();
    });

    it('refuses Office folders without a [Content_Types].xml', () => {
      const [, ...rest] = ooxml('word/document.xml', DOCX_MAIN);
      expect(typeOf(zip(rest))).toBeNull();
    });

    it('refuses a corrupt [Content_Types].xml and one that inflates past 1 MiB', () => {
      const corrupt = zip(ooxml('word/document.xml', DOCX_MAIN));
      corrupt.fill(0xff, 30 + '[Content_Types].xml'.length, 40 + '[Content_Types].xml'.length);
      const [contentTypes, ...rest] = ooxml('word/document.xml', DOCX_MAIN);
      const bomb = { ...contentTypes, content: `${contentTypes.content}${' '.repeat(2 << 20)}` };
      expect([typeOf(corrupt), typeOf(zip([bomb, ...rest]))]).toEqual([null, null]);
    });
  });

  describe('OpenDocument: a ZIP whose first entry is a stored `mimetype`', () => {
    it.each([
      ['text', 'odt'],
      ['spreadsheet', 'ods'],
      ['presentation', 'odp'],
    ])('%s', (kind, extension) => {
      const mediaType = `application/vnd.oasis.opendocument.${kind}`;
      const file = zip([
        { name: 'mimetype', content: mediaType },
        { name: 'content.xml', content: '<office:document-content/>', mode: 'streamed' },
        { name: 'META-INF/manifest.xml', content: '<manifest:manifest/>', mode: 'deflated' },
      ]);
      expect(typeOf(file)).toEqual({ mediaType, extension });
    });

    it('refuses other OpenDocument kinds and other mimetype-first archives (EPUB)', () => {
      expect(typeOf(zip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.graphics' }]))).toBeNull();
      expect(typeOf(zip([{ name: 'mimetype', content: 'application/epub+zip' }]))).toBeNull();
    });

    it('refuses a compressed mimetype entry, which the format forbids', () => {
      const mimetype: ZipFile = {
        name: 'mimetype',
        content: 'application/vnd.oasis.opendocument.text',
        mode: 'deflated',
      };
      expect(typeOf(zip([mimetype]))).toBeNull();
    });
  });

  describe('legacy Office: an OLE2 compound file with the main stream of one application at its root', () => {
    it.each([
      ['WordDocument', 'application/msword', 'doc'],
      ['Workbook', 'application/vnd.ms-excel', 'xls'],
      ['Book', 'application/vnd.ms-excel', 'xls'],
      ['PowerPoint Document', 'application/vnd.ms-powerpoint', 'ppt'],
    ])('%s', (stream, mediaType, extension) => {
      const file = compoundFile([{ name: '\x05SummaryInformation' }, { name: '1Table' }, { name: stream }]);
      expect(typeOf(file)).toEqual({ mediaType, extension });
    });

    it('accepts the dual Excel 97/95 format, which has both workbook streams', () => {
      expect(typeOf(compoundFile([{ name: 'Book' }, { name: 'Workbook' }]))?.extension).toBe('xls');
    });

    it('reads a directory that spans several sectors, further into the file', () => {
      const streams = ['CompObj', 'Data', 'ObjectPool', '1Table', '\x05SummaryInformation', 'WordDocument'];
      expect(
        typeOf(
          compoundFile(
            streams.map((name) => ({ name })),
            20,
          ),
        )?.extension,
      ).toBe('doc');
    });

    it('refuses an MSI installer, an Outlook message and an encrypted Office file', () => {
      const msi = compoundFile([{ name: '\x05SummaryInformation' }, { name: '\u4840\u3b3f\u4577' }]);
      const message = compoundFile([
        { name: '__properties_version1.0' },
        { name: '__attach_version1.0_#00000000', children: [{ name: 'WordDocument' }] },
      ]);
      const encrypted = compoundFile([{ name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }]);
      expect([typeOf(msi), typeOf(message), typeOf(encrypted)]).toEqual([null, null, null]);
    });

    it('refuses a compound file whose directory is beyond the first 64 KiB', () => {
      expect(typeOf(compoundFile([{ name: 'WordDocument' }], 200))).toBeNull();
    });
  });

  describe('refuses', () => {
    it.each([
      ['an empty file', Buffer.alloc(0)],
      ['a Windows executable', ascii('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff')],
      ['an ELF executable', ascii('\x7fELF\x02\x01\x01\x00')],
      ['an HTML page', ascii('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')],
      ['an HTML page starting with a byte-order mark', Buffer.from('\ufeff<html></html>', 'utf8')],
      ['an SVG image', ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
      ['a CSV file', ascii('commitment,status\n1.1,done\n')],
      ['plain text', ascii('Minutes of the monitoring committee\n')],
      ['a PDF signature not at the start', ascii(' %PDF-1.7')],
      [
        'a ZIP of other things',
        zip([
          { name: 'report.pdf', content: '%PDF-1.7' },
          { name: 'run.exe', content: 'MZ' },
        ]),
      ],
      ['a JAR', zip([{ name: 'META-INF/MANIFEST.MF', content: 'Manifest-Version: 1.0\n' }])],
    ])('%s', (_, head) => {
      expect(typeOf(head)).toBeNull();
    });

    it.each([
      ['PNG', '89504e470d0a1a'],
      ['JPEG', 'ffd8'],
      ['GIF', '4749463839'],
      ['WebP', '52494646000000005745'],
      ['TIFF', '49492a'],
      ['PDF', '25504446'],
      ['ZIP', '504b0304140000000000'],
      ['OLE2', 'd0cf11e0a1b11ae1'],
    ])('a truncated %s header', (_, hex) => {
      expect(typeOf(Buffer.from(hex, 'hex'))).toBeNull();
    });

    it('a ZIP local header whose name runs past the end of the head', () => {
      const docx = zip(ooxml('word/document.xml', DOCX_MAIN));
      expect(typeOf(docx.subarray(0, 40))).toBeNull();
    });
  });
});
