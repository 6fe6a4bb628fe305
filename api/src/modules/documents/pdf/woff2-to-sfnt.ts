import { brotliDecompressSync } from 'node:zlib';

/**
 * WOFF2 → OpenType, once per process with Node's native Brotli. fontkit decodes WOFF2 with a
 * JavaScript Brotli on every document (≈ 0.4 s for the CJK font, blocking the event loop);
 * handing it the decoded font makes a Chinese ticket cost about what a Russian one does.
 *
 * Only fonts whose tables are stored untransformed are converted (CFF-flavoured fonts such as
 * Source Han Sans: the glyf/loca and hmtx transforms apply to TrueType outlines); anything else
 * returns null and the caller keeps the WOFF2. Format: https://www.w3.org/TR/WOFF2/
 */
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

interface TableEntry {
  tag: string;
  length: number;
}

function readBase128(data: Buffer, offset: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const byte = data[offset + i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: offset + i + 1 };
  }
  throw new Error('WOFF2: bad UIntBase128');
}

function checksum(table: Buffer): number {
  let sum = 0;
  for (let i = 0; i < table.length; i += 4) {
    const word = ((table[i] ?? 0) << 24) | ((table[i + 1] ?? 0) << 16) | ((table[i + 2] ?? 0) << 8) | (table[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

export function woff2ToSfnt(woff2: Buffer): Buffer | null {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') return null;
  const flavor = woff2.readUInt32BE(4);
  if (flavor === 0x74746366 /* 'ttcf' */) return null;
  const numTables = woff2.readUInt16BE(12);
  const compressedLength = woff2.readUInt32BE(20);
  let offset = 48;
  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const flags = woff2[offset] ?? 0;
    offset += 1;
    const tagIndex = flags & 0x3f;
    let tag = KNOWN_TAGS[tagIndex];
    if (tagIndex === 63) {
      tag = woff2.toString('latin1', offset, offset + 4);
      offset += 4;
    }
    if (!tag) return null;
    const version = flags >> 6;
    const original = readBase128(woff2, offset);
    offset = original.next;
    // glyf/loca are transformed unless version 3; any other table unless version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    if (transformed) return null;
    tables.push({ tag, length: original.value });
  }
  const data = brotliDecompressSync(woff2.subarray(offset, offset + compressedLength));

  const sorted = tables
    .map((table, index) => ({ ...table, start: tables.slice(0, index).reduce((sum, t) => sum + t.length, 0) }))
    .sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerLength = 12 + 16 * sorted.length;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerLength + sorted.reduce((sum, t) => sum + padded(t.length), 0));
  const power = 2 ** Math.floor(Math.log2(sorted.length));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(sorted.length, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(sorted.length * 16 - power * 16, 10);
  let at = headerLength;
  sorted.forEach((table, i) => {
    const body = data.subarray(table.start, table.start + table.length);
    body.copy(out, at);
    out.write(table.tag, 12 + 16 * i, 'latin1');
    out.writeUInt32BE(checksum(out.subarray(at, at + padded(table.length))), 16 + 16 * i);
    out.writeUInt32BE(at, 20 + 16 * i);
    out.writeUInt32BE(table.length, 24 + 16 * i);
    at += padded(table.length);
  });
  return out;
}
